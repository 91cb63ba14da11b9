"""Evaluating many officials at once issues what evaluating them one at a time would, and the outbox
delivers pending evaluations together."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
from dateutil.relativedelta import relativedelta
from django.db import connection, connections, transaction
from django.utils import timezone

from certification.factories import certificate_grant, course_complete, program_build, quiz_pass
from certification.issuance import programs_evaluate_batch
from certification.models import Certificate, CertificateStatus, UnitRollup
from certification.services import TOPIC_EVALUATE, TOPIC_ISSUED, programs_evaluate
from courses.models import CourseCompletion
from lms.audit.models import AuditEvent
from lms.outbox.models import OutboxMessage
from lms.outbox.services import outbox_deliver
from lms.people.factories import OfficialFactory
from lms.people.models import Official
from quizzes.models import QuizAttempt
from quizzes.selectors import final_quiz_of

pytestmark = pytest.mark.django_db

LONG_AGO = timedelta(days=700)


def _official(tree, code: str, name: str):
    return OfficialFactory(employee_code=code, full_name=name, unit=tree.d1_w1)


def _learned(official, courses, *, long_ago: bool = False) -> None:
    """Complete the courses through the learner's services; ``long_ago`` moves it all two years back."""
    for course in courses:
        course_complete(official, course)
    if long_ago:
        then = timezone.now() - LONG_AGO
        CourseCompletion.objects.filter(official=official).update(completed_at=then)
        QuizAttempt.objects.filter(official=official).update(started_at=then, submitted_at=then)


def _revoked(certificate: Certificate, when) -> None:
    Certificate.objects.filter(pk=certificate.pk).update(status=CertificateStatus.REVOKED, revoked_at=when)


@dataclass
class Population:
    officials: dict[str, Any]
    old: dict[str, Certificate]


@pytest.fixture
def population(tree, program, courses) -> Population:
    """Every case of the rules, for the DLF program (two courses, 24 months, 60-day window), a SIG program
    (the second course, no expiry) and an OLD program that no longer issues."""
    signing = program_build(courses=[courses[1]], code="SIG", name="Ký số", name_en="Signing", validity_months=None)
    old_program = program_build(courses=[courses[0]], code="OLD", name="Cũ", name_en="Old")
    old_program.is_active = False
    old_program.save()
    now = timezone.now()
    made = {}
    for code, name in [
        ("B01", "first"), ("B02", "renew_fresh"), ("B03", "renew_stale"), ("B04", "renew_partial"),
        ("B05", "expired_fresh"), ("B06", "revoked_fresh"), ("B07", "revoked_stale"), ("B08", "inactive"),
        ("B09", "incomplete"), ("B10", "current"), ("B11", "first_too"),
    ]:  # fmt: skip
        made[name] = _official(tree, code, f"Cán bộ {name}")
    o = made
    _learned(o["first"], courses)
    _learned(o["first_too"], courses)
    _learned(o["incomplete"], courses[:1])
    _learned(o["inactive"], courses)
    Official.objects.filter(pk=o["inactive"].pk).update(is_active=False)
    for name in ("renew_fresh", "renew_stale", "renew_partial", "expired_fresh", "revoked_fresh", "revoked_stale"):
        _learned(o[name], courses, long_ago=True)
    old = {}
    for name in ("renew_fresh", "renew_stale", "renew_partial"):
        old[name] = certificate_grant(o[name], program, issued_at=now - LONG_AGO, expires_at=now + timedelta(days=30))
    old["expired_fresh"] = certificate_grant(o["expired_fresh"], program, issued_at=now - LONG_AGO,
                                             expires_at=now - timedelta(days=10))  # fmt: skip
    for name in ("revoked_fresh", "revoked_stale"):
        old[name] = certificate_grant(o[name], program, issued_at=now - LONG_AGO)
        _revoked(old[name], now - timedelta(days=1))
    _learned(o["current"], courses)
    old["current"] = certificate_grant(o["current"], program, issued_at=now - timedelta(days=30))
    old["current_sig"] = certificate_grant(o["current"], signing)
    # Fresh passes, inside the renewal window or after the revocation.
    for name in ("renew_fresh", "expired_fresh", "revoked_fresh"):
        for course in courses:
            quiz_pass(o[name], course)
    quiz_pass(o["renew_partial"], courses[0])
    for certificate in old.values():
        certificate.refresh_from_db()
    return Population(made, old)


