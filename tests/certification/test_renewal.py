"""Reminders before expiry, and renewal by retaking the final quizzes: a new certificate, no gap."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from dateutil.relativedelta import relativedelta

from certification.factories import quiz_pass
from certification.models import Certificate, CertificateNotice, CertificateStatus
from certification.services import certificate_revoke, expiry_reminders_send
from quizzes.selectors import final_quiz_of
from quizzes.services import quiz_status

from .conftest import emails_to

pytestmark = pytest.mark.django_db


def _retake_all(user, courses, capture) -> None:
    with capture(execute=True):
        for course in courses:
            quiz_pass(user.official, course)


def test_reminders_at_60_30_and_7_days_are_sent_once_each(learner, earn):
    certificate = earn(learner)
    sent_before = len(emails_to(learner.email))
    kinds = []
    for days_left in (70, 59, 58, 29, 6, 5):
        with time_machine.travel(certificate.expires_at - timedelta(days=days_left)):
            expiry_reminders_send()
            expiry_reminders_send()
        kinds.append(sorted(CertificateNotice.objects.filter(kind__startswith="expiry").values_list("kind", flat=True)))
    assert kinds == [
        [],
        ["expiry_60"],
        ["expiry_60"],
        ["expiry_30", "expiry_60"],
        ["expiry_30", "expiry_60", "expiry_7"],
        ["expiry_30", "expiry_60", "expiry_7"],
    ]
    reminders = emails_to(learner.email)[sent_before:]
    assert len(reminders) == 3
    assert "6 ngày" in reminders[-1].body and "6 days" in reminders[-1].body


def test_outside_the_renewal_window_the_quiz_cannot_be_retaken(learner, courses, earn):
    earn(learner)
    quiz = final_quiz_of(courses[0])
    assert quiz_status(official=learner.official, quiz=quiz).refusal.code == "already_passed"


def test_renewal_inside_the_window_replaces_the_certificate_without_a_gap(
    learner, courses, earn, django_capture_on_commit_callbacks
):
    old = earn(learner)
    with time_machine.travel(old.expires_at - timedelta(days=30)):
        quiz = final_quiz_of(courses[0])
        assert quiz_status(official=learner.official, quiz=quiz).can_start
        _retake_all(learner, courses[:1], django_capture_on_commit_callbacks)
        # One quiz retaken of two: not yet renewed.
        assert Certificate.objects.get(official=learner.official).pk == old.pk
        _retake_all(learner, courses, django_capture_on_commit_callbacks)
    new = Certificate.objects.get(official=learner.official, status=CertificateStatus.ACTIVE)
    old.refresh_from_db()
    assert new.pk != old.pk and new.replaces == old
    assert old.status == CertificateStatus.SUPERSEDED
    assert new.issued_at < old.expires_at  # valid from before the old one ended
    assert new.expires_at == old.expires_at + relativedelta(months=24)
    assert new.serial.endswith("000002")
    # The renewed certificate's quiz evidence is the new attempts.
    assert all(
        course["quiz_attempt_id"] != previous["quiz_attempt_id"]
        for course, previous in zip(new.courses, old.courses, strict=True)
    )


def test_after_expiry_retaking_issues_a_new_certificate_from_today(
    learner, courses, earn, django_capture_on_commit_callbacks
):
    old = earn(learner)
    later = old.expires_at + timedelta(days=10)
    with time_machine.travel(later):
        _retake_all(learner, courses, django_capture_on_commit_callbacks)
    new = Certificate.objects.get(official=learner.official, status=CertificateStatus.ACTIVE)
    assert new.replaces_id == old.pk
    assert abs(new.expires_at - (later + relativedelta(months=24))) < timedelta(minutes=1)


def test_after_revocation_the_program_is_earned_again_with_fresh_quizzes(
    learner, hr_a, courses, earn, django_capture_on_commit_callbacks
):
    old = earn(learner)
    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(certificate=old, by=hr_a, reason="Thi hộ")
    # Revocation alone does not re-issue from the old evidence.
    assert not Certificate.objects.filter(status=CertificateStatus.ACTIVE).exists()
    _retake_all(learner, courses, django_capture_on_commit_callbacks)
    new = Certificate.objects.get(status=CertificateStatus.ACTIVE)
    assert new.replaces is None and new.pk != old.pk
