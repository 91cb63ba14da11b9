"""The platform's roles and what each may do.

Every official is a learner. Trainers are members of a Wagtail group; HR
officers hold one or more HR scopes; admins are superusers. Staff roles must
use multi-factor authentication before they reach their areas.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

TRAINERS_GROUP = "Trainers"
LEAD_TRAINERS_GROUP = "Lead trainers"
TRAINER_GROUPS = (TRAINERS_GROUP, LEAD_TRAINERS_GROUP)


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    TRAINER = "trainer", _("Trainer")
    HR = "hr", _("HR officer")
    ADMIN = "admin", _("Administrator")


def _cached(user: Any, key: str, compute) -> bool:
    # Roles are looked up once per request: the user object lives for one request.
    # (Attributes, not __dict__: request.user is a lazy proxy that passes attributes through.)
    cache = getattr(user, "_lms_roles", None)
    if cache is None:
        cache = user._lms_roles = {}
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def roles_prime(user: Any, *, hr: bool, trainer: bool) -> None:
    """Record roles already read with the user (see lms.accounts.backends)."""
    user._lms_roles = {**(getattr(user, "_lms_roles", None) or {}), "hr": hr, "trainer": trainer}


OFFICIAL_CACHE = "_lms_official"


def official_prime(user: Any, official: Any) -> None:
    """Record the user's active official record (or None), already read with the user."""
    setattr(user, OFFICIAL_CACHE, official)


def is_admin(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def is_trainer(user: Any) -> bool:
    if not user.is_authenticated:
        return False
    return _cached(user, "trainer", lambda: user.groups.filter(name__in=TRAINER_GROUPS).exists())


def is_hr(user: Any) -> bool:
    if not user.is_authenticated:
        return False
    return _cached(user, "hr", lambda: user.hr_scopes.exists())


def roles_of(user: Any) -> list[Role]:
    roles: list[Role] = []
    if not user.is_authenticated:
        return roles
    if hasattr(user, "official"):
        roles.append(Role.LEARNER)
    if is_trainer(user):
        roles.append(Role.TRAINER)
    if is_hr(user):
        roles.append(Role.HR)
    if is_admin(user):
        roles.append(Role.ADMIN)
    return roles


def requires_mfa(user: Any) -> bool:
    """Trainers, HR officers, admins and anyone who may open the CMS must use MFA."""
    if not user.is_authenticated:
        return False
    return bool(
        user.is_superuser
        or user.is_staff
        or is_trainer(user)
        or is_hr(user)
        or _cached(user, "cms", lambda: user.has_perm("wagtailadmin.access_admin"))
    )