@pytest.fixture
def frozen(monkeypatch):
    """The database clock stopped, so both paths issue at the same moment."""
    moment = timezone.now().replace(microsecond=0) + timedelta(seconds=1)
    monkeypatch.setattr("certification.services.db_now", lambda: moment)
    monkeypatch.setattr("certification.issuance.db_now", lambda: moment)
    return moment


def _state(results: list[Certificate], relayed: list[int], marks: tuple[int, int]) -> dict[str, Any]:
    serial_of = dict(Certificate.objects.values_list("pk", "serial"))
    certificates = [
        (c.serial, c.program.code, c.official.employee_code, c.status, c.holder_name, c.unit_name, c.program_name,
         c.program_name_en, c.courses, c.issued_at, c.expires_at, serial_of.get(c.replaces_id), c.superseded_at,
         c.revoked_at)
        for c in Certificate.objects.select_related("program", "official").order_by("serial")
    ]  # fmt: skip
    audit = [
        (e.action, e.actor_id, e.actor_label, e.target_type, serial_of[int(e.target_id)], e.target_label, e.details,
         e.ip_address)
        for e in AuditEvent.objects.filter(pk__gt=marks[0]).order_by("pk")
    ]  # fmt: skip
    outbox = [
        (m.topic, serial_of[m.payload["certificate_id"]], m.processed_at, m.attempts)
        for m in OutboxMessage.objects.filter(pk__gt=marks[1]).order_by("pk")
    ]
    return {
        "certificates": certificates,
        "audit": audit,
        "outbox": outbox,
        "relayed": [serial_of[OutboxMessage.objects.get(pk=pk).payload["certificate_id"]] for pk in relayed],
        "returned": [c.serial for c in results],
    }


def _outcome(evaluate) -> dict[str, Any]:
    """Run ``evaluate`` in a savepoint, record what it wrote and what it will relay after commit, undo it."""
    relayed: list[int] = []
    with mock.patch("lms.outbox.services.outbox_relay", relayed.append), transaction.atomic():
        marks = (
            AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
            OutboxMessage.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        )
        pending = len(connection.run_on_commit)
        results = evaluate()
        for _savepoints, callback, _robust in connection.run_on_commit[pending:]:
            callback()
        state = _state(results, relayed, marks)
        transaction.set_rollback(True)
    return state


