"""Checking the rows against the file so far and the database, into a plan of what to write."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.people.models import HRScope, ImportPhase, LeaderLevel, Official, Unit
from lms.people.roles import TRAINER_GROUPS, is_admin
from lms.people.scope import unit_in_scope

from .reading import REQUIRED_COLUMNS, _Row
from .report import ImportReport, ProgressCallback

# Rows checked between two progress reports; also the size of the bulk lookups,
# which must stay under SQLite's limit of 999 query variables.
CHUNK_SIZE = 500

EMPLOYEE_CODE_RE = re.compile(r"^[A-Za-z0-9._/-]{1,32}$")
CONTROL_CHARS_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
TEXT_MAX_LENGTH = 200

LEADER_LEVELS = {
    "": LeaderLevel.STAFF,
    "head": LeaderLevel.HEAD,
    "trưởng": LeaderLevel.HEAD,
    "cấp trưởng": LeaderLevel.HEAD,
    "deputy": LeaderLevel.DEPUTY,
    "phó": LeaderLevel.DEPUTY,
    "cấp phó": LeaderLevel.DEPUTY,
    "staff": LeaderLevel.STAFF,
    "nhân viên": LeaderLevel.STAFF,
    "chuyên viên": LeaderLevel.STAFF,
}
ACTIVE_VALUES = {
    "": True,
    "1": True,
    "true": True,
    "yes": True,
    "có": True,
    "0": False,
    "false": False,
    "no": False,
    "không": False,
}


def _is_email(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return len(value) <= 254


class _Existing(NamedTuple):
    id: int
    employee_code: str
    full_name: str
    unit_id: int
    position: str
    leader_level: str
    is_active: bool
    user_id: int
    email: str
    first_name: str
    user_is_active: bool
    is_superuser: bool
    is_staff: bool


_EXISTING_FIELDS = (
    "id", "employee_code", "full_name", "unit_id", "position", "leader_level", "is_active", "user_id",
    "user__email", "user__first_name", "user__is_active", "user__is_superuser", "user__is_staff",
)  # fmt: skip


@dataclass(slots=True)
class _New:
    row: _Row
    email: str
    unit: Unit
    leader_level: str
    is_active: bool


@dataclass(slots=True)
class _Update:
    official: Official
    user: Any
    user_changed: bool
    changes: dict[str, list[Any]]
    moved: bool
    deactivated: bool


@dataclass
class _Plan:
    new: list[_New] = field(default_factory=list)
    updates: list[_Update] = field(default_factory=list)


class _Checker:
    """Checks rows chunk by chunk against the file so far and the database."""

    def __init__(self, *, actor: Any, report: ImportReport) -> None:
        self.actor = actor
        self.report = report
        self.restricted = actor is not None and not is_admin(actor)
        units = list(Unit.objects.only("id", "code", "path"))
        self.units_by_code = {unit.code.upper(): unit for unit in units}
        self.units_by_id = {unit.pk: unit for unit in units}
        self.scope_cache: dict[int, bool] = {}
        self.seen_codes: dict[str, int] = {}
        self.seen_emails: dict[str, int] = {}
        self.plan = _Plan()
        self.now = timezone.now()
        user_model = get_user_model()
        # Addresses are stored lower-case; the rare exceptions are found in one query
        # so that the chunked lookups below can use the unique index on email.
        self.mixed_case_emails = dict(
            user_model.objects.exclude(email=Lower("email")).annotate(lower=Lower("email")).values_list("lower", "pk")
        )

    def in_scope(self, unit: Unit) -> bool:
        if not self.restricted:
            return True
        if unit.pk not in self.scope_cache:
            self.scope_cache[unit.pk] = unit_in_scope(self.actor, unit)
        return self.scope_cache[unit.pk]

    def check(self, rows: list[_Row], progress: ProgressCallback | None) -> _Plan:
        for start in range(0, len(rows), CHUNK_SIZE):
            self._check_chunk(rows[start : start + CHUNK_SIZE])
            if progress:
                progress(ImportPhase.VALIDATING, min(start + CHUNK_SIZE, len(rows)), len(rows))
        return self.plan

    def _check_chunk(self, chunk: list[_Row]) -> None:
        # A value holding NUL is a row error below, and PostgreSQL could not even compare it.
        codes = {row.employee_code for row in chunk if row.employee_code and "\x00" not in row.employee_code}
        existing = {
            values[1]: _Existing(*values)
            for values in Official.objects.filter(employee_code__in=codes).values_list(*_EXISTING_FIELDS)
        }
        emails = {row.email.lower() for row in chunk if row.email and "\x00" not in row.email}
        owners = dict(get_user_model().objects.filter(email__in=emails).values_list("email", "pk"))
        owners.update({email: pk for email, pk in self.mixed_case_emails.items() if email in emails})
        staff = self._staff_user_ids(chunk, existing) if self.restricted else set()
        for row in chunk:
            self._check_row(row, existing.get(row.employee_code), owners, staff)

    @staticmethod
    def _staff_user_ids(chunk: list[_Row], existing: dict[str, _Existing]) -> set[int]:
        """Accounts with staff rights whose email or active status the file would change.

        An HR officer must not be able to take over such an account by changing its
        address and then resetting the password, lock it out, or bring back one that an
        administrator switched off.
        """
        touched = set()
        for row in chunk:
            current = existing.get(row.employee_code)
            if current is None:
                continue
            wanted = ACTIVE_VALUES.get(row.active.lower())
            deactivates = wanted is False and (current.is_active or current.user_is_active)
            reactivates = wanted is True and not (current.is_active and current.user_is_active)
            if deactivates or reactivates or row.email.lower() != current.email:
                touched.add(current.user_id)
        if not touched:
            return set()
        staff = {o.user_id for o in existing.values() if o.user_id in touched and (o.is_superuser or o.is_staff)}
        staff |= set(HRScope.objects.filter(user_id__in=touched).values_list("user_id", flat=True))
        trainers = get_user_model().groups.through.objects.filter(user_id__in=touched, group__name__in=TRAINER_GROUPS)
        return staff | set(trainers.values_list("user_id", flat=True))

    def _check_row(self, row: _Row, current: _Existing | None, owners: dict[str, int], staff: set[int]) -> None:
        errors: list[str] = []
        code, email = row.employee_code, row.email.lower()
        if row.overflow:
            errors.append(
                _("The row has more values than there are columns. A value that contains the separator must be quoted.")
            )
        for column in REQUIRED_COLUMNS:
            if not getattr(row, column):
                errors.append(_("The required value “%(column)s” is empty.") % {"column": column})
        if code and not EMPLOYEE_CODE_RE.match(code):
            errors.append(
                _(
                    "The employee code “%(code)s” is not valid: use at most 32 letters (A-Z), digits "
                    "or the signs . _ / -"
                )
                % {"code": code[:40]}
            )
        for column in ("full_name", "position"):
            value = getattr(row, column)
            if len(value) > TEXT_MAX_LENGTH:
                errors.append(
                    _("The value in “%(column)s” has %(length)s characters; at most %(limit)s are allowed.")
                    % {"column": column, "length": len(value), "limit": TEXT_MAX_LENGTH}
                )
            if CONTROL_CHARS_RE.search(value):
                errors.append(
                    _(
                        "The value in “%(column)s” contains a line break or another invisible control "
                        "character; type it again."
                    )
                    % {"column": column}
                )
        if email and not _is_email(email):
            errors.append(_("“%(email)s” is not a valid email address.") % {"email": row.email[:100]})
        leader_level = LEADER_LEVELS.get(row.leader_level.lower())
        if leader_level is None:
            errors.append(
                _(
                    "The leader level “%(value)s” is not recognised: use head, deputy or staff "
                    "(or trưởng, phó, nhân viên)."
                )
                % {"value": row.leader_level[:40]}
            )
        active = ACTIVE_VALUES.get(row.active.lower())
        if active is None:
            errors.append(
                _("The value “%(value)s” in the column “active” is not recognised: use 1 or 0 (yes or no).")
                % {"value": row.active[:40]}
            )
        if code:
            if code in self.seen_codes:
                errors.append(
                    _("The employee code “%(code)s” also appears on line %(other)s.")
                    % {"code": code, "other": self.seen_codes[code]}
                )
            else:
                self.seen_codes[code] = row.line
        if email:
            if email in self.seen_emails:
                errors.append(
                    _("The email address “%(email)s” is also used on line %(other)s.")
                    % {"email": email, "other": self.seen_emails[email]}
                )
            else:
                self.seen_emails[email] = row.line
            owner = owners.get(email)
            if owner is not None and (current is None or owner != current.user_id):
                errors.append(_("The email address “%(email)s” is already used by another account.") % {"email": email})
        unit = self.units_by_code.get(row.unit_code.upper()) if row.unit_code else None
        if row.unit_code and unit is None:
            errors.append(_("The unit code “%(code)s” does not exist.") % {"code": row.unit_code[:40]})
        elif unit is not None and not self.in_scope(unit):
            errors.append(_("The unit “%(code)s” is outside your scope.") % {"code": unit.code})
        if current is not None:
            if not self.in_scope(self.units_by_id[current.unit_id]):
                errors.append(_("The official “%(code)s” belongs to a unit outside your scope.") % {"code": code})
            elif current.user_id in staff:
                errors.append(
                    _(
                        "The account of “%(code)s” has staff rights: only an administrator can change its "
                        "email address or whether it is active."
                    )
                    % {"code": code}
                )
        if errors:
            for message in errors:
                self.report.add_error(row.line, message)
            return
        assert unit is not None and leader_level is not None and active is not None  # checked above
        if current is None:
            self.plan.new.append(_New(row, email, unit, leader_level, active))
            self.report.created += 1
        else:
            self._plan_update(row, current, email, unit, leader_level, active)

    def _plan_update(
        self, row: _Row, current: _Existing, email: str, unit: Unit, leader_level: str, active: bool
    ) -> None:
        changes: dict[str, list[Any]] = {}
        for name, old, new in (
            ("full_name", current.full_name, row.full_name),
            ("unit", self.units_by_id[current.unit_id].code, unit.code),
            ("position", current.position, row.position),
            ("leader_level", current.leader_level, leader_level),
            ("is_active", current.is_active, active),
            ("email", current.email, email),
        ):
            if old != new:
                changes[name] = [old, new]
        # Same rule as official_set_active: the account follows the official.
        user_changed = bool({"full_name", "email"} & changes.keys()) or current.user_is_active != active
        if not changes and not user_changed:
            self.report.unchanged += 1
            return
        self.report.updated += 1
        deactivated = not active and (current.is_active or current.user_is_active)
        self.report.deactivated += deactivated
        self.report.reactivated += active and not current.is_active
        official = Official(
            pk=current.id, user_id=current.user_id, employee_code=current.employee_code, full_name=row.full_name,
            unit_id=unit.pk, position=row.position, leader_level=leader_level, is_active=active, updated_at=self.now,
        )  # fmt: skip
        first_name = row.full_name[:150] if "full_name" in changes else current.first_name
        user = get_user_model()(pk=current.user_id, email=email, first_name=first_name, is_active=active)
        self.plan.updates.append(_Update(official, user, user_changed, changes, "unit" in changes, deactivated))
