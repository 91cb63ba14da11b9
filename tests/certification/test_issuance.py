"""A certificate is issued once, after commit, when the last required course is completed."""

from __future__ import annotations

import re
from datetime import timedelta
from unittest import mock

import pytest
from dateutil.relativedelta import relativedelta

from certification.factories import course_complete
from certification.models import Certificate, CertificateNotice, CertificateStatus
from certification.services import programs_evaluate
from courses.models import CourseCompletion
from lms.audit.models import AuditEvent
from lms.outbox.models import OutboxMessage
from lms.outbox.services import outbox_sweep

from .conftest import emails_to

pytestmark = pytest.mark.django_db


def test_completing_the_last_course_issues_one_certificate_with_its_snapshot(learner, program, courses, earn):
    certificate = earn(learner)

    assert certificate is not None
    assert re.fullmatch(r"DLF-\d{4}-000001", certificate.serial)
    # At least 128 bits, URL-safe.
    assert len(certificate.verification_code) >= 22
    assert re.fullmatch(r"[A-Za-z0-9_-]+", certificate.verification_code)
    assert certificate.holder_name == "Nguyễn Văn Học"
    assert certificate.unit_name == learner.official.unit.name
    assert certificate.expires_at == certificate.issued_at + relativedelta(months=24)
    completions = {str(c.course_key): c for c in CourseCompletion.objects.filter(official=learner.official)}
    assert [course["key"] for course in certificate.courses] == [str(c.translation_key) for c in courses]
    for course in certificate.courses:
        assert course["course_revision_id"] == completions[course["key"]].course_revision_id
        assert course["lesson_revisions"] == completions[course["key"]].lesson_revisions
        assert course["quiz_attempt_id"] is not None
    assert [course["title_en"] for course in certificate.courses] == [
        "Thư điện tử công vụ (EN)",
        "Chữ ký số (EN)",
    ]
    # The holder is emailed once, with the PDF attached.
    (message,) = emails_to(learner.email)
    assert certificate.serial in message.body and certificate.verification_code in message.body
    assert message.attachments[0][0] == f"{certificate.serial}.pdf"
    assert message.attachments[0][1].startswith(b"%PDF")
    assert AuditEvent.objects.filter(action="certification.issue", target_id=str(certificate.pk)).exists()
    assert not OutboxMessage.objects.filter(processed_at__isnull=True).exists()


def test_nothing_is_issued_while_a_required_course_is_missing(
    learner, program, courses, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        course_complete(learner.official, courses[0])
    assert not Certificate.objects.exists()


def test_repeated_events_issue_one_certificate_and_one_email(learner, program, earn):
    first = earn(learner)
    for _ in range(5):
        programs_evaluate(official_id=learner.official.pk)
    assert list(Certificate.objects.values_list("pk", flat=True)) == [first.pk]
    assert len(emails_to(learner.email)) == 1
    assert CertificateNotice.objects.get().state == "sent"


def test_a_broker_that_is_down_delays_issuance_but_loses_nothing(
    learner, program, earn, settings, django_capture_on_commit_callbacks
):
    broken = mock.patch(
        "lms.outbox.tasks.outbox_deliver_task.apply_async", side_effect=ConnectionError("broker unreachable")
    )
    with broken:
        assert earn(learner) is None
    pending = OutboxMessage.objects.filter(processed_at__isnull=True)
    assert pending.filter(topic="certification.evaluate").exists()

    # The broker is back; the periodic sweep relays what was left behind.
    settings.LMS_OUTBOX_SWEEP_AFTER = timedelta(0)
    with django_capture_on_commit_callbacks(execute=True):
        assert outbox_sweep() >= 1
    certificate = Certificate.objects.get(official=learner.official, status=CertificateStatus.ACTIVE)
    assert len(emails_to(learner.email)) == 1
    assert certificate.pdf_files.get("vi")
    assert not pending.exists()


def test_a_failing_delivery_is_recorded_and_retried(learner, program, earn, settings):
    with mock.patch("certification.services.bilingual_mail_send", side_effect=OSError("mail server down")):
        earn(learner)
    certificate = Certificate.objects.get(official=learner.official)
    message = OutboxMessage.objects.get(topic="certification.issued")
    assert message.processed_at is None and "mail server down" in message.last_error
    assert CertificateNotice.objects.get(certificate=certificate).state == "failed"

    settings.LMS_OUTBOX_SWEEP_AFTER = timedelta(0)
    outbox_sweep()
    message.refresh_from_db()
    assert message.processed_at is not None and message.attempts == 2
    assert len(emails_to(learner.email)) == 1


def test_an_inactive_program_issues_nothing(learner, program, earn):
    program.is_active = False
    program.save()
    assert earn(learner) is None