def test_a_batch_issues_what_evaluating_each_official_in_turn_would(population, program, courses, frozen):
    ids = sorted(official.pk for official in population.officials.values())
    # Given in any order, with repeats: each official is evaluated once, in id order.
    batch = _outcome(lambda: programs_evaluate_batch(official_ids=[*reversed(ids), ids[0]]))
    one_by_one = _outcome(lambda: [c for pk in ids for c in programs_evaluate(official_id=pk)])

    assert batch == one_by_one

    # And that outcome is the one the rules give.
    o, old = population.officials, population.old
    year = timezone.localtime(frozen).year
    issued = {(row[2], row[1]): row for row in batch["certificates"] if row[9] == frozen}
    assert sorted(issued) == sorted([
        ("B01", "DLF"), ("B02", "DLF"), ("B05", "DLF"), ("B06", "DLF"), ("B11", "DLF"),
        ("B01", "SIG"), ("B02", "SIG"), ("B03", "SIG"), ("B04", "SIG"), ("B05", "SIG"), ("B06", "SIG"),
        ("B07", "SIG"), ("B11", "SIG"),
    ])  # fmt: skip
    # Serial numbers per program, in official-id order.
    for code in ("DLF", "SIG"):
        mine = sorted((row for row in issued.values() if row[1] == code), key=lambda row: row[2])
        assert [row[0] for row in mine] == [f"{code}-{year}-{n:06d}" for n in range(1, len(mine) + 1)]
    # A renewal inside the window starts at the old expiry and replaces the old certificate.
    renewed = issued[("B02", "DLF")]
    assert renewed[10] == old["renew_fresh"].expires_at + relativedelta(months=24)
    assert renewed[11] == old["renew_fresh"].serial
    # After expiry it starts now; after a revocation it replaces nothing.
    assert issued[("B05", "DLF")][10] == frozen + relativedelta(months=24)
    assert issued[("B05", "DLF")][11] == old["expired_fresh"].serial
    assert issued[("B06", "DLF")][11] is None
    assert issued[("B01", "SIG")][10] is None  # the program does not expire
    by_serial = {row[0]: row for row in batch["certificates"]}
    for name in ("renew_fresh", "expired_fresh"):
        assert by_serial[old[name].serial][3] == CertificateStatus.SUPERSEDED
        assert by_serial[old[name].serial][12] == frozen
    for name in ("renew_stale", "renew_partial", "current"):
        assert by_serial[old[name].serial][3] == CertificateStatus.ACTIVE
    # The evidence of a renewal is the fresh attempts; of a first issue, the original ones.
    for course, entry in zip(courses, renewed[8], strict=True):
        attempt = QuizAttempt.objects.get(pk=entry["quiz_attempt_id"], official=o["renew_fresh"], passed=True)
        assert attempt.quiz_key == final_quiz_of(course).translation_key
        assert attempt.started_at > old["renew_fresh"].expires_at - timedelta(days=60)
    assert [course["title_en"] for course in renewed[8]] == ["Thư điện tử công vụ (EN)", "Chữ ký số (EN)"]
    # Returned: what was issued, and the current certificates of those who earned nothing new.
    assert old["current"].serial in batch["returned"] and old["renew_stale"].serial in batch["returned"]
    assert len(batch["returned"]) == len(issued) + 4  # B03, B04 (DLF), B10 (DLF, SIG)
    assert [row[0] for row in batch["audit"]].count("certification.renew") == 2
    assert [row[0] for row in batch["outbox"]] == [TOPIC_ISSUED] * len(issued)
    assert batch["relayed"] == [row[1] for row in batch["outbox"]]


def _pending_evaluations() -> list[OutboxMessage]:
    return list(OutboxMessage.objects.filter(topic=TOPIC_EVALUATE).order_by("created_at", "pk"))


@pytest.fixture
def three_learners(tree, program, courses):
    """Three officials who completed the program; their evaluations are still waiting in the outbox."""
    officials = [_official(tree, f"C0{n}", f"Học viên {n}") for n in range(1, 4)]
    for official in officials:
        _learned(official, courses)
    assert not Certificate.objects.exists()
    assert len(_pending_evaluations()) == 3
    return officials


def test_delivering_one_evaluation_takes_the_others_pending_and_issues_all_their_certificates(
    tree, program, three_learners
):
    first, *others = _pending_evaluations()

    assert outbox_deliver(first.pk) is True

    serials = list(Certificate.objects.order_by("official_id").values_list("official__employee_code", "serial"))
    year = timezone.localtime(timezone.now()).year
    assert serials == [(f"C0{n}", f"DLF-{year}-00000{n}") for n in range(1, 4)]
    assert all(m.processed_at is not None and m.attempts == 1 for m in _pending_evaluations())
    assert OutboxMessage.objects.filter(topic=TOPIC_ISSUED, processed_at__isnull=True).count() == 3
    # The unit's figures were refreshed with the batch.
    assert UnitRollup.objects.get(unit=tree.d1_w1, program=program).certified == 3
    # The others' own deliveries find nothing left to do.
    assert [outbox_deliver(message.pk) for message in others] == [False, False]
    assert Certificate.objects.count() == 3


