"""Reading the file: a CSV or XLSX personnel list into rows, with its columns checked."""

from __future__ import annotations

import csv
import io
import os
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import openpyxl
from django.conf import settings
from django.utils.translation import gettext as _

from .report import ImportFileError

REQUIRED_COLUMNS = ("employee_code", "full_name", "email", "unit_code")
OPTIONAL_COLUMNS = ("position", "leader_level", "active")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
EXTENSIONS = (".csv", ".xlsx")
# An .xlsx is a zip archive: refuse archives that would inflate to much more than
# any personnel list (a "zip bomb") before openpyxl decompresses anything.
ZIP_MAX_UNCOMPRESSED = 200 * 1024 * 1024
ZIP_MAX_RATIO = 100
# Small entries (styles, relationships) compress very well and harm no one.
ZIP_RATIO_MIN_SIZE = 1024 * 1024


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
