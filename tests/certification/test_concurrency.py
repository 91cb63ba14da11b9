"""Fifty simultaneous completion events for one official and program give one certificate and one email."""

from __future__ import annotations

import threading

import pytest
from django.core import mail
from django.db import connection, connections, transaction

from certification.models import Certificate, CertificateNotice
from certification.services import evaluation_request

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

EVENTS = 50


def test_fifty_concurrent_completion_events_issue_one_certificate_and_one_email(learner, program, earn):
    if connection.vendor != "postgresql":
        pytest.skip("row locks are only meaningful on PostgreSQL (make test runs this there)")
    program.is_active = False
    program.save()
    assert earn(learner) is None  # every course complete, nothing issued while the program is off
    program.is_active = True
    program.save()
    mail.outbox.clear()
    barrier = threading.Barrier(EVENTS)
    errors: list[str] = []

    def event() -> None:
        try:
            barrier.wait()
            # Each event commits its outbox row; the task runs after commit (eagerly in tests).
            with transaction.atomic():
                evaluation_request(official_id=learner.official.pk)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=event) for _ in range(EVENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Certificate.objects.filter(official=learner.official, program=program).count() == 1
    assert CertificateNotice.objects.filter(kind="issued").count() == 1
    assert len([m for m in mail.outbox if learner.email in m.to]) == 1
