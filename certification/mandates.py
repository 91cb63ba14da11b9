"""Training mandates: HR requires a program of a unit by a date; enrolments follow the people.

A mandate applies to every matching official now and to those who join or move into
its units later (``officials_placed``), and a periodic reconcile catches any other path.
Reminders go out once per enrolment and threshold: a ``Reminder`` row is claimed first.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import reduce
from operator import or_
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit.services import audit_log
from lms.core.clock import db_now
from lms.core.errors import ServiceError
from lms.core.mail import absolute_url, bilingual_mail_send
from lms.people.models import LeaderLevel, Official, Unit
from lms.people.scope import unit_in_scope

from .models import CertificationProgram, Enrolment, Reminder, TrainingMandate
from .rollups import LEADER_LEVELS, valid_certificate_exists


class MandateError(ServiceError):
    """A refusal about a training mandate."""


def mandate_officials(mandate: TrainingMandate) -> QuerySet[Official]:
    officials = Official.objects.filter(is_active=True)
    if mandate.include_descendants:
        officials = officials.filter(unit__path__startswith=mandate.unit.path)
    else:
        officials = officials.filter(unit=mandate.unit)
    if mandate.leaders_only:
        officials = officials.filter(leader_level__in=LEADER_LEVELS)
    if mandate.position_list:
        officials = officials.filter(reduce(or_, (Q(position__icontains=p) for p in mandate.position_list)))
    return officials


def enrolments_apply(mandate: TrainingMandate, *, official_ids: list[int] | None = None) -> int:
    """Enrol every matching official not yet enrolled. Returns how many were added."""
    if mandate.cancelled_at is not None:
        return 0
    candidates = mandate_officials(mandate)
    if official_ids is not None:
        candidates = candidates.filter(pk__in=official_ids)
    existing = Enrolment.objects.filter(mandate=mandate).values("official_id")
    new = [
        Enrolment(mandate=mandate, official_id=pk)
        for pk in candidates.exclude(pk__in=existing).values_list("pk", flat=True).iterator(chunk_size=5000)
    ]
    Enrolment.objects.bulk_create(new, batch_size=2000, ignore_conflicts=True)
    return len(new)


def mandate_create(
    *, program: CertificationProgram, unit: Unit, due_date: date, by: Any, include_descendants: bool = True,
    leaders_only: bool = False, positions: str = "", request: HttpRequest | None = None,
) -> tuple[TrainingMandate, int]:  # fmt: skip
    if not unit_in_scope(by, unit):
        raise MandateError("out_of_scope", _("This unit is outside your HR scope."))
    if due_date < timezone.localdate():
        raise MandateError("due_in_past", _("The due date must be today or later."))
    with transaction.atomic():
        mandate = TrainingMandate.objects.create(
            program=program, unit=unit, due_date=due_date, created_by=by, include_descendants=include_descendants,
            leaders_only=leaders_only, positions=positions.strip(),
        )  # fmt: skip
        enrolled = enrolments_apply(mandate)
        audit_log(
            action="mandates.create", actor=by, target=mandate, request=request,
            details={"program": program.code, "unit": unit.code, "due": due_date.isoformat(), "enrolled": enrolled},
        )  # fmt: skip
        request_rollups(unit_ids=None)
    return mandate, enrolled


def mandate_cancel(*, mandate: TrainingMandate, by: Any, request: HttpRequest | None = None) -> None:
    if not unit_in_scope(by, mandate.unit):
        raise MandateError("out_of_scope", _("This unit is outside your HR scope."))
    with transaction.atomic():
        updated = TrainingMandate.objects.filter(pk=mandate.pk, cancelled_at__isnull=True).update(cancelled_at=db_now())
        if updated:
            audit_log(action="mandates.cancel", actor=by, target=mandate, request=request)
            request_rollups(unit_ids=None)


def mandates_apply_to(*, official_ids: list[int]) -> int:
    """Officials who joined or moved: every open mandate covering their new unit enrols them."""
    added = 0
    for mandate in TrainingMandate.objects.filter(cancelled_at__isnull=True).select_related("unit"):
        added += enrolments_apply(mandate, official_ids=official_ids)
    return added


def mandates_reconcile() -> int:
    added = 0
    for mandate in TrainingMandate.objects.filter(cancelled_at__isnull=True).select_related("unit"):
        added += enrolments_apply(mandate)
    return added


def request_rollups(*, unit_ids: list[int] | None) -> None:
    """Ask for the figures of these units (all if None) to be recomputed after commit."""
    from lms.outbox.services import outbox_enqueue

    outbox_enqueue("rollups.refresh", {"unit_ids": unit_ids})


# --- Reminders ---------------------------------------------------------------------------


def _claim(key: str) -> bool:
    try:
        with transaction.atomic():
            Reminder.objects.create(key=key)
        return True
    except IntegrityError:
        return False


def open_enrolments(today: date) -> QuerySet[Enrolment]:
    """Enrolments of open mandates whose official does not hold a valid certificate for the program."""
    now = db_now()
    pending = Enrolment.objects.filter(mandate__cancelled_at__isnull=True, official__is_active=True)
    certified_any = Q()
    for program in CertificationProgram.objects.filter(pk__in=pending.values("mandate__program")):
        certified_any |= Q(mandate__program=program) & Q(
            valid_certificate_exists(program, now, official_ref="official")
        )
    if certified_any:
        pending = pending.exclude(certified_any)
    return pending.select_related("official__user", "official__unit", "mandate__program")


def _mail(template: str, context: dict[str, Any], address: str) -> None:
    bilingual_mail_send(template=f"certification/email/{template}", context=context, to=[address])


def unit_heads(unit: Unit) -> QuerySet[Official]:
    return Official.objects.filter(unit=unit, leader_level=LeaderLevel.HEAD, is_active=True).select_related("user")


def mandate_reminders_send(*, today: date | None = None) -> dict[str, int]:
    """Due in 7 days, due tomorrow, overdue (weekly), and escalation to the unit's head after
    ``LMS_MANDATE_ESCALATION_DAYS`` overdue. Each is sent once per enrolment and threshold."""
    today = today or timezone.localdate(db_now())
    sent = {"due_7": 0, "due_1": 0, "overdue": 0, "escalation": 0}
    escalate_after = settings.LMS_MANDATE_ESCALATION_DAYS
    horizon = today + timedelta(days=7)
    for enrolment in open_enrolments(today).filter(mandate__due_date__lte=horizon).iterator(chunk_size=1000):
        days_left = (enrolment.due_date - today).days
        official = enrolment.official
        context = {"enrolment": enrolment, "official": official, "days_left": days_left,
                   "days_overdue": -days_left, "learn_url": absolute_url("/learn/")}  # fmt: skip
        if days_left >= 0:
            kind = "due_1" if days_left <= 1 else "due_7"
            if _claim(f"enrolment:{enrolment.pk}:{kind}"):
                _mail("mandate_due", context, official.user.email)
                sent[kind] += 1
            continue
        week = (-days_left - 1) // 7
        if _claim(f"enrolment:{enrolment.pk}:overdue:{week}"):
            _mail("mandate_overdue", context, official.user.email)
            sent["overdue"] += 1
        if -days_left >= escalate_after and _claim(f"enrolment:{enrolment.pk}:escalation"):
            for head in unit_heads(official.unit).exclude(pk=official.pk):
                _mail("mandate_escalation", {**context, "head": head}, head.user.email)
            sent["escalation"] += 1
    return sent


def unit_digests_send(*, today: date | None = None) -> int:
    """Once per ISO week, each unit head gets their unit's figures (own unit and sub-units)."""
    from .dashboard import subtree_figures

    today = today or timezone.localdate(db_now())
    year, week, _weekday = today.isocalendar()
    sent = 0
    program = CertificationProgram.objects.filter(is_active=True).order_by("pk").first()
    if program is None:
        return 0
    heads = Official.objects.filter(leader_level=LeaderLevel.HEAD, is_active=True).select_related("unit", "user")
    for head in heads.iterator(chunk_size=1000):
        if not _claim(f"digest:{head.pk}:{year}-W{week:02d}"):
            continue
        figures = subtree_figures(head.unit, program)
        _mail("unit_digest", {"head": head, "unit": head.unit, "program": program, "figures": figures,
                              "dashboard_url": absolute_url("/hr/")}, head.user.email)  # fmt: skip
        sent += 1
    return sent
