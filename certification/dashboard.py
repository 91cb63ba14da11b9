"""Reads behind the HR dashboard and the transparency board: rollup rows summed up the unit tree.

A fixed handful of queries per page, whatever the number of officials and units. Pages show two
levels (the units an officer starts from and their children), each with its whole subtree summed
by the database; deeper levels are one click away, so a country's 2,000 units cost what a city's do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import reduce
from operator import or_
from typing import Any, NamedTuple

from django.db.models import Max, Q, QuerySet, Sum
from django.db.models.functions import Substr
from django.utils import timezone

from lms.core.clock import db_now
from lms.people.models import Official, Unit
from lms.people.scope import scope_roots, scoped_units

from .models import CertificationProgram, UnitRollup, UnitSnapshot
from .rollups import FIELDS, LEADER_LEVELS, expiring_exists, overdue_exists, started_exists, valid_certificate_exists


@dataclass
class Figures:
    officials: int = 0
    leaders: int = 0
    certified: int = 0
    leaders_certified: int = 0
    in_progress: int = 0
    overdue: int = 0
    overdue_leaders: int = 0
    expiring: int = 0

    def add(self, other: Any) -> None:
        for name in FIELDS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def not_started(self) -> int:
        return max(self.officials - self.certified - self.in_progress, 0)

    @property
    def percent(self) -> int:
        return round(100 * self.certified / self.officials) if self.officials else 0

    @property
    def leaders_percent(self) -> int:
        return round(100 * self.leaders_certified / self.leaders) if self.leaders else 0


class UnitRef(NamedTuple):
    """What a row shows of a unit, read without building the model (a country has hundreds per level)."""

    pk: int
    path: str
    depth: int
    code: str
    name: str


@dataclass
class UnitRow:
    unit: Unit | UnitRef
    figures: Figures = field(default_factory=Figures)
    depth: int = 0


SORTS = {
    "name": lambda row: row.unit.name.lower(),
    "officials": lambda row: row.figures.officials,
    "percent": lambda row: row.figures.percent,
    "leaders_percent": lambda row: row.figures.leaders_percent,
    "in_progress": lambda row: row.figures.in_progress,
    "not_started": lambda row: row.figures.not_started,
    "overdue": lambda row: row.figures.overdue,
    "expiring": lambda row: row.figures.expiring,
}


def default_program() -> CertificationProgram | None:
    return CertificationProgram.objects.filter(is_active=True).order_by("pk").first()


def tree_rows(units: list[Unit], program: CertificationProgram) -> tuple[list[UnitRow], Figures, Any]:
    """One row per unit with the figures of its whole subtree, the total, and when they were computed."""
    rollups = {r.unit_id: r for r in UnitRollup.objects.filter(program=program, unit_id__in=[u.pk for u in units])}
    rows = {unit.path: UnitRow(unit) for unit in units}
    top = min((unit.depth for unit in units), default=0)
    # Deepest first: each unit's subtree total is complete before it is added to its parent.
    for unit in sorted(units, key=lambda u: -u.depth):
        row = rows[unit.path]
        row.depth = unit.depth - top
        own = rollups.get(unit.pk)
        if own is not None:
            row.figures.add(own)
        parent = rows.get(unit.path[: -Unit.steplen])
        if parent is not None:
            parent.figures.add(row.figures)
    total = Figures()
    for unit in units:
        if unit.path[: -Unit.steplen] not in rows:
            total.add(rows[unit.path].figures)
    updated = max((r.updated_at for r in rollups.values()), default=None)
    return [rows[unit.path] for unit in sorted(units, key=lambda u: u.path)], total, updated


def sort_rows(rows: list[UnitRow], sort: str) -> list[UnitRow]:
    key = sort.lstrip("-")
    return sorted(rows, key=SORTS[key], reverse=sort.startswith("-")) if key in SORTS else rows


def level_rows(
    program: CertificationProgram, parents: list[Unit], sort: str = ""
) -> tuple[list[UnitRow], Figures, Any]:
    """Each parent's row followed by one row per active child (sorted by ``sort``), each with the
    figures of its whole subtree; the total over the parents; and when the figures were computed.

    The database sums the subtrees: one aggregate per distinct parent depth, grouping every rollup
    below the parents by its ancestor one level down, so a page reads as many rows as it shows.
    """
    if not parents:
        return [], Figures(), None
    sums: dict[str, Figures] = {}
    updated = None
    for depth in sorted({parent.depth for parent in parents}):
        below = reduce(or_, (Q(unit__path__startswith=p.path) for p in parents if p.depth == depth))
        grouped = (
            UnitRollup.objects.filter(below, program=program, unit__is_active=True)
            .annotate(ancestor=Substr("unit__path", 1, (depth + 1) * Unit.steplen))
            .values("ancestor").order_by()
            .annotate(last=Max("updated_at"), **{name: Sum(name) for name in FIELDS})
        )  # fmt: skip
        for group in grouped:
            sums[group["ancestor"]] = Figures(**{name: group[name] for name in FIELDS})
            updated = max(filter(None, [updated, group["last"]]), default=None)
    children = Unit.objects.filter(is_active=True).filter(
        reduce(or_, (Q(path__startswith=p.path, depth=p.depth + 1) for p in parents))
    )
    by_parent: dict[str, list[UnitRow]] = {parent.path: [] for parent in parents}
    for child in map(UnitRef._make, children.order_by("path").values_list(*UnitRef._fields)):
        by_parent[child.path[: -Unit.steplen]].append(UnitRow(child, sums.get(child.path, Figures()), depth=1))
    rows, total = [], Figures()
    for parent in parents:
        head = UnitRow(parent)
        for ancestor, figures in sums.items():
            if ancestor.startswith(parent.path):
                head.figures.add(figures)
        total.add(head.figures)
        rows += [head, *sort_rows(by_parent[parent.path], sort)]
    return rows, total, updated


def dashboard(user: Any, program: CertificationProgram, sort: str = "") -> dict[str, Any]:
    """The officer's units two levels deep; children are sorted within their parent."""
    parents = scope_roots(user)
    rows, total, updated = level_rows(program, parents, sort)
    return {"rows": rows, "total": total, "updated": updated, "parents": parents}


