"""Record work in the current transaction; deliver it after commit, and again if it was left behind.

A handler is registered per topic. Handlers must be idempotent: a message can be
delivered more than once (a worker killed after the work but before the mark,
a sweep racing a relay). By default a handler runs in the same transaction as
the "processed" mark, so its database effects happen exactly once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from lms.core.bulk import bulk_insert

from .models import OutboxMessage

logger = logging.getLogger(__name__)

# A handler takes a payload, or the list of payloads taken together for a topic that coalesces.
Handler = Callable[[Any], None]


@dataclass(frozen=True)
class _Registration:
    handler: Handler
    atomic: bool
    coalesce: Callable[[], int] | None = None


_handlers: dict[str, _Registration] = {}


def handler(
    topic: str, *, atomic: bool = True, coalesce: Callable[[], int] | None = None
) -> Callable[[Handler], Handler]:
    """Register the function that delivers messages of ``topic``.

    ``atomic=False`` is for handlers with effects outside the database (email):
    they manage their own transactions and their own at-most-once claims.
    ``coalesce`` (atomic handlers only) returns how many messages one delivery may take: the handler then
    receives a list of payloads, the delivered message's first, then other pending messages of the topic
    that no other delivery holds, all marked processed with it (or none, if it fails).
    """
    if coalesce is not None and not atomic:
        raise ValueError("Only atomic handlers can coalesce messages.")

    def decorate(function: Handler) -> Handler:
        _handlers[topic] = _Registration(function, atomic, coalesce)
        return function

    return decorate


def outbox_enqueue(topic: str, payload: dict[str, Any]) -> OutboxMessage:
    """Write the message in the caller's transaction and relay it to Celery once that commits."""
    if topic not in _handlers:
        raise ValueError(f"No outbox handler is registered for {topic!r}.")
    message = OutboxMessage.objects.create(topic=topic, payload=payload)
    transaction.on_commit(lambda: outbox_relay(message.pk))
    return message


def outbox_enqueue_many(topic: str, payloads: list[dict[str, Any]]) -> list[OutboxMessage]:
    """``outbox_enqueue`` for many messages of one topic, inserted together; each is relayed after commit."""
    if topic not in _handlers:
        raise ValueError(f"No outbox handler is registered for {topic!r}.")
    messages = list(bulk_insert(OutboxMessage, [OutboxMessage(topic=topic, payload=payload) for payload in payloads]))
    for message in messages:
        transaction.on_commit(lambda message_id=message.pk: outbox_relay(message_id))
    return messages


def outbox_relay(message_id: int) -> None:
    """Hand one message to the broker. A broker that is down is not an error: the sweep retries."""
    from .tasks import outbox_deliver_task

    try:
        # No publish retries here: a request must never wait on a dead broker; the sweep is the retry.
        outbox_deliver_task.apply_async(args=[message_id], retry=False)
    except Exception:  # any broker failure leaves the row for the sweep
        logger.warning("Outbox message %s was not relayed; the sweep will retry it.", message_id, exc_info=True)


def _failed(message_id: int, exc: BaseException) -> None:
    OutboxMessage.objects.filter(pk=message_id).update(attempts=F("attempts") + 1, last_error=repr(exc)[:2000])


def _done(*message_ids: int) -> None:
    OutboxMessage.objects.filter(pk__in=message_ids).update(
        attempts=F("attempts") + 1, processed_at=timezone.now(), last_error=""
    )


def _coalesced(message: OutboxMessage, limit: int) -> list[OutboxMessage]:
    """Other pending messages of the message's topic, up to ``limit`` in all, oldest first; rows another
    delivery holds are skipped (PostgreSQL), so no two deliveries take the same message."""
    if limit <= 1:
        return []
    others = OutboxMessage.objects.select_for_update(skip_locked=True).filter(
        topic=message.topic, processed_at__isnull=True, attempts__lt=settings.LMS_OUTBOX_MAX_ATTEMPTS
    )
    return list(others.exclude(pk=message.pk).order_by("created_at", "pk")[: limit - 1])


def outbox_deliver(message_id: int) -> bool:
    """Run the handler of one pending message and mark it processed. Returns False if nothing was due.

    A failure is recorded on the row (attempts, last error) and re-raised; the sweep
    tries again later, up to ``LMS_OUTBOX_MAX_ATTEMPTS`` times.
    """
    try:
        with transaction.atomic():
            # The row lock makes a relayed delivery and a swept one take turns.
            message = OutboxMessage.objects.select_for_update().filter(pk=message_id, processed_at__isnull=True).first()
            if message is None:
                return False
            registration = _handlers.get(message.topic)
            if registration is None:
                raise LookupError(f"No outbox handler is registered for {message.topic!r}.")
            if registration.atomic and registration.coalesce is not None:
                claimed = [message, *_coalesced(message, registration.coalesce())]
                try:
                    with transaction.atomic():
                        registration.handler([claimed_message.payload for claimed_message in claimed])
                except Exception:
                    if len(claimed) == 1:
                        raise
                    # One of the others may be what fails: the delivered message goes again on its own and
                    # carries its own outcome, so a failing message cannot hold every other one back.
                    claimed = [message]
                    registration.handler([message.payload])
                _done(*(claimed_message.pk for claimed_message in claimed))
                return True
            if registration.atomic:
                registration.handler(message.payload)
                _done(message.pk)
                return True
    except Exception as exc:
        _failed(message_id, exc)
        raise
    # Effects outside the database: the handler claims them itself, outside any transaction.
    try:
        registration.handler(message.payload)
    except Exception as exc:
        _failed(message_id, exc)
        raise
    _done(message_id)
    return True


def outbox_pending(*, older_than: timedelta | None = None) -> list[int]:
    """Ids of messages still to deliver, oldest first, that have not used up their attempts."""
    pending = OutboxMessage.objects.filter(processed_at__isnull=True, attempts__lt=settings.LMS_OUTBOX_MAX_ATTEMPTS)
    if older_than is not None:
        pending = pending.filter(created_at__lte=timezone.now() - older_than)
    return list(pending.order_by("created_at", "pk").values_list("pk", flat=True)[: settings.LMS_OUTBOX_SWEEP_BATCH])


def outbox_sweep() -> int:
    """Relay every message left behind (broker down, worker killed). Returns how many were relayed."""
    ids = outbox_pending(older_than=settings.LMS_OUTBOX_SWEEP_AFTER)
    for message_id in ids:
        outbox_relay(message_id)
    return len(ids)


def outbox_drain(*, rounds: int = 10) -> int:
    """Deliver every pending message in this process, including those the deliveries enqueue
    (demo seeding, management commands). Returns how many were delivered."""
    delivered = 0
    for _round in range(rounds):
        ids = outbox_pending()
        if not ids:
            break
        for message_id in ids:
            delivered += outbox_deliver(message_id)
    return delivered


def outbox_prune(*, older_than: timedelta) -> int:
    """Delete messages delivered more than ``older_than`` ago; those never delivered stay for inspection.
    Returns how many were deleted."""
    deleted, _by_model = OutboxMessage.objects.filter(processed_at__lt=timezone.now() - older_than).delete()
    return deleted
