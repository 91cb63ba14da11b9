"""Import of officials from a CSV or XLSX personnel list.

The whole file is read and every row checked first, with a few bulk queries per
chunk of rows (never one query per row); only a file without a single error is
written, in one transaction. A dry run stops after the checks and writes nothing.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import os
import re
import secrets
import unicodedata
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple

import openpyxl
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import validate_email
from django.db import IntegrityError, connection, models, transaction
from django.db.models.functions import Lower
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.accounts.services import user_sessions_end
from lms.audit.models import AuditEvent
from lms.audit.services import audit_log, audit_log_many

from .models import HRScope, ImportPhase, ImportStatus, LeaderLevel, Official, OfficialImport, Unit
from .roles import TRAINER_GROUPS, is_admin
from .scope import unit_in_scope
from .signals import officials_placed

logger = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("employee_code", "full_name", "email", "unit_code")
OPTIONAL_COLUMNS = ("position", "leader_level", "active")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
EXTENSIONS = (".csv", ".xlsx")

# Rows checked between two progress reports; also the size of the bulk lookups,
# which must stay under SQLite's limit of 999 query variables.
CHUNK_SIZE = 500
BATCH_SIZE = 1000
INVITATIONS_PER_TASK = 500
MAX_LISTED_ERRORS = 200
# An .xlsx is a zip archive: refuse archives that would inflate to much more than
# any personnel list (a "zip bomb") before openpyxl decompresses anything.
ZIP_MAX_UNCOMPRESSED = 200 * 1024 * 1024
ZIP_MAX_RATIO = 100
# Small entries (styles, relationships) compress very well and harm no one.
ZIP_RATIO_MIN_SIZE = 1024 * 1024

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

ProgressCallback = Callable[[str, int, int], None]
"""Called with (phase, rows processed, total rows) while an import runs."""


class ImportFileError(Exception):
    """A problem with the file as a whole; the message is meant for the user."""


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do) and what was wrong with the file."""

    filename: str
    dry_run: bool
    total_rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    reactivated: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    file_error: str = ""
    created_user_ids: list[int] = field(default_factory=list)
    placed_official_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.file_error and not self.error_count

    def add_error(self, line: int, message: str) -> None:
        # Only the first errors are listed: a wrong file can have thousands.
        self.error_count += 1
        if len(self.errors) < MAX_LISTED_ERRORS:
            self.errors.append(RowError(line, message))

    def clear_counts(self) -> None:
        # Counts describe what was written; after an error nothing was.
        self.created = self.updated = self.unchanged = self.deactivated = self.reactivated = 0


# --- Reading the file -----------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    line: int
    employee_code: str
    full_name: str
    email: str
    unit_code: str
    position: str
    leader_level: str
    active: str
    overflow: bool


def _clean(value: str) -> str:
    # NFC: Vietnamese text typed on some systems arrives decomposed, which would
    # otherwise compare unequal to the same name already stored.
    return unicodedata.normalize("NFC", value).strip()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 1234 as 1234.0
    return str(value)


def _quoted(names: list[str]) -> str:
    shown = ", ".join(f"“{name[:40]}”" for name in names[:10])
    return shown + (", …" if len(names) > 10 else "")


