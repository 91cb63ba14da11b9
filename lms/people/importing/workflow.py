"""Running an import: the file read, checked and written, and the OfficialImport upload run by a Celery task."""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.files.storage import storages
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.audit.services import audit_log
from lms.people.models import ImportPhase, ImportStatus, OfficialImport

from .checking import _Checker
from .reading import EXTENSIONS, _file_size, _read
from .report import ImportFileError, ImportReport, ProgressCallback
from .writing import _write

logger = logging.getLogger(__name__)


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
    # Messages quote the file's values; PostgreSQL stores no NUL character, so it shows as U+FFFD.
    job.errors = [{"line": error.line, "message": _printable(error.message)} for error in report.errors]
    job.error_count, job.file_error = report.error_count, _printable(report.file_error)
    job.finished_at = timezone.now()
    job.save()
    return job


def _printable(message: str) -> str:
    return message.replace("\x00", "\ufffd")


def _import_enqueue(import_id: int) -> None:
    from lms.people.tasks import import_officials_task  # the tasks module imports this one

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
    *, file: IO[bytes], filename: str, actor: Any, dry_run: bool, invite: bool, language: str = "", request: Any = None
) -> OfficialImport:
    """Keep an uploaded file in the private storage and queue its import after commit.

    The upload is audited here, with the officer's address: the import itself runs in a worker.
    """
    # The stored name never comes from the upload: only its checked extension does.
    stored_name = storages["private"].save(f"imports/{uuid.uuid4().hex}{Path(filename).suffix.lower()}", file)
    with transaction.atomic():
        job = OfficialImport.objects.create(
            created_by=actor, original_name=Path(filename).name[:255], stored_name=stored_name,
            dry_run=dry_run, invite=invite, language=language,
        )  # fmt: skip
        audit_log(action="people.import_upload", actor=actor, target=job, request=request,
                  details={"file": job.original_name, "dry_run": dry_run, "invite": invite})  # fmt: skip
        transaction.on_commit(lambda: _import_enqueue(job.pk))
    return job
