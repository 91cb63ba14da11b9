"""Issuing certificates to many officials at once, with the outcome of evaluating them one at a time.

``programs_evaluate_batch`` decides exactly as ``programs_evaluate`` does for each official in turn
(the same rounds, evidence, serial numbers, audit rows and outbox messages), but reads and writes
in a constant number of statements per program, whatever the number of officials.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from courses.models import CourseCompletion, CoursePage
from lms.audit.models import AuditEvent
from lms.audit.services import audit_log_many
from lms.core.bulk import bulk_insert
from lms.core.clock import db_now
from lms.outbox.services import outbox_enqueue_many
from lms.people.models import Official
from quizzes.models import QuizAttempt, QuizPage

from .models import Certificate, CertificateStatus, CertificationProgram
from .selectors import _english_titles, evidence_entry, programs_courses, round_from
from .services import TOPIC_ISSUED, program_evaluate


@dataclass(frozen=True)
class _Requirement:
    """What one program needs: its courses in order, each with its live final quiz (or None)."""

    courses: list[CoursePage]
    quizzes: dict[UUID, QuizPage | None]  # {course key: final quiz}

    @property
    def quiz_keys(self) -> list[UUID]:
        return [quiz.translation_key for quiz in self.quizzes.values() if quiz is not None]


@dataclass(frozen=True)
class _Issue:
    official: Official
    program: CertificationProgram
    evidence: list[dict[str, Any]]
    previous: Certificate | None


def _final_quizzes(courses: list[CoursePage]) -> dict[int, QuizPage]:
    """{course id: its live final quiz} for several courses in one query, as ``final_quiz_of`` picks it."""
    if not courses:
        return {}
    children = Q()
    for course in courses:
        children |= Q(path__startswith=course.path, depth=course.depth + 1)
    by_path = {course.path: course.pk for course in courses}
    quizzes: dict[int, QuizPage] = {}
    for quiz in QuizPage.objects.live().filter(children).order_by("path"):
        quizzes.setdefault(by_path[quiz.path[: -QuizPage.steplen]], quiz)
    return quizzes


def _requirements(programs: list[CertificationProgram]) -> dict[int, _Requirement]:
    grouped = programs_courses(programs)
    distinct = list({course.pk: course for courses in grouped.values() for course in courses}.values())
    quizzes = _final_quizzes(distinct)
    return {
        program.pk: _Requirement(
            courses=grouped.get(program.pk, []),
            quizzes={course.translation_key: quizzes.get(course.pk) for course in grouped.get(program.pk, [])},
        )
        for program in programs
    }


class _Evidence:
    """The completions and passing attempts of many officials, read once, cut per official as
    ``program_evidence`` reads them."""

    def __init__(self, official_ids: list[int], requirements: dict[int, _Requirement]) -> None:
        course_keys = {c.translation_key for r in requirements.values() for c in r.courses}
        quiz_keys = {key for r in requirements.values() for key in r.quiz_keys}
        self.completions: dict[tuple[int, UUID], CourseCompletion] = {}
        self.passes: dict[tuple[int, UUID], list[tuple[int, int | None, datetime]]] = defaultdict(list)
        self.titles_en: dict[UUID, str] = {}
        if not official_ids or not course_keys:
            return
        completions = CourseCompletion.objects.filter(official_id__in=official_ids, course_key__in=course_keys)
        self.completions = {(c.official_id, c.course_key): c for c in completions}
        if quiz_keys:
            attempts = (
                QuizAttempt.objects.filter(official_id__in=official_ids, quiz_key__in=quiz_keys, passed=True)
                .order_by("submitted_at", "pk")
                .values_list("official_id", "quiz_key", "pk", "revision_id", "started_at")
            )
            for official_id, quiz_key, pk, revision_id, started_at in attempts:
                self.passes[(official_id, quiz_key)].append((pk, revision_id, started_at))
        self.titles_en = _english_titles(list(course_keys))

    def _latest_pass(self, official_id: int, quiz_key: UUID, since: datetime | None):
        for attempt in reversed(self.passes.get((official_id, quiz_key), [])):
            if since is None or attempt[2] >= since:
                return attempt
        return None

    def snapshot(self, official_id: int, requirement: _Requirement, since: datetime | None):
        """The same snapshot as ``program_evidence``, or None while something is missing."""
        if not requirement.courses:
            return None
        completions = [self.completions.get((official_id, c.translation_key)) for c in requirement.courses]
        if any(completion is None for completion in completions):
            return None
        passes = {}
        for key in requirement.quiz_keys:
            attempt = self._latest_pass(official_id, key, since)
            if attempt is not None:
                passes[key] = attempt
        if since is not None and len(passes) < len(requirement.quiz_keys):
            return None
        evidence = []
        for course, completion in zip(requirement.courses, completions, strict=True):
            quiz = requirement.quizzes[course.translation_key]
            attempt = passes.get(quiz.translation_key) if quiz is not None else None
            attempt_id, revision_id = (attempt[0], attempt[1]) if attempt else (None, None)
            evidence.append(evidence_entry(course, completion, self.titles_en, attempt_id, revision_id))
        return evidence


def _serials(issues: list[_Issue], now: datetime) -> list[str]:
    """Reserve a block of serial numbers per program (one UPDATE each, taking the program's row lock
    in pk order) and hand them out in the order of ``issues``, in the format of ``_serial_next``."""
    wanted: dict[int, int] = defaultdict(int)
    for issue in issues:
        wanted[issue.program.pk] += 1
    for program_id in sorted(wanted):
        CertificationProgram.objects.filter(pk=program_id).update(
            serial_counter=F("serial_counter") + wanted[program_id]
        )
    last = dict(CertificationProgram.objects.filter(pk__in=wanted).values_list("pk", "serial_counter"))
    following = {program_id: last[program_id] - count + 1 for program_id, count in wanted.items()}
    year = f"{timezone.localtime(now):%Y}"
    serials = []
    for issue in issues:
        number = following[issue.program.pk]
        following[issue.program.pk] += 1
        serials.append(f"{issue.program.code}-{year}-{number:06d}")
    return serials


def _certificates_insert(certificates: list[Certificate]) -> None:
    if connection.vendor == "postgresql":
        # COPY runs on the driver's own cursor: its errors are turned into Django's here.
        with connection.wrap_database_errors:
            bulk_insert(Certificate, certificates)
        return
    # Elsewhere (SQLite, the test database) bulk_create splits the rows at 999 variables (55 certificates), so
    # its statements would not grow in step with the certificates; one INSERT each keeps the cost exact.
    for certificate in certificates:
        certificate.save(force_insert=True)


def _issue(issues: list[_Issue], now: datetime) -> list[Certificate]:
    """Write the decided issuances: old certificates superseded, new ones, their audit rows and outbox messages."""
    superseded = [issue.previous.pk for issue in issues if issue.previous is not None]
    if superseded:
        Certificate.objects.filter(pk__in=superseded).update(status=CertificateStatus.SUPERSEDED, superseded_at=now)
    certificates = []
    for issue, serial in zip(issues, _serials(issues, now), strict=True):
        official, program, previous = issue.official, issue.program, issue.previous
        # A renewal continues from the old expiry, so renewing early costs nothing and leaves no gap.
        start = (
            previous.expires_at if previous is not None and previous.expires_at and previous.expires_at > now else now
        )
        certificates.append(Certificate(
            program=program, official=official, serial=serial, holder_name=official.full_name,
            unit_name=official.unit.name, program_name=program.name, program_name_en=program.name_en,
            courses=issue.evidence, issued_at=now, expires_at=program.expiry_for(start), replaces=previous,
        ))  # fmt: skip
    _certificates_insert(certificates)
    events = []
    for issue, certificate in zip(issues, certificates, strict=True):
        replaces = issue.previous.serial if issue.previous is not None else None
        events.append(AuditEvent(
            actor=None, actor_label="", action="certification.issue" if replaces is None else "certification.renew",
            target_type=certificate._meta.label_lower, target_id=str(certificate.pk),
            target_label=str(certificate)[:254], ip_address=None,
            details={"program": issue.program.code, "official": issue.official.employee_code,
                     "serial": certificate.serial, "replaces": replaces},
        ))  # fmt: skip
    audit_log_many(events)
    outbox_enqueue_many(TOPIC_ISSUED, [{"certificate_id": certificate.pk} for certificate in certificates])
    return certificates


def _one_at_a_time(officials: list[Official], programs: list[CertificationProgram]) -> list[Certificate]:
    results = []
    for official in officials:
        for program in programs:
            certificate = program_evaluate(official=official, program=program)
            if certificate is not None:
                results.append(certificate)
    return results


@transaction.atomic
def programs_evaluate_batch(*, official_ids: list[int]) -> list[Certificate]:
    """Evaluate every issuing program for many officials: the outcome of ``programs_evaluate`` for each
    id in increasing order (missing ids are skipped), in one transaction. Returns the certificates
    issued or current, by official id then program.

    Every official's row, then all their certificates, are locked first, in pk order (the lock
    ``holder_lock`` takes), so a batch and a revocation, an assignment, the sweep or another batch
    take turns. Serial numbers are handed out in official-id order.
    """
    ids = sorted(set(official_ids))
    if not ids:
        return []
    officials = list(
        Official.objects.select_for_update(of=("self",)).select_related("unit").filter(pk__in=ids).order_by("pk")
    )
    held: dict[tuple[int, int], list[Certificate]] = defaultdict(list)
    for certificate in Certificate.objects.select_for_update().filter(official_id__in=ids).order_by("pk"):
        held[(certificate.official_id, certificate.program_id)].append(certificate)
    programs = list(CertificationProgram.objects.filter(is_active=True).order_by("pk"))
    if not officials or not programs:
        return []
    now = db_now()
    rounds = {}
    for official in officials:
        for program in programs:
            rounds[(official.pk, program.pk)] = round_from(held[(official.pk, program.pk)], program, now)
    wanted = [
        (official, program)
        for official in officials
        for program in programs
        if official.is_active and rounds[(official.pk, program.pk)].open
    ]
    issues: list[_Issue] = []
    if wanted:
        requirements = _requirements(programs)
        evidence = _Evidence(sorted({official.pk for official, _program in wanted}), requirements)
        for official, program in wanted:
            standing = rounds[(official.pk, program.pk)]
            snapshot = evidence.snapshot(official.pk, requirements[program.pk], standing.since)
            if snapshot is not None:
                issues.append(_Issue(official, program, snapshot, standing.current))
    issued: dict[tuple[int, int], Certificate] = {}
    if issues:
        try:
            with transaction.atomic():
                certificates = _issue(issues, now)
        except IntegrityError:
            # Another transaction issued one of them first (only where row locks are not enforced):
            # each official is evaluated on their own, so no earned certificate is lost.
            return _one_at_a_time(officials, programs)
        issued = {(c.official_id, c.program_id): c for c in certificates}
    results = []
    for official in officials:
        for program in programs:
            certificate = issued.get((official.pk, program.pk)) or rounds[(official.pk, program.pk)].current
            if certificate is not None:
                results.append(certificate)
    return results
