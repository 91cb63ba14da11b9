"""Celery tasks of certification: thin wrappers around services."""

from __future__ import annotations

from celery import shared_task

from .gate import assignments_sweep
from .services import expiry_reminders_send


@shared_task(ignore_result=True)
def expiry_reminders_task() -> int:
    return expiry_reminders_send()


@shared_task(ignore_result=True)
def assignments_sweep_task() -> int:
    return assignments_sweep()
