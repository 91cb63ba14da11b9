"""Celery tasks of certification: thin wrappers around services."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings

from .exports import export_run, exports_prune
from .gate import assignments_sweep
from .mandates import mandate_reminders_send, mandates_reconcile, unit_digests_send
from .rollups import rollups_refresh, snapshots_take
from .services import expiry_reminders_send


@shared_task(ignore_result=True)
def expiry_reminders_task() -> int:
    return expiry_reminders_send()


@shared_task(ignore_result=True)
def assignments_sweep_task() -> int:
    return assignments_sweep()


@shared_task(ignore_result=True)
def rollups_reconcile_task() -> int:
    mandates_reconcile()
    return rollups_refresh()


@shared_task(ignore_result=True)
def snapshots_task() -> int:
    rollups_refresh()
    return snapshots_take()


@shared_task(ignore_result=True)
def mandate_reminders_task() -> dict[str, int]:
    return mandate_reminders_send()


@shared_task(ignore_result=True)
def unit_digests_task() -> int:
    return unit_digests_send()


@shared_task(acks_late=True, reject_on_worker_lost=True)
def export_task(export_id: int) -> None:
    export_run(export_id)


@shared_task(ignore_result=True)
def exports_prune_task() -> int:
    return exports_prune(older_than=settings.LMS_EXPORT_KEEP)
