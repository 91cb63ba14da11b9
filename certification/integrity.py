"""Signals that a final assessment may not have been taken by its holder, raised for HR to review.

Checked when a final quiz is passed (through the outbox, after commit):
- one device or one address passed final quizzes for several officials within a short window;
- the official's account was active from two addresses while the attempt ran;
- the course's lessons were finished in a small share of their estimated time.
Flags never block the learner; HR clears them with a note or revokes the certificate.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q, Sum
from django.http import HttpRequest
from django.utils import timezone

from courses.models import LessonPage, LessonProgress
from lms.audit.services import audit_log
from quizzes.models import AttemptStatus, QuizAttempt

from .models import Certificate, CertificateStatus, FlagKind, FlagStatus, IntegrityFlag


def _raise(attempt: QuizAttempt, kind: str, details: dict[str, Any]) -> bool:
    try:
        with transaction.atomic():
            IntegrityFlag.objects.create(official_id=attempt.official_id, attempt=attempt, kind=kind, details=details)
        return True
    except IntegrityError:
        return False  # raised before for this attempt


def _shared_device(attempt: QuizAttempt) -> int:
    if not (attempt.device or attempt.client_ip):
        return 0
    window = timedelta(minutes=settings.LMS_FLAG_SHARED_DEVICE_WINDOW_MINUTES)
    same_origin = Q()
    if attempt.device:
        same_origin |= Q(device=attempt.device)
    if attempt.client_ip:
        same_origin |= Q(client_ip=attempt.client_ip)
    nearby = QuizAttempt.objects.filter(
        same_origin, passed=True, status=AttemptStatus.SUBMITTED,
        submitted_at__gte=attempt.submitted_at - window, submitted_at__lte=attempt.submitted_at + window,
    )  # fmt: skip
    officials = set(nearby.values_list("official_id", flat=True))
    if len(officials) < settings.LMS_FLAG_SHARED_DEVICE_OFFICIALS:
        return 0
    details = {"officials": len(officials), "window_minutes": settings.LMS_FLAG_SHARED_DEVICE_WINDOW_MINUTES}
    return sum(_raise(other, FlagKind.SHARED_DEVICE, details) for other in nearby.order_by("pk"))


def _two_addresses(attempt: QuizAttempt) -> int:
    sessions = UserSession.objects.filter(
        user_id=attempt.official.user_id, last_seen_at__gte=attempt.started_at, created_at__lte=attempt.submitted_at
    )
    addresses = set(sessions.values_list("ip", flat=True))
    if len(addresses) < 2:
        return 0
    return int(_raise(attempt, FlagKind.TWO_ADDRESSES, {"addresses": sorted(addresses)[:5]}))


def _fast_lessons(attempt: QuizAttempt) -> int:
    course = attempt.quiz.get_parent()
    lessons = LessonPage.objects.child_of(course).live()
    estimate = sum(lesson.estimated_minutes for lesson in lessons) * 60
    spent = (
        LessonProgress.objects.filter(
            official_id=attempt.official_id, lesson_key__in=[lesson.translation_key for lesson in lessons]
        ).aggregate(total=Sum("seconds_spent"))["total"]
        or 0
    )
    if not estimate or spent >= estimate * settings.LMS_FLAG_MIN_STUDY_SHARE:
        return 0
    return int(_raise(attempt, FlagKind.FAST_LESSONS, {"seconds_spent": spent, "seconds_estimated": estimate}))


def attempt_check(*, attempt_id: int) -> int:
    """Run every check for a passed final attempt. Returns how many flags were raised."""
    attempt = QuizAttempt.objects.select_related("official", "quiz").filter(pk=attempt_id, passed=True).first()
    if attempt is None or attempt.submitted_at is None:
        return 0
    return _shared_device(attempt) + _two_addresses(attempt) + _fast_lessons(attempt)


def flag_clear(*, flag: IntegrityFlag, by: Any, note: str, request: HttpRequest | None = None) -> None:
    note = (note or "").strip()
    if not note:
        raise ValueError("A note is required to clear a flag.")
    with transaction.atomic():
        updated = IntegrityFlag.objects.filter(pk=flag.pk, status=FlagStatus.OPEN).update(
            status=FlagStatus.CLEARED, resolved_by=by, resolved_at=timezone.now(), note=note[:2000]
        )
        if updated:
            details = {"official": flag.official.employee_code, "kind": flag.kind, "note": note[:500]}
            audit_log(action="integrity.clear", actor=by, target=flag, request=request, details=details)


def flag_revoke(*, flag: IntegrityFlag, by: Any, note: str, request: HttpRequest | None = None) -> list[str]:
    """Revoke the official's current certificates earned with the flagged attempt's course."""
    from .services import certificate_revoke

    note = (note or "").strip()
    if not note:
        raise ValueError("A note is required to revoke.")
    course_key = str(flag.attempt.quiz.get_parent().translation_key)
    revoked = []
    with transaction.atomic():
        for certificate in Certificate.objects.filter(official_id=flag.official_id, status=CertificateStatus.ACTIVE):
            if any(course["key"] == course_key for course in certificate.courses):
                certificate_revoke(certificate=certificate, by=by, reason=note, request=request)
                revoked.append(certificate.serial)
        IntegrityFlag.objects.filter(pk=flag.pk).update(
            status=FlagStatus.REVOKED, resolved_by=by, resolved_at=timezone.now(), note=note[:2000]
        )
        details = {"official": flag.official.employee_code, "kind": flag.kind, "revoked": revoked}
        audit_log(action="integrity.revoke", actor=by, target=flag, request=request, details=details)
    return revoked
