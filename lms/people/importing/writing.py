"""Writing a checked plan: bulk inserts and updates, audit rows, the placement signal and invitations."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any, NamedTuple

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import connection, models, transaction

from lms.accounts.services import user_sessions_end, verified_addresses_sync
from lms.audit.models import AuditEvent
from lms.audit.services import audit_log, audit_log_many, audit_log_rows
from lms.core.bulk import bulk_insert_rows
from lms.people.models import Official
from lms.people.signals import officials_placed

from .checking import CHUNK_SIZE, _Plan
from .report import ImportReport

BATCH_SIZE = 1000
INVITATIONS_PER_TASK = 500


def _chunks(items: list[int], size: int = CHUNK_SIZE) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _sessions_end(user_ids: list[int]) -> None:
    # Only accounts that are signed in somewhere need user_sessions_end (one query each).
    user_model = get_user_model()
    for chunk in _chunks(user_ids):
        signed_in = UserSession.objects.filter(user_id__in=chunk).values_list("user_id", flat=True).distinct()
        for user in user_model.objects.filter(pk__in=list(signed_in)):
            user_sessions_end(user=user)


def _invitations_queue(user_ids: list[int], actor_id: int | None) -> None:
    from lms.people.tasks import invitations_send_task  # the tasks module imports this one

    for chunk in _chunks(user_ids, INVITATIONS_PER_TASK):
        invitations_send_task.delay(user_ids=chunk, actor_id=actor_id)


def _audit_event(actor: Any, action: str, official: Official, details: dict[str, Any]) -> AuditEvent:
    return AuditEvent(
        actor=actor,
        actor_label=(getattr(actor, "email", "") or "")[:254],
        action=action,
        target_type=Official._meta.label_lower,
        target_id=str(official.pk),
        target_label=str(official)[:254],
        details=details,
    )


class _Account(NamedTuple):
    pk: int
    email: str


def _create(plan: _Plan, *, audit_actor: Any, details: dict[str, Any], report: ImportReport) -> None:
    # Batch by batch, as rows rather than model instances: a country-wide first import writes
    # four rows for each of 500,000 officials.
    user_model = get_user_model()
    actor_id = getattr(audit_actor, "pk", None)
    actor_label = (getattr(audit_actor, "email", "") or "")[:254]
    for start in range(0, len(plan.new), BATCH_SIZE):
        batch = plan.new[start : start + BATCH_SIZE]
        user_ids = bulk_insert_rows(
            user_model,
            [
                {
                    "email": new.email,
                    "first_name": new.row.full_name[:150],
                    "last_name": "",
                    "is_active": new.is_active,
                    # Unusable, as make_password(None) makes it but without its slow per-character
                    # randomness (a second per 10,000 accounts); the invitation lets them choose one.
                    "password": UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30),
                }
                for new in batch
            ],
        )
        verified_addresses_sync(
            users=[_Account(pk, new.email) for pk, new in zip(user_ids, batch, strict=True)], new=True
        )
        official_ids = bulk_insert_rows(
            Official,
            [
                {"user_id": user_id, "employee_code": new.row.employee_code, "full_name": new.row.full_name,
                 "unit_id": new.unit.pk, "position": new.row.position, "leader_level": new.leader_level,
                 "is_active": new.is_active}
                for new, user_id in zip(batch, user_ids, strict=True)
            ],
        )  # fmt: skip
        audit_log_rows(
            [
                {"actor_id": actor_id, "actor_label": actor_label, "action": "people.official_imported",
                 "target_type": Official._meta.label_lower, "target_id": str(official_id),
                 "target_label": f"{new.row.full_name} ({new.row.employee_code})"[:254], "details": details}
                for new, official_id in zip(batch, official_ids, strict=True)
            ],
        )  # fmt: skip
        report.created_user_ids += [user_id for user_id, new in zip(user_ids, batch, strict=True) if new.is_active]
        report.placed_official_ids += official_ids


def _update_rows(model: type[models.Model], fields: list[str], objects: list[models.Model]) -> None:
    """Write ``fields`` of many existing rows with one prepared UPDATE run through executemany.

    Django's bulk_update builds a CASE expression per field and object: 13,000 changed
    officials cost it about 25 seconds of Python, where this takes well under one
    (psycopg 3 pipelines executemany on PostgreSQL).
    """
    if not objects:
        return
    quote = connection.ops.quote_name
    columns = [model._meta.get_field(name) for name in fields]
    assignments = ", ".join(f"{quote(column.column)} = %s" for column in columns)
    # Only identifiers from the model's own metadata are formatted in; values are parameters.
    sql = f"UPDATE {quote(model._meta.db_table)} SET {assignments} WHERE {quote(model._meta.pk.column)} = %s"  # noqa: S608  # nosec B608
    # In primary-key order, as every transaction that locks many officials takes them (the batched
    # certificate evaluation does too), so two of them cannot deadlock.
    objects = sorted(objects, key=lambda obj: obj.pk)
    with connection.cursor() as cursor:
        for start in range(0, len(objects), BATCH_SIZE):
            cursor.executemany(
                sql,
                [
                    [column.get_db_prep_save(getattr(obj, column.attname), connection) for column in columns] + [obj.pk]
                    for obj in objects[start : start + BATCH_SIZE]
                ],
            )


def _update(plan: _Plan, *, audit_actor: Any, details: dict[str, Any], report: ImportReport) -> None:
    _update_rows(
        Official,
        ["full_name", "unit", "position", "leader_level", "is_active", "updated_at"],
        [update.official for update in plan.updates],
    )
    changed_users = [u.user for u in plan.updates if u.user_changed]
    _update_rows(get_user_model(), ["email", "first_name", "is_active"], changed_users)
    verified_addresses_sync(users=changed_users)
    audit_log_many(
        [
            _audit_event(audit_actor, "people.official_updated", u.official, {**details, "changes": u.changes})
            for u in plan.updates
        ]
    )
    report.placed_official_ids += [update.official.pk for update in plan.updates if update.moved]


def _write(plan: _Plan, *, actor: Any, filename: str, report: ImportReport, invite: bool) -> None:
    audit_actor = actor if getattr(actor, "is_authenticated", False) else None
    details = {"file": filename}
    with transaction.atomic():
        _create(plan, audit_actor=audit_actor, details=details, report=report)
        _update(plan, audit_actor=audit_actor, details=details, report=report)
        audit_log(
            action="people.import",
            actor=actor,
            target_label=filename,
            details={
                "file": filename, "rows": report.total_rows, "created": report.created, "updated": report.updated,
                "unchanged": report.unchanged, "deactivated": report.deactivated, "dry_run": False,
            },
        )  # fmt: skip

        deactivated_user_ids = [update.user.pk for update in plan.updates if update.deactivated]
        placed_ids, invited = report.placed_official_ids, report.created_user_ids
        actor_id = getattr(audit_actor, "pk", None)
        # robust: the data is committed by then; a failing listener or broker is
        # logged rather than turning a saved import into a reported failure.
        if deactivated_user_ids:
            transaction.on_commit(lambda: _sessions_end(deactivated_user_ids), robust=True)
        if placed_ids:
            transaction.on_commit(lambda: officials_placed.send(sender=Official, official_ids=placed_ids), robust=True)
        if invite and settings.LMS_OFFICIAL_INVITES and invited:
            transaction.on_commit(lambda: _invitations_queue(invited, actor_id), robust=True)
