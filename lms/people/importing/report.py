"""What an import reports: its counts, the errors in the rows, and an error with the file as a whole."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

MAX_LISTED_ERRORS = 200

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
