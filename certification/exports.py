"""Every HR table as CSV or XLSX, from one definition per table.

Small tables stream at once; large ones run as a Celery task with progress, and the
file is stored privately for the officer who asked. Cells that a spreadsheet would read
as a formula (starting with =, +, -, @, tab or carriage return) are neutralised.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from lms.audit.services import audit_log
from lms.people.scope import scoped_officials, scoped_units

from .dashboard import dashboard_tree, leader_filter, officials_with_status, status_filter, status_of, unit_subtree
from .models import Certificate, CertificationProgram, Export, ExportStatus, RoleAssignment

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "xlsx")


def neutralise(value: Any) -> Any:
    """A leading apostrophe keeps spreadsheets from running a cell as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _xlsx_cell(value: Any) -> Any:
    """A workbook cannot hold most control characters (XML forbids them): each becomes U+FFFD."""
    value = neutralise(value)
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value) if isinstance(value, str) else value


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: Callable[[], Iterator[list[Any]]]
    count: Callable[[], int]
    name: str


def _program(params: dict[str, Any]) -> CertificationProgram:
    program = CertificationProgram.objects.filter(code=params.get("program") or "").first()
    return program or CertificationProgram.objects.filter(is_active=True).order_by("pk").first()


def _dashboard_table(user: Any, params: dict[str, Any]) -> Table:
    program = _program(params)
    units = dashboard_tree(user, program, params.get("sort", ""))
    headers = [
        _("Code"), _("Unit"), _("Officials"), _("Leaders"), _("Certified (%)"), _("Leaders certified (%)"),
        pgettext("learning", "In progress"), _("Not started"), _("Overdue"), _("Expiring within 30 days"),
    ]  # fmt: skip

    def rows() -> Iterator[list[Any]]:
        for row in units:
            f = row.figures
            yield [row.unit.code, row.unit.name, f.officials, f.leaders, f.percent, f.leaders_percent,
                   f.in_progress, f.not_started, f.overdue, f.expiring]  # fmt: skip

    return Table(headers, rows, lambda: len(units), f"dashboard-{program.code}")


def _unit_officials_table(user: Any, params: dict[str, Any]) -> Table:
    program = _program(params)
    unit = scoped_units(user).filter(code=params.get("unit", "")).first()
    units = unit_subtree(unit) if unit is not None else scoped_units(user)
    officials = status_filter(officials_with_status(units, program), params.get("status", ""))
    officials = leader_filter(officials, params.get("level", "")).order_by("unit__path", "full_name")
    labels = {"certified": _("certified"), "in_progress": _("in progress"), "not_started": _("not started"),
              "overdue": _("overdue")}  # fmt: skip
    headers = [_("Employee code"), _("Full name"), _("Unit"), _("Position"), _("Leader level"), _("Status")]

    def rows() -> Iterator[list[Any]]:
        for official in officials.iterator(chunk_size=2000):
            yield [official.employee_code, official.full_name, official.unit.name, official.position,
                   official.get_leader_level_display(), labels[status_of(official)]]  # fmt: skip

    # The name becomes a file name and a sheet title: a code's other characters (/, quotes, line breaks) become "-".
    part = re.sub(r"[^A-Za-z0-9._-]+", "-", unit.code) if unit else "all"
    return Table(headers, rows, officials.count, f"officials-{program.code}-{part}")


def _certificates_table(user: Any, params: dict[str, Any]) -> Table:
    certificates = Certificate.objects.filter(official__in=scoped_officials(user).values("pk")).select_related(
        "program", "official"
    )
    if params.get("q"):
        query = params["q"]
        certificates = certificates.filter(
            Q(holder_name__icontains=query) | Q(official__employee_code__iexact=query) | Q(serial__iexact=query)
        )
    if params.get("status"):
        certificates = certificates.filter(status=params["status"])
    certificates = certificates.order_by("-issued_at", "-pk")
    headers = [_("Serial number"), _("Employee code"), _("Holder"), _("Unit"), _("Program"), _("Status"),
               _("Issued"), _("Expires")]  # fmt: skip
    now = timezone.now()

    def rows() -> Iterator[list[Any]]:
        for c in certificates.iterator(chunk_size=2000):
            yield [c.serial, c.official.employee_code, c.holder_name, c.unit_name, c.program.code, c.live_status(now),
                   timezone.localtime(c.issued_at).strftime("%d/%m/%Y"),
                   timezone.localtime(c.expires_at).strftime("%d/%m/%Y") if c.expires_at else ""]  # fmt: skip

    return Table(headers, rows, certificates.count, "certificates")


