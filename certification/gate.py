"""The gate: the only writer of role assignments.

Every path that gives an official a reform role (HR pages, the admin, the
``assign_role`` command, the API) calls ``role_assign``; reactivation goes through
the same check. Assignment and revocation both lock the official's row first and
then the official's certificates, so they happen one after the other: a revocation
racing an assignment either sees the new assignment (and suspends it) or makes the
assignment refuse. Validity is computed from dates and status at the database clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from lms.audit.services import audit_log
from lms.core.clock import db_now
from lms.core.errors import ServiceError
from lms.outbox.services import outbox_enqueue
from lms.people.models import Official, Unit
from lms.people.roles import is_admin
from lms.people.scope import scoped_officials, unit_in_scope

from .models import (
    AssignmentStatus,
    Certificate,
    CertificateStatus,
    CertificationProgram,
    ReformRole,
    RoleAssignment,
    RoleRequirement,
    grace_period,
)

TOPIC_SUSPENDED = "roles.suspended"
TOPIC_REQUIREMENT_ADDED = "roles.requirement_added"
OPEN = (AssignmentStatus.ACTIVE, AssignmentStatus.SUSPENDED)


class RoleError(ServiceError):
    """A refusal of the gate; ``eligibility`` says what was missing when certification was the reason."""

    def __init__(self, code: str, message: str, eligibility: Eligibility | None = None) -> None:
        super().__init__(code, message)
        self.eligibility = eligibility


# --- Eligibility -----------------------------------------------------------------------


class Standing:
    HELD = "held"
    MISSING = "missing"
    EXPIRED = "expired"
    REVOKED = "revoked"


@dataclass(frozen=True)
class ProgramStanding:
    program: CertificationProgram
    state: str
    certificate: Certificate | None

    @property
    def held(self) -> bool:
        return self.state == Standing.HELD

    def describe(self) -> str:
        name = f"{self.program.code} ({self.program.display_name})"
        if self.state == Standing.EXPIRED:
            return _("%(program)s expired on %(date)s") % {"program": name, "date": _date(self.certificate.expires_at)}
        if self.state == Standing.REVOKED:
            return _("%(program)s was revoked on %(date)s") % {
                "program": name,
                "date": _date(self.certificate.revoked_at),
            }
        if self.state == Standing.MISSING:
            return _("%(program)s is missing") % {"program": name}
        return _("%(program)s is held until %(date)s") % {
            "program": name,
            "date": _date(self.certificate.expires_at) if self.certificate.expires_at else _("no expiry"),
        }


def _date(moment: datetime | None) -> str:
    return formats.date_format(timezone.localtime(moment), "SHORT_DATE_FORMAT") if moment else ""


@dataclass(frozen=True)
class Eligibility:
    role: ReformRole
    standings: list[ProgramStanding]

    @property
    def eligible(self) -> bool:
        return all(standing.held for standing in self.standings)

    @property
    def lacking(self) -> list[ProgramStanding]:
        return [standing for standing in self.standings if not standing.held]

    def refusal(self, official: Official) -> str:
        return _("%(name)s cannot hold the role “%(role)s”: %(reasons)s.") % {
            "name": official.full_name,
            "role": self.role.display_name,
            "reasons": "; ".join(standing.describe() for standing in self.lacking),
        }


def _standing(program: CertificationProgram, certificates: list[Certificate], now: datetime) -> ProgramStanding:
    mine = [c for c in certificates if c.program_id == program.pk]
    current = next((c for c in mine if c.status == CertificateStatus.ACTIVE), None)
    if current is not None:
        if current.expires_at is not None and current.expires_at <= now:
            return ProgramStanding(program, Standing.EXPIRED, current)
        return ProgramStanding(program, Standing.HELD, current)
    latest = max(mine, key=lambda c: (c.issued_at, c.pk), default=None)
    if latest is not None and latest.status == CertificateStatus.REVOKED:
        return ProgramStanding(program, Standing.REVOKED, latest)
    return ProgramStanding(program, Standing.MISSING, None)


def roles_with_requirements() -> QuerySet[ReformRole]:
    return ReformRole.objects.prefetch_related("requirements__program").order_by("code")


def role_eligibility(
    *, official: Official, roles: Iterable[ReformRole], now: datetime | None = None, for_holder: bool = False,
    certificates: list[Certificate] | None = None,
) -> list[Eligibility]:  # fmt: skip
    """Per role, what the official holds and lacks. ``for_holder`` leaves out programs added to a
    role whose grace period for current holders has not ended. ``certificates``: all of the official's,
    when the caller has read them already (a list of officials)."""
    now = now or db_now()
    if certificates is None:
        certificates = list(Certificate.objects.filter(official=official).select_related("program"))
    result = []
    for role in roles:
        requirements = sorted(role.requirements.all(), key=lambda r: (r.sort_order or 0, r.pk))
        if for_holder:
            requirements = [r for r in requirements if r.enforced_from <= now]
        result.append(Eligibility(role, [_standing(r.program, certificates, now) for r in requirements]))
    return result


def unmet_requirements_q(now: datetime) -> Exists:
    """True for an assignment whose holder lacks a valid certificate for an enforced requirement (in SQL)."""
    valid = Certificate.objects.filter(
        official=OuterRef(OuterRef("official")), program=OuterRef("program"), status=CertificateStatus.ACTIVE
    ).filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
    unmet = (
        RoleRequirement.objects.filter(role=OuterRef("role"))
        .filter(added_at__lte=now - grace_period())
        .filter(~Exists(valid))
    )
    return Exists(unmet)


# --- Writes ------------------------------------------------------------------------------


def _authorise(by: Any, official: Official, unit: Unit) -> None:
    if by is None or is_admin(by):
        return  # system (sweeps) and administrators
    if not (scoped_officials(by).filter(pk=official.pk).exists() and unit_in_scope(by, unit)):
        raise RoleError("out_of_scope", _("This official or unit is outside your HR scope."))


def holder_lock(official_id: int) -> None:
    """The one lock of an official's certification: their row, then their certificates, in that order.

    Issuance, revocation, assignment, reactivation and the sweep all take it, so they happen one after the other.
    """
    Official.objects.select_for_update().filter(pk=official_id).first()
    list(Certificate.objects.select_for_update().filter(official_id=official_id).values_list("pk", flat=True))


def _refused(*, official: Official, role: ReformRole, unit: Unit, by: Any, eligibility: Eligibility,
             request: HttpRequest | None, action: str) -> RoleError:  # fmt: skip
    # Written after the gate's transaction ended, so the refusal is recorded.
    audit_log(
        action=action, actor=by, target=official, request=request,
        details={"role": role.code, "unit": unit.code,
                 "lacking": [{"program": s.program.code, "state": s.state} for s in eligibility.lacking]},
    )  # fmt: skip
    return RoleError("not_certified", eligibility.refusal(official), eligibility)


def role_assign(
    *, official: Official, role: ReformRole, unit: Unit, by: Any, request: HttpRequest | None = None
) -> RoleAssignment:
    """Give the official the role in the unit, or refuse with a message naming each missing,
    expired or revoked certification. Both outcomes are audited."""
    _authorise(by, official, unit)
    if not official.is_active:
        raise RoleError("inactive", _("%(name)s is not an active official.") % {"name": official.full_name})
    with transaction.atomic():
        holder_lock(official.pk)
        now = db_now()
        (eligibility,) = role_eligibility(official=official, roles=[_fresh(role)], now=now)
        if eligibility.eligible:
            existing = RoleAssignment.objects.filter(official=official, role=role, unit=unit, status__in=OPEN).first()
            if existing is not None and existing.status == AssignmentStatus.ACTIVE:
                raise RoleError("already_active", _("%(name)s already holds this role in this unit.") % {
                    "name": official.full_name})  # fmt: skip
            if existing is not None:
                raise RoleError("suspended", _("%(name)s holds this role in this unit, suspended: reactivate it.") % {
                    "name": official.full_name})  # fmt: skip
            try:
                with transaction.atomic():
                    assignment = RoleAssignment.objects.create(
                        official=official, role=role, unit=unit, assigned_by=by, assigned_at=now,
                        status=AssignmentStatus.ACTIVE, status_changed_at=now, status_reason="",
                    )  # fmt: skip
            except IntegrityError as exc:
                raise RoleError("already_active", _("%(name)s already holds this role in this unit.") % {
                    "name": official.full_name}) from exc  # fmt: skip
            audit_log(
                action="roles.assign", actor=by, target=assignment, request=request,
                target_label=f"{official.full_name} · {role.code} · {unit.code}",
                details={"official": official.employee_code, "role": role.code, "unit": unit.code,
                         "certificates": [s.certificate.serial for s in eligibility.standings]},
            )  # fmt: skip
            return assignment
    raise _refused(official=official, role=role, unit=unit, by=by, eligibility=eligibility, request=request,
                   action="roles.refuse")  # fmt: skip


def _fresh(role: ReformRole) -> ReformRole:
    return ReformRole.objects.prefetch_related("requirements__program").get(pk=role.pk)


def assignment_reactivate(*, assignment: RoleAssignment, by: Any, request: HttpRequest | None = None) -> RoleAssignment:
    """Bring a suspended assignment back, through the same check as a new one."""
    official = assignment.official
    _authorise(by, official, assignment.unit)
    with transaction.atomic():
        holder_lock(official.pk)
        locked = RoleAssignment.objects.select_for_update().get(pk=assignment.pk)
        if locked.status != AssignmentStatus.SUSPENDED:
            raise RoleError("not_suspended", _("Only a suspended assignment can be reactivated."))
        now = db_now()
        (eligibility,) = role_eligibility(official=official, roles=[_fresh(locked.role)], now=now)
        if eligibility.eligible:
            _status_set(locked, AssignmentStatus.ACTIVE, _("Reactivated after recertification."), now)
            audit_log(
                action="roles.reactivate", actor=by, target=locked, request=request,
                details={"official": official.employee_code, "role": locked.role.code, "unit": locked.unit.code},
            )  # fmt: skip
            return locked
    raise _refused(official=official, role=locked.role, unit=locked.unit, by=by, eligibility=eligibility,
                   request=request, action="roles.reactivate_refused")  # fmt: skip


def assignment_end(*, assignment: RoleAssignment, by: Any, reason: str, request: HttpRequest | None = None) -> None:
    """End an assignment (it stays in the history)."""
    reason = (reason or "").strip()
    if not reason:
        raise RoleError("reason_required", _("Give the reason for ending this assignment."))
    _authorise(by, assignment.official, assignment.unit)
    with transaction.atomic():
        locked = RoleAssignment.objects.select_for_update().get(pk=assignment.pk)
        if locked.status == AssignmentStatus.ENDED:
            raise RoleError("already_ended", _("This assignment has already ended."))
        _status_set(locked, AssignmentStatus.ENDED, reason[:2000], db_now())
        audit_log(
            action="roles.end", actor=by, target=locked, request=request, details={"reason": locked.status_reason}
        )


def _status_set(assignment: RoleAssignment, status: str, reason: str, now: datetime) -> None:
    assignment.status = status
    assignment.status_reason = reason
    assignment.status_changed_at = now
    assignment.save(update_fields=["status", "status_reason", "status_changed_at"])


def assignments_suspend(
    *, assignments: Iterable[RoleAssignment], reason: str, actor: Any = None, request: HttpRequest | None = None
) -> list[int]:
    """Suspend active assignments (the caller holds the holder's lock); HR and the official are told."""
    now = db_now()
    suspended = []
    for assignment in assignments:
        if assignment.status != AssignmentStatus.ACTIVE:
            continue
        _status_set(assignment, AssignmentStatus.SUSPENDED, reason, now)
        audit_log(
            action="roles.suspend", actor=actor, target=assignment, request=request,
            details={"official_id": assignment.official_id, "role": assignment.role.code, "reason": reason},
        )  # fmt: skip
        suspended.append(assignment.pk)
    if suspended:
        outbox_enqueue(TOPIC_SUSPENDED, {"assignment_ids": suspended})
    return suspended


def assignments_after_revocation(
    *, certificate: Certificate, actor: Any, request: HttpRequest | None = None
) -> list[int]:
    """Suspend, at once, the holder's active assignments whose role needs the revoked program."""
    dependent = RoleAssignment.objects.select_for_update(of=("self",)).filter(
        official_id=certificate.official_id, status=AssignmentStatus.ACTIVE,
        role__in=RoleRequirement.objects.filter(program_id=certificate.program_id).values("role"),
    ).select_related("role")  # fmt: skip
    reason = _("Certificate %(serial)s (%(program)s) was revoked.") % {
        "serial": certificate.serial,
        "program": certificate.program.code,
    }
    return assignments_suspend(assignments=list(dependent), reason=reason, actor=actor, request=request)


def assignments_sweep(*, now: datetime | None = None) -> int:
    """Suspend every active assignment whose holder no longer holds a valid certificate for an
    enforced requirement (expiry, or a program added to the role after its grace period)."""
    now = now or db_now()
    candidates = list(
        RoleAssignment.objects.filter(status=AssignmentStatus.ACTIVE)
        .filter(unmet_requirements_q(now))
        .values_list("pk", "official_id")
    )
    suspended = 0
    for assignment_id, official_id in candidates:
        with transaction.atomic():
            official = Official.objects.get(pk=official_id)
            holder_lock(official.pk)
            assignment = (
                RoleAssignment.objects.select_for_update(of=("self",))
                .select_related("role")
                .filter(pk=assignment_id)
                .first()
            )
            if assignment is None or assignment.status != AssignmentStatus.ACTIVE:
                continue
            check_time = db_now()
            (eligibility,) = role_eligibility(
                official=official, roles=[_fresh(assignment.role)], now=check_time, for_holder=True
            )
            if eligibility.eligible:
                continue  # renewed meanwhile
            reason = "; ".join(standing.describe() for standing in eligibility.lacking)
            suspended += len(assignments_suspend(assignments=[assignment], reason=reason))
    return suspended


def assignments_load(*, rows: list[tuple[int, int, int]], by: Any = None) -> int:
    """Bulk-create active assignments for synthetic load data, under the same rule checked in SQL:
    rows whose official lacks a valid certificate for any program of the role are skipped."""
    now = db_now()
    wanted = [RoleAssignment(official_id=o, role_id=r, unit_id=u, assigned_by=by, assigned_at=now,
                             status=AssignmentStatus.ACTIVE, status_changed_at=now) for o, r, u in rows]  # fmt: skip
    created = RoleAssignment.objects.bulk_create(wanted, batch_size=2000, ignore_conflicts=True)
    # Anything that slipped past (no valid certificate) is suspended at once, never left active.
    invalid = RoleAssignment.objects.filter(status=AssignmentStatus.ACTIVE).filter(unmet_requirements_q(now))
    invalid.update(status=AssignmentStatus.SUSPENDED, status_reason="synthetic data without certificate")
    return len(created)
