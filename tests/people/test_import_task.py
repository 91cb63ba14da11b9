"""The uploaded-import workflow: queueing, progress, and what happens when things go wrong."""

from __future__ import annotations

import io

import pytest
from django.core.files.base import ContentFile

from lms.people.importing import official_import_run, official_import_start, officials_import
from lms.people.models import ImportPhase, ImportStatus, Official, OfficialImport

from .fixtures.import_files import csv_bytes, rows

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}},
    }


def start(actor, content: bytes, callbacks, **kwargs) -> OfficialImport:
    with callbacks(execute=True):
        job = official_import_start(
            file=ContentFile(content),
            filename="list.csv",
            actor=actor,
            dry_run=False,
            invite=False,
            **{"language": "en", **kwargs},
        )
    job.refresh_from_db()
    return job


def test_progress_is_reported_every_chunk_then_saving_before_the_write(tree):
    calls = []
    officials_import(
        source=io.BytesIO(csv_bytes(rows(1200))), filename="list.csv", actor=None, dry_run=False, invite=False,
        progress=lambda *args: calls.append(args),
    )  # fmt: skip
    assert calls == [
        (ImportPhase.READING, 0, 0),
        (ImportPhase.VALIDATING, 500, 1200),
        (ImportPhase.VALIDATING, 1000, 1200),
        (ImportPhase.VALIDATING, 1200, 1200),
        (ImportPhase.SAVING, 1200, 1200),
    ]


def test_a_task_delivered_twice_imports_once(hr_a, django_capture_on_commit_callbacks):
    job = start(hr_a, csv_bytes(rows(3)), django_capture_on_commit_callbacks)
    assert (job.status, job.created_count) == (ImportStatus.SUCCEEDED, 3)

    official_import_run(import_id=job.pk)

    job.refresh_from_db()
    assert (job.status, job.created_count, job.unchanged_count) == (ImportStatus.SUCCEEDED, 3, 0)
    assert Official.objects.filter(employee_code__startswith="N").count() == 3


def test_an_import_that_cannot_be_queued_says_so(hr_a, monkeypatch, django_capture_on_commit_callbacks):
    def broker_down(*args, **kwargs):
        raise ConnectionError("broker unreachable")

    monkeypatch.setattr("lms.people.tasks.import_officials_task.delay", broker_down)

    job = start(hr_a, csv_bytes(rows(1)), django_capture_on_commit_callbacks)

    assert job.status == ImportStatus.FAILED
    assert job.file_error == "The import could not be started: try again in a few minutes."


def test_an_unexpected_error_fails_the_import_and_saves_nothing(hr_a, monkeypatch, django_capture_on_commit_callbacks):
    def crash(**kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr("lms.people.importing.workflow.officials_import", crash)

    job = start(hr_a, csv_bytes(rows(1)), django_capture_on_commit_callbacks)

    assert job.status == ImportStatus.FAILED
    assert job.file_error == "The import stopped because of an unexpected error."
    assert job.finished_at is not None
    assert not Official.objects.filter(employee_code__startswith="N").exists()


def test_the_report_is_written_in_the_uploaders_language(hr_a, django_capture_on_commit_callbacks):
    job = start(hr_a, b"nothing useful", django_capture_on_commit_callbacks, language="en")
    assert job.language == "en"
    assert job.file_error.startswith("The first line must name the columns")
