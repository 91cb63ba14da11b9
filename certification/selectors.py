"""Reads of certification: what an official holds, what a program needs, what a viewer may see."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from django.db.models import Q, QuerySet

from courses.models import CourseCompletion, CoursePage
from lms.people.models import Official
from lms.people.roles import is_admin
from lms.people.scope import scoped_officials
from quizzes.selectors import final_quiz_of, latest_passes

from .models import Certificate, CertificateStatus, CertificationProgram, ProgramCourse


def program_courses(program: CertificationProgram) -> list[CoursePage]:
    return [link.course for link in program.required_courses.select_related("course").order_by("sort_order")]


def programs_courses(programs: list[CertificationProgram]) -> dict[int, list[CoursePage]]:
    """{program id: its required courses in order} for several programs, in one query."""
    grouped: dict[int, list[CoursePage]] = defaultdict(list)
    links = ProgramCourse.objects.filter(program__in=programs).select_related("course").order_by("sort_order", "pk")
    for link in links:
        grouped[link.program_id].append(link.course)
    return grouped


def _english_titles(keys: list[UUID]) -> dict[UUID, str]:
    return dict(
        CoursePage.objects.filter(translation_key__in=keys, locale__language_code="en").values_list(
            "translation_key", "title"
        )
    )


def program_evidence(
    *, official: Official, program: CertificationProgram, since: datetime | None = None
) -> list[dict[str, Any]] | None:
    """The snapshot of courses that earns the program now, or None while something is missing.

    Every required course must be completed. With ``since`` (a renewal, or a new round
    after a revocation) each course's final quiz must also have been passed again since then.
    """
    courses = program_courses(program)
    if not courses:
        return None
    keys = [course.translation_key for course in courses]
    completions = {c.course_key: c for c in CourseCompletion.objects.filter(official=official, course_key__in=keys)}
    if len(completions) < len(keys):
        return None
    quizzes = {course.translation_key: final_quiz_of(course) for course in courses}
    quiz_keys = [quiz.translation_key for quiz in quizzes.values() if quiz is not None]
    passes = latest_passes(official=official, quiz_keys=quiz_keys, since=since)
    if since is not None and len(passes) < len(quiz_keys):
        return None
    titles_en = _english_titles(keys)
    evidence = []
    for course in courses:
        quiz = quizzes[course.translation_key]
        attempt = passes.get(quiz.translation_key) if quiz is not None else None
        attempt_id, revision_id = (attempt.pk, attempt.revision_id) if attempt else (None, None)
        evidence.append(evidence_entry(course, completions[course.translation_key], titles_en, attempt_id, revision_id))
    return evidence


def evidence_entry(course: CoursePage, completion: CourseCompletion, titles_en: dict[UUID, str],
                   attempt_id: int | None, attempt_revision_id: int | None) -> dict[str, Any]:  # fmt: skip
    """One course of a certificate's evidence, as the certificate records it."""
    return {
        "key": str(course.translation_key),
        "title": course.title,
        "title_en": titles_en.get(course.translation_key, ""),
        "completed_at": completion.completed_at.isoformat(),
        "course_revision_id": completion.course_revision_id,
        "lesson_revisions": completion.lesson_revisions,
        "quiz_attempt_id": attempt_id,
        "quiz_revision_id": attempt_revision_id,
    }


@dataclass(frozen=True)
class Round:
    """Where an official stands with one program: the current certificate, and whether a new one may be earned."""

    current: Certificate | None
    since: datetime | None  # evidence must be at least this recent
    open: bool  # a (new) certificate may be issued once the evidence is there


def round_from(certificates: list[Certificate], program: CertificationProgram, now: datetime) -> Round:
    """Where an official stands with ``program``, from all their certificates of it."""
    current = next((c for c in certificates if c.status == CertificateStatus.ACTIVE), None)
    if current is not None:
        opens = current.renewal_opens_at(program.renewal_window_days)
        if opens is None or now < opens:
            return Round(current, None, False)
        return Round(current, opens, True)
    last = max(certificates, key=lambda c: (c.issued_at, c.pk), default=None)
    if last is not None and last.status == CertificateStatus.REVOKED:
        # After a revocation the program is earned again with fresh final quizzes.
        return Round(None, last.revoked_at, True)
    return Round(None, None, True)


def program_round(*, official: Official, program: CertificationProgram, now: datetime) -> Round:
    return round_from(list(Certificate.objects.filter(official=official, program=program)), program, now)


def programs_requiring_course(course_key: UUID) -> QuerySet[CertificationProgram]:
    return CertificationProgram.objects.filter(
        required_courses__course__translation_key=course_key, is_active=True
    ).distinct()


def certificates_of(official: Official) -> QuerySet[Certificate]:
    return Certificate.objects.filter(official=official).select_related("program").order_by("-issued_at", "-pk")


def visible_certificates(user: Any) -> QuerySet[Certificate]:
    """Certificates the user may open: their own, those of officials in their HR scope, or all for admins."""
    if not user.is_authenticated:
        return Certificate.objects.none()
    if is_admin(user):
        return Certificate.objects.all()
    return Certificate.objects.filter(Q(official__in=scoped_officials(user).values("pk")) | Q(official__user=user))