def _is_email(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return len(value) <= 254


def _file_size(source: str | os.PathLike | IO[bytes]) -> int:
    if isinstance(source, str | os.PathLike):
        return os.stat(source).st_size
    source.seek(0, os.SEEK_END)
    size = source.tell()
    source.seek(0)
    return size


def _csv_rows(stream: IO[bytes]) -> Iterator[tuple[int, list[str]]]:
    """(line, values) of each record; a record may span lines when a quoted value holds a line break."""
    data = stream.read(settings.LMS_MAX_UPLOAD_BYTES + 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            _(
                "The file is not encoded in UTF-8. In Excel, choose “Save As”, pick the type "
                "“CSV UTF-8 (Comma delimited)”, and import that file."
            )
        ) from exc
    # Excel writes ";" instead of "," where the decimal separator is a comma
    # (as in Vietnamese settings): take the separator the header line uses most.
    header_line = text.partition("\n")[0]
    delimiter = max((",", ";", "\t"), key=header_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        line = 1
        for values in reader:
            yield line, [_clean(value) for value in values]
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(
            _("Line %(line)s cannot be read as CSV (%(reason)s).") % {"line": reader.line_num, "reason": exc}
        ) from exc


def _refuse_zip_bomb(stream: IO[bytes]) -> None:
    try:
        with zipfile.ZipFile(stream) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError(_invalid_xlsx_message()) from exc
    too_big = sum(entry.file_size for entry in entries) > ZIP_MAX_UNCOMPRESSED
    too_dense = any(
        entry.file_size > ZIP_RATIO_MIN_SIZE and entry.file_size / max(entry.compress_size, 1) > ZIP_MAX_RATIO
        for entry in entries
    )
    if too_big or too_dense:
        raise ImportFileError(
            _(
                "The workbook would expand to far more data than a list of officials holds, so it was refused "
                "for safety. Save it again in Excel as .xlsx or as “CSV UTF-8”."
            )
        )


def _invalid_xlsx_message() -> str:
    return _(
        "The file is not a valid Excel workbook (.xlsx). Open it in Excel and save it again as .xlsx, "
        "or save it as “CSV UTF-8”."
    )


def _xlsx_rows(stream: IO[bytes]) -> Iterator[tuple[int, list[str]]]:
    _refuse_zip_bomb(stream)
    stream.seek(0)
    try:
        workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds of errors on a damaged file
        raise ImportFileError(_invalid_xlsx_message()) from exc
    try:
        if not workbook.worksheets:
            raise ImportFileError(_("The workbook has no sheet."))
        sheet = workbook.worksheets[0]
        # Files written by other tools often declare wrong dimensions, which
        # read-only mode would trust and so cut off columns.
        sheet.reset_dimensions()
        # Read-only mode yields empty rows for missing ones, so the count is the row number.
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield line, [_clean(_cell_text(value)) for value in values]
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(_invalid_xlsx_message()) from exc
    finally:
        workbook.close()


def _column_positions(header: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    unknown: list[str] = []
    repeated: list[str] = []
    for index, title in enumerate(header):
        name = title.lower()
        if not name:
            continue  # a column without a title is ignored (often left over formatting)
        if name not in COLUMNS:
            unknown.append(title)
        elif name in positions:
            repeated.append(title)
        else:
            positions[name] = index
    problems = []
    missing = [name for name in REQUIRED_COLUMNS if name not in positions]
    if missing:
        problems.append(
            _("The first line must name the columns; these required columns are missing: %(columns)s.")
            % {"columns": _quoted(missing)}
        )
    if unknown:
        problems.append(
            _("These columns are not recognised: %(columns)s. The possible columns are: %(known)s.")
            % {"columns": _quoted(unknown), "known": ", ".join(COLUMNS)}
        )
    if repeated:
        problems.append(_("These columns appear more than once: %(columns)s.") % {"columns": _quoted(repeated)})
    if problems:
        raise ImportFileError(" ".join(problems))
    return positions


def _read(stream: IO[bytes], filename: str) -> list[_Row]:
    extension = Path(filename).suffix.lower()
    lines = _xlsx_rows(stream) if extension == ".xlsx" else _csv_rows(stream)
    for _line, header in lines:
        if any(header):
            break
    else:
        raise ImportFileError(_("The file is empty."))
    positions = _column_positions(header)
    columns = [positions.get(name) for name in COLUMNS]
    width = len(header)
    limit = settings.LMS_IMPORT_MAX_ROWS
    rows: list[_Row] = []
    for line, values in lines:
        if not any(values):
            continue  # blank lines keep their number but are not rows
        if len(rows) >= limit:
            raise ImportFileError(
                _("The file has more than %(limit)s rows. Split it into several files.") % {"limit": limit}
            )
        count = len(values)
        cells = [values[index] if index is not None and index < count else "" for index in columns]
        rows.append(_Row(line, *cells, overflow=any(values[width:])))
    if not rows:
        raise ImportFileError(_("The file names its columns but has no rows of officials below them."))
    return rows


# --- Checking the rows -------------------------------------------------------------------


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
        codes = {row.employee_code for row in chunk if row.employee_code}
        existing = {
            values[1]: _Existing(*values)
            for values in Official.objects.filter(employee_code__in=codes).values_list(*_EXISTING_FIELDS)
        }
        emails = {row.email.lower() for row in chunk if row.email}
        owners = dict(get_user_model().objects.filter(email__in=emails).values_list("email", "pk"))
        owners.update({email: pk for email, pk in self.mixed_case_emails.items() if email in emails})
        staff = self._staff_user_ids(chunk, existing) if self.restricted else set()
        for row in chunk:
            self._check_row(row, existing.get(row.employee_code), owners, staff)

    @staticmethod
    def _staff_user_ids(chunk: list[_Row], existing: dict[str, _Existing]) -> set[int]:
        """Accounts with staff rights whose email the file would change, or which it would deactivate.

        An HR officer must not be able to take over such an account by changing its
        address and then resetting the password, nor lock it out.
        """
        touched = set()
        for row in chunk:
            current = existing.get(row.employee_code)
            if current is None:
                continue
            deactivates = ACTIVE_VALUES.get(row.active.lower()) is False and (
                current.is_active or current.user_is_active
            )
            if deactivates or row.email.lower() != current.email:
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
                        "email address or deactivate it."
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


# --- Writing --------------------------------------------------------------------------------


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
    from .tasks import invitations_send_task  # the tasks module imports this one

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


def _create(plan: _Plan, *, audit_actor: Any, details: dict[str, Any], report: ImportReport) -> None:
    # Batch by batch, so that a country-wide first import never holds every model instance at once.
    user_model = get_user_model()
    for start in range(0, len(plan.new), BATCH_SIZE):
        batch = plan.new[start : start + BATCH_SIZE]
        users = [
            user_model(
                email=new.email,
                first_name=new.row.full_name[:150],
                last_name="",
                is_active=new.is_active,
                # Unusable, as make_password(None) makes it but without its slow per-character
                # randomness (a second per 10,000 accounts); the invitation lets them choose one.
                password=UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30),
            )
            for new in batch
        ]
        user_model.objects.bulk_create(users)  # SQLite and PostgreSQL return the new ids
        officials = [
            Official(
                user_id=user.pk, employee_code=new.row.employee_code, full_name=new.row.full_name, unit=new.unit,
                position=new.row.position, leader_level=new.leader_level, is_active=new.is_active,
            )
            for new, user in zip(batch, users, strict=True)
        ]  # fmt: skip
        Official.objects.bulk_create(officials)
        audit_log_many([_audit_event(audit_actor, "people.official_imported", o, details) for o in officials])
        report.created_user_ids += [user.pk for user in users if user.is_active]
        report.placed_official_ids += [official.pk for official in officials]


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
    sql = f"UPDATE {quote(model._meta.db_table)} SET {assignments} WHERE {quote(model._meta.pk.column)} = %s"  # noqa: S608
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
    _update_rows(
        get_user_model(), ["email", "first_name", "is_active"], [u.user for u in plan.updates if u.user_changed]
    )
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


def officials_import(
    *,
    source: str | os.PathLike | IO[bytes],
    filename: str,
    actor: Any,
    dry_run: bool,
    invite: bool,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Create or update officials (matched by employee code) from a CSV or XLSX file.

    ``actor`` is the HR officer whose scope limits the units; None (the command
    without --by) and administrators are unrestricted. Any error writes nothing.
    """
    report = ImportReport(filename=filename, dry_run=dry_run)
    try:
        # Both checks come before a single byte of the content is read.
        if _file_size(source) > settings.LMS_MAX_UPLOAD_BYTES:
            raise ImportFileError(
                _("The file is larger than %(size)s MB. Split it into several files.")
                % {"size": settings.LMS_MAX_UPLOAD_BYTES // (1024 * 1024)}
            )
        if Path(filename).suffix.lower() not in EXTENSIONS:
            raise ImportFileError(_("Only .csv and .xlsx files can be imported."))
        if progress:
            progress(ImportPhase.READING, 0, 0)
        opened = open(source, "rb") if isinstance(source, str | os.PathLike) else contextlib.nullcontext(source)  # noqa: SIM115
        with opened as stream:
            rows = _read(stream, filename)
    except ImportFileError as exc:
        report.file_error = str(exc)
        return report
    report.total_rows = len(rows)
    plan = _Checker(actor=actor, report=report).check(rows, progress)
    if report.error_count:
        report.clear_counts()
        return report
    if dry_run:
        return report
    if progress:
        progress(ImportPhase.SAVING, len(rows), len(rows))
    try:
        _write(plan, actor=actor, filename=filename, report=report, invite=invite)
    except IntegrityError:
        logger.warning("Import of %s hit a conflicting change while saving", filename, exc_info=True)
        report.clear_counts()
        report.created_user_ids, report.placed_official_ids = [], []
        report.file_error = _(
            "Someone else changed the same officials or accounts while this file was being saved: "
            "import the file again."
        )
    return report


def official_import_run(*, import_id: int) -> OfficialImport | None:
    """Run an uploaded import and record its progress and report on its OfficialImport row."""
    job = OfficialImport.objects.select_related("created_by").filter(pk=import_id).first()
    if job is None or job.is_finished:
        return job  # a task delivered twice does no harm
    rows = OfficialImport.objects.filter(pk=job.pk)
    rows.update(status=ImportStatus.RUNNING, phase=ImportPhase.READING, started_at=timezone.now())

    def progress(phase: str, processed: int, total: int) -> None:
        # Outside the write transaction, so the page sees it at once.
        rows.update(phase=phase, processed_rows=processed, total_rows=total)

    with translation.override(job.language or settings.LANGUAGE_CODE):
        try:
            with storages["private"].open(job.stored_name, "rb") as stream:
                report = officials_import(
                    source=stream, filename=job.original_name, actor=job.created_by, dry_run=job.dry_run,
                    invite=job.invite, progress=progress,
                )  # fmt: skip
        except Exception:
            logger.exception("Import %s of officials failed", job.pk)
            report = ImportReport(filename=job.original_name, dry_run=job.dry_run)
            report.file_error = _("The import stopped because of an unexpected error.")
    job.refresh_from_db()
    job.status = ImportStatus.SUCCEEDED if report.ok else ImportStatus.FAILED
    job.total_rows, job.processed_rows = report.total_rows, report.total_rows
    job.created_count, job.updated_count = report.created, report.updated
    job.unchanged_count, job.deactivated_count = report.unchanged, report.deactivated
    job.errors = [{"line": error.line, "message": error.message} for error in report.errors]
    job.error_count, job.file_error = report.error_count, report.file_error
    job.finished_at = timezone.now()
    job.save()
    return job


def _import_enqueue(import_id: int) -> None:
    from .tasks import import_officials_task  # the tasks module imports this one

    try:
        import_officials_task.delay(import_id)
    except Exception:
        # The broker is down: say so on the page rather than leave the import waiting forever.
        logger.exception("Could not queue import %s of officials", import_id)
        OfficialImport.objects.filter(pk=import_id, status=ImportStatus.PENDING).update(
            status=ImportStatus.FAILED,
            file_error=_("The import could not be started: try again in a few minutes."),
            finished_at=timezone.now(),
        )


def official_import_start(
    *, file: IO[bytes], filename: str, actor: Any, dry_run: bool, invite: bool, language: str = ""
) -> OfficialImport:
    """Keep an uploaded file in the private storage and queue its import after commit."""
    # The stored name never comes from the upload: only its checked extension does.
    stored_name = storages["private"].save(f"imports/{uuid.uuid4().hex}{Path(filename).suffix.lower()}", file)
    with transaction.atomic():
        job = OfficialImport.objects.create(
            created_by=actor, original_name=Path(filename).name[:255], stored_name=stored_name,
            dry_run=dry_run, invite=invite, language=language,
        )  # fmt: skip
        transaction.on_commit(lambda: _import_enqueue(job.pk))
    return job
