"""Celery side of the outbox: deliver one message; sweep what was left behind."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings

from .services import outbox_deliver, outbox_prune, outbox_sweep


@shared_task(acks_late=True, reject_on_worker_lost=True)
def outbox_deliver_task(message_id: int) -> bool:
    return outbox_deliver(message_id)


@shared_task(ignore_result=True)
def outbox_sweep_task() -> int:
    return outbox_sweep()


@shared_task(ignore_result=True)
def outbox_prune_task() -> int:
    return outbox_prune(older_than=settings.LMS_OUTBOX_KEEP)