def _assignments_table(user: Any, params: dict[str, Any]) -> Table:
    assignments = RoleAssignment.objects.filter(official__in=scoped_officials(user).values("pk")).select_related(
        "official", "role", "unit"
    )
    if params.get("status"):
        assignments = assignments.filter(status=params["status"])
    if params.get("role"):
        assignments = assignments.filter(role__code=params["role"])
    assignments = assignments.order_by("-status_changed_at", "-pk")
    headers = [_("Employee code"), _("Full name"), _("Role"), _("Unit"), _("Status"), _("Since"), _("Reason")]

    def rows() -> Iterator[list[Any]]:
        for a in assignments.iterator(chunk_size=2000):
            yield [a.official.employee_code, a.official.full_name, a.role.code, a.unit.code, a.get_status_display(),
                   timezone.localtime(a.status_changed_at).strftime("%d/%m/%Y"), a.status_reason]  # fmt: skip

    return Table(headers, rows, assignments.count, "role-assignments")


TABLES: dict[str, Callable[[Any, dict[str, Any]], Table]] = {
    "dashboard": _dashboard_table,
    "officials": _unit_officials_table,
    "certificates": _certificates_table,
    "assignments": _assignments_table,
}


def table_for(user: Any, name: str, params: dict[str, Any]) -> Table:
    return TABLES[name](user, params)


def render(table: Table, file_format: str, progress: Callable[[int], None] | None = None) -> bytes:
    done = 0
    if file_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([neutralise(h) for h in table.headers])
        for row in table.rows():
            writer.writerow([neutralise(value) for value in row])
            done += 1
            if progress and done % 1000 == 0:
                progress(done)
        # A byte-order mark so that spreadsheet programs read the Vietnamese text as UTF-8.
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(table.name[:31])
    sheet.append([_xlsx_cell(h) for h in table.headers])
    for row in table.rows():
        sheet.append([_xlsx_cell(value) for value in row])
        done += 1
        if progress and done % 1000 == 0:
            progress(done)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_audit(
    user: Any, name: str, params: dict[str, Any], file_format: str, rows: int, request=None, target=None
) -> None:
    """One row per export, written when the officer asks for it (``target``: the background job, if any)."""
    audit_log(action="exports.download", actor=user, request=request, target=target,
              target_label=f"{name}.{file_format} {' '.join(f'{k}={v}' for k, v in sorted(params.items()))}".strip(),
              details={"table": name, "params": params, "format": file_format, "rows": rows})  # fmt: skip


def export_run(export_id: int) -> None:
    """The task: write the file with progress, store it privately, mark it ready."""
    export = Export.objects.get(pk=export_id)
    if export.status == ExportStatus.DONE:
        return
    user = get_user_model().objects.get(pk=export.created_by_id)
    Export.objects.filter(pk=export.pk).update(status=ExportStatus.RUNNING)
    try:
        with translation.override(export.language):
            table = table_for(user, export.table, export.params)
            total = table.count()
            Export.objects.filter(pk=export.pk).update(total_rows=total)
            data = render(
                table, export.file_format, lambda done: Export.objects.filter(pk=export.pk).update(done_rows=done)
            )
        name = storages["private"].save(f"exports/{export.pk}-{table.name}.{export.file_format}", ContentFile(data))
    except Exception as exc:
        Export.objects.filter(pk=export.pk).update(status=ExportStatus.FAILED, error=repr(exc)[:2000])
        raise
    Export.objects.filter(pk=export.pk).update(
        status=ExportStatus.DONE, stored_name=name, done_rows=total, finished_at=timezone.now()
    )


def exports_prune(*, older_than: timedelta) -> int:
    """Delete background exports made more than ``older_than`` ago, with their files. Returns how many."""
    old = Export.objects.filter(created_at__lt=timezone.now() - older_than)
    for name in old.exclude(stored_name="").values_list("stored_name", flat=True):
        storages["private"].delete(name)
    deleted, _by_model = old.delete()
    return deleted


def inline_limit() -> int:
    return settings.LMS_EXPORT_INLINE_MAX_ROWS
