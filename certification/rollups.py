"""Per-unit figures, precomputed: the HR dashboard and the transparency board read these rows only.

``rollups_refresh`` recomputes some units (after an event) or all of them (the periodic
reconcile) with a fixed number of GROUP BY queries per program, whatever the population.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from courses.models import LessonProgress
from lms.core.clock import db_now
from lms.people.models import LeaderLevel, Official, Unit

from .models import Certificate, CertificateStatus, CertificationProgram, Enrolment, UnitRollup, UnitSnapshot

LEADER_LEVELS = (LeaderLevel.HEAD, LeaderLevel.DEPUTY)
EXPIRING_WITHIN = timedelta(days=30)
FIELDS = ["officials", "leaders", "certified", "leaders_certified", "in_progress", "overdue", "overdue_leaders",
          "expiring"]  # fmt: skip


def valid_certificate_exists(program: CertificationProgram, now: datetime, official_ref: str = "pk") -> Exists:
    return Exists(
        Certificate.objects.filter(official=OuterRef(official_ref), program=program, status=CertificateStatus.ACTIVE)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
    )  # fmt: skip


def program_course_keys(program: CertificationProgram) -> list:
    return list(program.required_courses.values_list("course__translation_key", flat=True))


# One definition of each status, used by the rollups and by the officials list alike.


def started_exists(program: CertificationProgram) -> Exists:
    keys = program_course_keys(program)
    return Exists(LessonProgress.objects.filter(official=OuterRef("pk"), course_key__in=keys))


def overdue_exists(program: CertificationProgram, today: date) -> Exists:
    return Exists(
        Enrolment.objects.filter(
            official=OuterRef("pk"), mandate__program=program, mandate__due_date__lt=today,
            mandate__cancelled_at__isnull=True,
        )
    )  # fmt: skip


def expiring_exists(program: CertificationProgram, now: datetime) -> Exists:
    return Exists(
        Certificate.objects.filter(
            official=OuterRef("pk"), program=program, status=CertificateStatus.ACTIVE,
            expires_at__gt=now, expires_at__lte=now + EXPIRING_WITHIN,
        )
    )  # fmt: skip


def _per_unit(queryset: QuerySet, field: str = "unit_id") -> Counter:
    return Counter(dict(queryset.order_by().values_list(field).annotate(n=Count("pk", distinct=True))))


def rollup_figures(
    program: CertificationProgram, *, unit_ids: list[int] | None = None, now: datetime | None = None
) -> dict[int, dict[str, int]]:
    """{unit id: figures} for the officials placed directly in each unit."""
    now = now or db_now()
    today = timezone.localdate(now)
    officials = Official.objects.filter(is_active=True)
    if unit_ids is not None:
        officials = officials.filter(unit_id__in=unit_ids)
    officials = officials.annotate(is_certified=valid_certificate_exists(program, now))
    leaders = officials.filter(leader_level__in=LEADER_LEVELS)
    certified = officials.filter(is_certified=True)
    started, overdue, expiring = started_exists(program), overdue_exists(program, today), expiring_exists(program, now)
    counts = {
        "officials": _per_unit(officials),
        "leaders": _per_unit(leaders),
        "certified": _per_unit(certified),
        "leaders_certified": _per_unit(certified.filter(leader_level__in=LEADER_LEVELS)),
        "in_progress": _per_unit(officials.filter(is_certified=False).filter(started)),
        "overdue": _per_unit(officials.filter(is_certified=False).filter(overdue)),
        "overdue_leaders": _per_unit(leaders.filter(is_certified=False).filter(overdue)),
        "expiring": _per_unit(officials.filter(expiring)),
    }
    units = unit_ids if unit_ids is not None else list(Unit.objects.values_list("pk", flat=True))
    return {unit: {name: counts[name].get(unit, 0) for name in FIELDS} for unit in units}


def rollups_refresh(*, unit_ids: list[int] | None = None, now: datetime | None = None) -> int:
    """Recompute and store the figures of some units (or all). Returns how many rows were written."""
    now = now or db_now()
    written = 0
    for program in CertificationProgram.objects.filter(is_active=True):
        figures = rollup_figures(program, unit_ids=unit_ids, now=now)
        rows = [UnitRollup(unit_id=unit, program=program, updated_at=now, **values) for unit, values in figures.items()]
        UnitRollup.objects.bulk_create(
            rows, batch_size=1000, update_conflicts=True, unique_fields=["unit", "program"],
            update_fields=[*FIELDS, "updated_at"],
        )  # fmt: skip
        written += len(rows)
    return written


def tree_totals(own: dict[str, tuple[int, ...]]) -> dict[str, list[int]]:
    """{path: figures} summed into every ancestor: each path's figures for its whole subtree."""
    totals: dict[str, list[int]] = {}
    for path, figures in own.items():
        for end in range(Unit.steplen, len(path) + 1, Unit.steplen):
            into = totals.setdefault(path[:end], [0] * len(figures))
            for index, value in enumerate(figures):
                into[index] += value
    return totals


def snapshot_rows(rollups: list[UnitRollup], units: dict[int, tuple[str, bool]], day: date) -> list[UnitSnapshot]:
    """The day's snapshot of each rollup, with its unit's subtree totals (active units only, as the
    dashboard counts them). ``units`` is {unit id: (path, is_active)}."""
    trees = {}
    for program_id in {r.program_id for r in rollups}:
        trees[program_id] = tree_totals({
            units[r.unit_id][0]: (r.officials, r.certified)
            for r in rollups if r.program_id == program_id and units[r.unit_id][1]
        })  # fmt: skip
    return [
        UnitSnapshot(unit_id=r.unit_id, program_id=r.program_id, day=day, officials=r.officials,
                     certified=r.certified, leaders=r.leaders, leaders_certified=r.leaders_certified,
                     tree_officials=trees[r.program_id].get(units[r.unit_id][0], (0, 0))[0],
                     tree_certified=trees[r.program_id].get(units[r.unit_id][0], (0, 0))[1])
        for r in rollups
    ]  # fmt: skip


def snapshots_take(*, day: date | None = None) -> int:
    """Copy today's rollups into the daily series (once per day; a second run updates the day)."""
    day = day or timezone.localdate()
    units = {pk: (path, active) for pk, path, active in Unit.objects.values_list("pk", "path", "is_active")}
    rows = snapshot_rows(list(UnitRollup.objects.all().iterator(chunk_size=2000)), units, day)
    UnitSnapshot.objects.bulk_create(
        rows, batch_size=1000, update_conflicts=True, unique_fields=["unit", "program", "day"],
        update_fields=["officials", "certified", "leaders", "leaders_certified", "tree_officials", "tree_certified"],
    )  # fmt: skip
    return len(rows)