def dashboard_tree(user: Any, program: CertificationProgram, sort: str = "") -> list[UnitRow]:
    """Every unit of the officer's scope with its subtree's figures (the dashboard's export)."""
    units = list(scoped_units(user).filter(is_active=True).order_by("path"))
    return sort_rows(tree_rows(units, program)[0], sort)


def subtree_figures(unit: Unit, program: CertificationProgram) -> Figures:
    """The figures of a unit and every active unit below it, summed by the database."""
    sums = UnitRollup.objects.filter(program=program, unit__is_active=True, unit__path__startswith=unit.path).aggregate(
        **{name: Sum(name) for name in FIELDS}
    )
    return Figures(**{name: sums[name] or 0 for name in FIELDS})


def trend(parents: list[Unit], program: CertificationProgram, days: int = 90) -> list[tuple[date, int]]:
    """% certified per day over the parents' subtrees (from the daily snapshots), oldest first.

    Each snapshot carries its unit's subtree totals, so this reads one row per parent and day.
    """
    if not parents:
        return []
    since = timezone.localdate() - timedelta(days=days)
    series = (
        UnitSnapshot.objects.filter(program=program, unit__in=[p.pk for p in parents], day__gte=since)
        .values("day").order_by("day")
        .annotate(officials=Sum("tree_officials"), certified=Sum("tree_certified"))
    )  # fmt: skip
    return [(point["day"], round(100 * point["certified"] / point["officials"]) if point["officials"] else 0)
            for point in series]  # fmt: skip


# --- Officials of a unit, with their status per program ------------------------------------

STATUSES = ("certified", "in_progress", "not_started", "overdue", "expiring")


def officials_with_status(units: QuerySet[Unit], program: CertificationProgram) -> QuerySet[Official]:
    now = db_now()
    return (
        Official.objects.filter(unit__in=units, is_active=True)
        .select_related("unit")
        .annotate(
            is_certified=valid_certificate_exists(program, now),
            is_started=started_exists(program),
            is_overdue=overdue_exists(program, timezone.localdate(now)),
            is_expiring=expiring_exists(program, now),
        )
    )


def status_filter(officials: QuerySet[Official], status: str) -> QuerySet[Official]:
    if status == "certified":
        return officials.filter(is_certified=True)
    if status == "in_progress":
        return officials.filter(is_certified=False, is_started=True)
    if status == "not_started":
        return officials.filter(is_certified=False, is_started=False)
    if status == "overdue":
        return officials.filter(is_certified=False, is_overdue=True)
    if status == "expiring":
        return officials.filter(is_expiring=True)
    return officials


def status_of(official: Official) -> str:
    if official.is_certified:
        return "certified"
    if official.is_overdue:
        return "overdue"
    return "in_progress" if official.is_started else "not_started"


def leader_filter(officials: QuerySet[Official], level: str) -> QuerySet[Official]:
    if level == "leaders":
        return officials.filter(leader_level__in=LEADER_LEVELS)
    if level:
        return officials.filter(leader_level=level)
    return officials


def unit_subtree(unit: Unit) -> QuerySet[Unit]:
    return Unit.objects.filter(path__startswith=unit.path)


def overdue_leaders(program: CertificationProgram, days: int) -> list[Official]:
    """Leaders more than ``days`` overdue without a valid certificate (the optional public list)."""
    now = db_now()
    return list(
        Official.objects.filter(is_active=True, leader_level__in=LEADER_LEVELS)
        .filter(overdue_exists(program, timezone.localdate(now) - timedelta(days=days)))
        .exclude(valid_certificate_exists(program, now))
        .select_related("unit").order_by("unit__path", "full_name")[:500]
    )  # fmt: skip
