"""Celery tasks of the people app: thin wrappers that take ids and call services."""

from __future__ import annotations

from celery import shared_task
from django.contrib.auth import get_user_model

from lms.accounts.services import invitations_send

from .importing import official_import_run


@shared_task
def import_officials_task(import_id: int) -> None:
    official_import_run(import_id=import_id)


@shared_task
def invitations_send_task(*, user_ids: list[int], actor_id: int | None = None) -> int:
    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    return invitations_send(user_ids=user_ids, actor=actor)
