from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lms.people.importing import officials_import
from lms.people.roles import is_admin, is_hr


class Command(BaseCommand):
    help = (
        "Create or update officials from a CSV (UTF-8) or XLSX file with the columns employee_code, full_name, "
        "email, unit_code and optionally position, leader_level, active. Any error saves nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="Path to a .csv or .xlsx file.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report; save nothing.")
        parser.add_argument("--invite", action="store_true", help="Email an invitation to each new official.")
        parser.add_argument(
            "--by", metavar="EMAIL", help="Import as this HR officer: their scope limits the units (and the audit)."
        )

    def handle(self, *args, file: str, dry_run: bool, invite: bool, by: str | None, **options) -> None:
        path = Path(file)
        try:
            # The size is known from the file system before anything is read.
            size = os.stat(path).st_size
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}.") from exc
        if size > settings.LMS_MAX_UPLOAD_BYTES:
            raise CommandError(
                f"{file} is {size:,} bytes, more than the limit of {settings.LMS_MAX_UPLOAD_BYTES:,}. "
                "Split it into several files."
            )
        actor = None
        if by:
            actor = get_user_model().objects.filter(email__iexact=by.strip()).first()
            if actor is None:
                raise CommandError(f"No account has the email address {by}.")
            if not (is_hr(actor) or is_admin(actor)):
                raise CommandError(f"{by} is neither an HR officer nor an administrator.")

        report = officials_import(source=path, filename=path.name, actor=actor, dry_run=dry_run, invite=invite)
        if report.file_error:
            raise CommandError(f"{report.file_error} Nothing was saved.")
        for error in report.errors:
            self.stderr.write(str(error))
        if report.error_count:
            listed = len(report.errors)
            more = f" (the first {listed} are listed)" if listed < report.error_count else ""
            noun = "error" if report.error_count == 1 else "errors"
            raise CommandError(f"{report.error_count} {noun} in {report.total_rows} rows{more}. Nothing was saved.")
        verb = "Would create" if dry_run else "Created"
        self.stdout.write(
            f"{path.name}: {report.total_rows} rows. {verb} {report.created}, "
            f"{'would update' if dry_run else 'updated'} {report.updated} "
            f"(deactivated {report.deactivated}), unchanged {report.unchanged}."
        )
        if dry_run:
            self.stdout.write(self.style.WARNING("Dry run: nothing was saved."))
        else:
            self.stdout.write(self.style.SUCCESS("Import saved."))
