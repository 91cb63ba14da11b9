"""The outbox: written with the change, delivered after commit, retried by the sweep, bounded."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
from django.db import transaction
from django.utils import timezone

from lms.outbox import services
from lms.outbox.models import OutboxMessage
from lms.people.models import Unit
from lms.people.services import unit_create

pytestmark = pytest.mark.django_db

calls: list[dict] = []


@services.handler("test.record")
def _record(payload: dict) -> None:
    calls.append(payload)
    unit_create(code=payload["code"], name="Đơn vị thử")
    if payload.get("fail"):
        raise RuntimeError("handler failed")


@pytest.fixture(autouse=True)
def _reset(settings):
    calls.clear()
    settings.LMS_OUTBOX_SWEEP_AFTER = timedelta(0)


def test_a_message_is_delivered_only_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        services.outbox_enqueue("test.record", {"code": "U1"})
        assert calls == []
    assert calls == [{"code": "U1"}]
    assert OutboxMessage.objects.get().processed_at is not None


def test_a_rolled_back_change_sends_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ZeroDivisionError), transaction.atomic():
        services.outbox_enqueue("test.record", {"code": "U1"})
        1 / 0  # noqa: B018
    assert calls == [] and not OutboxMessage.objects.exists()


def test_a_failing_handler_leaves_no_partial_write_and_is_retried_until_the_limit(settings):
    settings.LMS_OUTBOX_MAX_ATTEMPTS = 3
    with mock.patch("lms.outbox.services.outbox_relay"):
        message = services.outbox_enqueue("test.record", {"code": "U2", "fail": True})
    for _ in range(5):
        services.outbox_sweep()
    message.refresh_from_db()
    assert len(calls) == 3 and message.attempts == 3 and message.processed_at is None
    assert "handler failed" in message.last_error
    assert not Unit.objects.filter(code="U2").exists()  # the handler's own writes were rolled back


def test_delivering_twice_runs_the_handler_once():
    with mock.patch("lms.outbox.services.outbox_relay"):
        message = services.outbox_enqueue("test.record", {"code": "U3"})
    assert services.outbox_deliver(message.pk) is True
    assert services.outbox_deliver(message.pk) is False
    assert len(calls) == 1


def test_an_unknown_topic_is_refused_when_written():
    with pytest.raises(ValueError):
        services.outbox_enqueue("nobody.listens", {})


@services.handler("test.together", coalesce=lambda: 200)
def _together(payloads: list[dict]) -> None:
    for payload in payloads:
        unit_create(code=payload["code"], name="Đơn vị thử")
        if payload.get("fail"):
            raise RuntimeError("handler failed")


def test_a_coalescing_topic_takes_pending_messages_together_but_one_failing_message_holds_back_no_other():
    with transaction.atomic():
        together = [services.outbox_enqueue("test.together", {"code": f"T{n}"}) for n in range(3)]
    assert services.outbox_deliver(together[0].pk)
    assert set(Unit.objects.filter(code__startswith="T").values_list("code", flat=True)) == {"T0", "T1", "T2"}
    assert not OutboxMessage.objects.filter(topic="test.together", processed_at__isnull=True).exists()
    assert services.outbox_deliver(together[1].pk) is False  # already delivered with the first

    with transaction.atomic():
        bad = services.outbox_enqueue("test.together", {"code": "BAD", "fail": True})
        good = [services.outbox_enqueue("test.together", {"code": f"G{n}"}) for n in range(2)]
    for message in good:
        assert services.outbox_deliver(message.pk)
    assert set(Unit.objects.filter(code__startswith="G").values_list("code", flat=True)) == {"G0", "G1"}
    bad.refresh_from_db()
    assert bad.processed_at is None and bad.attempts == 0 and not Unit.objects.filter(code="BAD").exists()
    with pytest.raises(RuntimeError):
        services.outbox_deliver(bad.pk)
    bad.refresh_from_db()
    assert bad.processed_at is None and bad.attempts == 1


def test_delivered_messages_are_pruned_after_the_keeping_period_and_undelivered_ones_stay():
    with transaction.atomic():
        old, recent, stuck = (services.outbox_enqueue("test.record", {"code": f"P{n}"}) for n in range(3))
    now = timezone.now()
    OutboxMessage.objects.filter(pk=old.pk).update(processed_at=now - timedelta(days=31))
    OutboxMessage.objects.filter(pk=recent.pk).update(processed_at=now - timedelta(days=29))
    OutboxMessage.objects.filter(pk=stuck.pk).update(created_at=now - timedelta(days=90), attempts=10)
    assert services.outbox_prune(older_than=timedelta(days=30)) == 1
    assert set(OutboxMessage.objects.values_list("pk", flat=True)) == {recent.pk, stuck.pk}