def test_a_failing_batch_leaves_every_taken_evaluation_pending(tree, program, three_learners, monkeypatch):
    monkeypatch.setattr("certification.handlers.rollups_refresh", mock.Mock(side_effect=RuntimeError("disk full")))
    first, *_others = _pending_evaluations()

    with pytest.raises(RuntimeError):
        outbox_deliver(first.pk)

    assert not Certificate.objects.exists()
    assert not OutboxMessage.objects.filter(topic=TOPIC_ISSUED).exists()
    assert not AuditEvent.objects.filter(action__startswith="certification.").exists()
    messages = _pending_evaluations()
    assert all(message.processed_at is None for message in messages)
    assert [message.attempts for message in messages] == [1, 0, 0]
    assert "disk full" in messages[0].last_error


def test_one_delivery_takes_at_most_the_configured_number_of_evaluations(program, three_learners, settings):
    settings.LMS_EVALUATE_BATCH = 2
    first, _second, third = _pending_evaluations()

    outbox_deliver(first.pk)

    assert sorted(Certificate.objects.values_list("official__employee_code", flat=True)) == ["C01", "C02"]
    assert [m.processed_at is not None for m in _pending_evaluations()] == [True, True, False]
    assert outbox_deliver(third.pk) is True
    assert Certificate.objects.count() == 3


def test_a_conflicting_issue_falls_back_to_one_official_at_a_time_and_loses_nothing(
    program, three_learners, monkeypatch
):
    """Where rows are not locked (SQLite), another transaction may issue a certificate between the batch's
    reading and writing: the batch then evaluates each official on its own."""
    first, second, third = three_learners
    elsewhere: list[Certificate] = []
    moment = timezone.now()

    def clock():
        if not elsewhere:  # after the batch has read the certificates
            elsewhere.append(certificate_grant(second, program, serial="DLF-ELSEWHERE"))
        return moment

    monkeypatch.setattr("certification.issuance.db_now", clock)

    results = programs_evaluate_batch(official_ids=[first.pk, second.pk, third.pk])

    active = Certificate.objects.filter(status=CertificateStatus.ACTIVE).order_by("official_id")
    assert [(c.official_id, c.serial == "DLF-ELSEWHERE") for c in active] == [
        (first.pk, False), (second.pk, True), (third.pk, False),
    ]  # fmt: skip
    assert [c.pk for c in results] == [c.pk for c in active]
    issued = AuditEvent.objects.filter(action="certification.issue").values_list("details__official", flat=True)
    assert sorted(issued) == ["C01", "C03"]
    assert OutboxMessage.objects.filter(topic=TOPIC_ISSUED).count() == 2


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_batches_over_the_same_officials_issue_one_certificate_each(tree, program, courses):
    if connection.vendor != "postgresql":
        pytest.skip("row locks are only meaningful on PostgreSQL (make test runs this there)")
    officials = [_official(tree, f"P{n:02d}", f"Cán bộ {n}") for n in range(8)]
    CourseCompletion.objects.bulk_create([
        CourseCompletion(official=official, course_key=course.translation_key, completed_at=timezone.now())
        for official in officials
        for course in courses
    ])  # fmt: skip
    ids = [official.pk for official in officials]
    halves = [ids[:5], ids[3:], ids[::2], ids[1::2]]  # every official in two batches
    barrier = threading.Barrier(len(halves))
    errors: list[str] = []

    def batch(official_ids: list[int]) -> None:
        try:
            barrier.wait()
            programs_evaluate_batch(official_ids=official_ids)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connections.close_all()

    fallback = mock.Mock(side_effect=AssertionError("the row locks should have kept the batches apart"))
    with (
        mock.patch("lms.outbox.services.outbox_relay"),
        mock.patch("certification.issuance._one_at_a_time", fallback),
    ):
        threads = [threading.Thread(target=batch, args=(half,)) for half in halves]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert errors == []
    certificates = Certificate.objects.order_by("serial")
    assert sorted(c.official_id for c in certificates) == sorted(ids)
    year = timezone.localtime(timezone.now()).year
    assert [c.serial for c in certificates] == [f"DLF-{year}-{n:06d}" for n in range(1, 9)]
    assert AuditEvent.objects.filter(action="certification.issue").count() == 8
    assert OutboxMessage.objects.filter(topic=TOPIC_ISSUED).count() == 8
