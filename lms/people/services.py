"""Writes about units, officials and HR scope."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from lms.accounts.services import user_sessions_end
from lms.audit.services import audit_log

from .models import HRScope, Official, Unit, UnitKind


def unit_create(*, code: str, name: str, kind: str = UnitKind.OTHER, parent: Unit | None = None) -> Unit:
    """Create a unit in the tree (treebeard places it through add_root/add_child)."""
    if parent is None:
        return Unit.add_root(code=code, name=name, kind=kind)
    parent.refresh_from_db(fields=["path", "depth", "numchild"])
    return parent.add_child(code=code, name=name, kind=kind)


@transaction.atomic
def official_set_active(*, official: Official, active: bool, actor: Any = None, reason: str = "") -> Official:
    """Activate or deactivate an official and their account; deactivation signs them out everywhere."""
    if official.is_active == active and official.user.is_active == active:
        return official
    official.is_active = active
    official.save(update_fields=["is_active", "updated_at"])
    official.user.is_active = active
    official.user.save(update_fields=["is_active"])
    if not active:
        transaction.on_commit(lambda: user_sessions_end(user=official.user))
    audit_log(
        action="people.official_activated" if active else "people.official_deactivated",
        actor=actor,
        target=official,
        details={"reason": reason} if reason else {},
    )
    return official


@transaction.atomic
def hr_scope_grant(*, user: Any, unit: Unit, actor: Any = None, request: Any = None) -> HRScope:
    scope, created = HRScope.objects.get_or_create(user=user, unit=unit, defaults={"granted_by": actor})
    if created:
        audit_log(action="people.hr_scope_granted", actor=actor, target=user, details={"unit": unit.code},
                  request=request)  # fmt: skip
    return scope


@transaction.atomic
def hr_scope_revoke(*, user: Any, unit: Unit, actor: Any = None, request: Any = None) -> bool:
    deleted, _ = HRScope.objects.filter(user=user, unit=unit).delete()
    if deleted:
        audit_log(action="people.hr_scope_revoked", actor=actor, target=user, details={"unit": unit.code},
                  request=request)  # fmt: skip
    return bool(deleted)
