"""HR scope, applied in querysets in one place.

HR views never filter officials or units themselves: they ask this module,
so no view can forget the scope. Admins see everything; anyone else sees nothing.
"""

from __future__ import annotations

from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from .models import HRScope, Official, Unit
from .roles import is_admin


def _scope_paths(user: Any) -> list[str]:
    cache = user.__dict__.setdefault("_lms_scope_paths", None)
    if cache is None:
        cache = list(HRScope.objects.filter(user=user).values_list("unit__path", flat=True))
        user.__dict__["_lms_scope_paths"] = cache
    return cache


def unit_scope_q(user: Any, prefix: str = "") -> Q | None:
    """A Q object restricting units (at ``prefix``) to the user's scope.

    None means unrestricted (admins). An empty scope yields a Q that matches nothing.
    """
    if is_admin(user):
        return None
    paths = _scope_paths(user) if user.is_authenticated else []
    if not paths:
        return Q(pk__in=[])
    return reduce(or_, (Q(**{f"{prefix}path__startswith": path}) for path in paths))


def scope_roots(user: Any) -> list[Unit]:
    """The active units a user's HR pages start from: their scope units (the tree's roots for an
    admin), outermost only, since a scope unit inside another adds nothing."""
    if is_admin(user):
        units = Unit.get_root_nodes()
    else:
        units = Unit.objects.filter(path__in=_scope_paths(user) if user.is_authenticated else [])
    roots: list[Unit] = []
    for unit in units.filter(is_active=True).order_by("path"):
        if not roots or not unit.path.startswith(roots[-1].path):
            roots.append(unit)
    return roots


def scoped_units(user: Any, queryset: QuerySet[Unit] | None = None) -> QuerySet[Unit]:
    queryset = Unit.objects.all() if queryset is None else queryset
    condition = unit_scope_q(user)
    return queryset if condition is None else queryset.filter(condition)


def scoped_officials(user: Any, queryset: QuerySet[Official] | None = None) -> QuerySet[Official]:
    queryset = Official.objects.all() if queryset is None else queryset
    condition = unit_scope_q(user, prefix="unit__")
    return queryset if condition is None else queryset.filter(condition)


def unit_in_scope(user: Any, unit: Unit) -> bool:
    if is_admin(user):
        return True
    return any(unit.path.startswith(path) for path in _scope_paths(user))


class OutOfScope(Http404):
    """An object that exists outside the user's scope: answered exactly like an absent one (404),
    while the HR-area check (permissions.hr_required) audits what was reached for."""

    def __init__(self, target: Any) -> None:
        super().__init__()
        self.target = target


def get_scoped_official_or_404(user: Any, **lookup: Any) -> Official:
    """Fetch one official the user may see; outside the scope looks exactly like absent."""
    if any(isinstance(value, str) and "\x00" in value for value in lookup.values()):
        raise Http404  # no official holds a NUL character (and PostgreSQL could not compare it)
    try:
        return scoped_officials(user).select_related("unit", "user").get(**lookup)
    except Official.DoesNotExist as exc:
        outside = Official.objects.filter(**lookup).first()
        raise (Http404() if outside is None else OutOfScope(outside)) from exc


def hr_officers_covering(unit: Unit) -> QuerySet[Any]:
    """Active accounts whose HR scope includes the unit (granted on it or on an ancestor)."""
    from django.contrib.auth import get_user_model

    step = Unit.steplen
    paths = [unit.path[:end] for end in range(step, len(unit.path) + 1, step)]
    return get_user_model().objects.filter(is_active=True, hr_scopes__unit__path__in=paths).distinct()
