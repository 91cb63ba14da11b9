"""The one helper that services call to write the audit log."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest

from lms.core.bulk import bulk_insert, bulk_insert_rows
from lms.core.net import client_ip

from .models import AuditEvent


def audit_log(
    *,
    action: str,
    actor: Any = None,
    target: models.Model | None = None,
    target_label: str = "",
    details: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
    ip_address: str | None = None,
) -> AuditEvent:
    """Append one audit row. ``action`` is a dotted name such as ``people.import``."""
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    if request is not None and ip_address is None:
        ip_address = client_ip(request)
    return AuditEvent.objects.create(
        actor=actor,
        actor_label=(getattr(actor, "email", "") or str(actor or ""))[:254],
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=(target_label or (str(target) if target is not None else ""))[:254],
        details=details or {},
        ip_address=ip_address,
    )


def audit_log_many(events: list[AuditEvent]) -> None:
    """Append many prepared rows at once (large imports)."""
    bulk_insert(AuditEvent, events)


def audit_log_rows(rows: list[dict[str, Any]]) -> None:
    """Append many rows given as {field: value}, without building model instances (a country's import)."""
    bulk_insert_rows(AuditEvent, rows)
