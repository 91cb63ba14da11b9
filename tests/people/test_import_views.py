"""The HR upload page, its progress page and its status URL."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lms.people.models import ImportStatus, Official, OfficialImport

from .fixtures.import_files import csv_bytes, row, xlsx_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
IMPORT_URL = "/hr/import/"


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    location = tmp_path / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(location)}},
    }
    return location


@pytest.fixture
def hr_client(client, hr_a):
    client.force_login(hr_a)
    return client


@pytest.fixture
def upload(django_capture_on_commit_callbacks):
    """Post a file to the import page; the queued task runs (eagerly) after commit."""

    def post(client, content: bytes, *, name: str = "officials.csv", dry_run: bool = False, invite: bool = False):
        data: dict[str, object] = {"file": SimpleUploadedFile(name, content)}
        if dry_run:
            data["dry_run"] = "on"
        if invite:
            data["invite"] = "on"
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(IMPORT_URL, data)

    return post


def test_an_hr_officer_uploads_a_file_and_sees_the_report(hr_client, hr_a, upload, private_storage):
    response = upload(hr_client, csv_bytes([row("A001"), row("A002", unit="D1")]))

    job = OfficialImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/hr/import/{job.pk}/"
    assert (job.created_by, job.original_name, job.status) == (hr_a, "officials.csv", ImportStatus.SUCCEEDED)
    assert (job.total_rows, job.processed_rows, job.created_count, job.error_count) == (2, 2, 2, 0)
    assert job.finished_at is not None
    assert (private_storage / job.stored_name).exists()
    assert "officials" not in job.stored_name  # the uploaded name never reaches the file system
    assert Official.objects.filter(employee_code__in=["A001", "A002"]).count() == 2

    page = hr_client.get(response["Location"])
    assert page.status_code == 200
    assert "The import is saved." in page.content.decode()
    assert "<progress" not in page.content.decode()


def test_an_xlsx_upload_is_imported(hr_client, upload):
    upload(hr_client, xlsx_bytes([row("A001")]), name="danh-sach.xlsx")
    assert OfficialImport.objects.get().created_count == 1


def test_a_file_with_a_bad_row_shows_its_line_and_saves_nothing(hr_client, upload):
    response = upload(hr_client, csv_bytes([row("A001"), row("A002", unit="D2")]))

    job = OfficialImport.objects.get()
    assert job.status == ImportStatus.FAILED
    assert job.errors == [{"line": 3, "message": "The unit “D2” is outside your scope."}]
    assert not Official.objects.filter(employee_code="A001").exists()
    content = hr_client.get(response["Location"]).content.decode()
    assert "The file has 1 problem. Nothing was saved" in content
    assert '<td class="num">3</td><td>The unit “D2” is outside your scope.</td>' in content


def test_a_file_error_is_shown_on_the_report(hr_client, upload):
    response = upload(hr_client, b"<!DOCTYPE html><html></html>")
    job = OfficialImport.objects.get()
    assert job.status == ImportStatus.FAILED
    assert "required columns are missing" in job.file_error
    assert "Nothing was saved." in hr_client.get(response["Location"]).content.decode()


def test_a_dry_run_from_the_page_saves_nothing(hr_client, upload):
    response = upload(hr_client, csv_bytes([row("A001")]), dry_run=True, invite=True)

    job = OfficialImport.objects.get()
    assert (job.status, job.dry_run, job.created_count) == (ImportStatus.SUCCEEDED, True, 1)
    assert not Official.objects.filter(employee_code="A001").exists()
    assert mail.outbox == []
    assert "this was only a check" in hr_client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("invite", [True, False])
def test_the_page_sends_invitations_only_when_asked(hr_client, upload, invite):
    upload(hr_client, csv_bytes([row("A001"), row("A002")]), invite=invite)
    assert len(mail.outbox) == (2 if invite else 0)


def test_the_import_page_shows_the_form_and_documents_the_columns(hr_client):
    content = hr_client.get(IMPORT_URL).content.decode()

    assert 'accept=".csv,.xlsx"' in content
    assert re.search(r'<input type="checkbox" name="invite"[^>]*checked', content)
    assert not re.search(r'<input type="checkbox" name="dry_run"[^>]*checked', content)
    for column in ("employee_code", "full_name", "email", "unit_code", "position", "leader_level", "active"):
        assert f"<code>{column}</code>" in content
    assert IMPORT_URL in hr_client.get("/hr/").content.decode()


def test_the_import_page_lists_only_the_officers_own_imports(hr_client, hr_a, hr_b):
    OfficialImport.objects.create(created_by=hr_a, original_name="mine.csv", stored_name="imports/x.csv")
    OfficialImport.objects.create(created_by=hr_b, original_name="theirs.csv", stored_name="imports/y.csv")

    content = hr_client.get(IMPORT_URL).content.decode()

    assert "mine.csv" in content
    assert "theirs.csv" not in content


def test_a_running_import_shows_a_live_progress_bar(hr_client, hr_a):
    job = OfficialImport.objects.create(
        created_by=hr_a, original_name="big.csv", stored_name="imports/z.csv", status=ImportStatus.RUNNING,
        phase="validating", total_rows=13000, processed_rows=6500,
    )  # fmt: skip

    content = hr_client.get(f"/hr/import/{job.pk}/").content.decode()

    assert re.search(r'<progress id="import-progress" class="progress" max="13000" value="6500"', content)
    assert '<label for="import-progress">' in content
    assert f'data-status-url="/hr/import/{job.pk}/status/"' in content
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in content
    assert re.search(r'<script src="/static/js/import-progress.js" defer></script>', content)

    status = hr_client.get(f"/hr/import/{job.pk}/status/")
    assert status.json() == {
        "status": "running", "phase": "validating", "phase_label": "Checking the rows", "processed_rows": 6500,
        "total_rows": 13000, "percent": 50, "finished": False, "count_label": "6500 of 13000 rows",
    }  # fmt: skip
    assert "no-store" in status["Cache-Control"]


def test_pages_have_no_inline_scripts_or_styles(hr_client, hr_a, upload):
    upload(hr_client, csv_bytes([row("A001"), row("A002", unit="NOPE")]))
    running = OfficialImport.objects.create(created_by=hr_a, original_name="r.csv", stored_name="imports/r.csv")
    for url in (IMPORT_URL, f"/hr/import/{OfficialImport.objects.first().pk}/", f"/hr/import/{running.pk}/"):
        content = hr_client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", content), url
        assert " style=" not in content and "<style" not in content, url


def test_another_hr_officer_cannot_see_an_import(client, hr_a, hr_b):
    job = OfficialImport.objects.create(created_by=hr_a, original_name="a.csv", stored_name="imports/a.csv")
    client.force_login(hr_b)

    assert client.get(f"/hr/import/{job.pk}/").status_code == 404
    assert client.get(f"/hr/import/{job.pk}/status/").status_code == 404


def test_a_learner_is_refused_the_import_page(client, learner):
    client.force_login(learner)
    assert client.get(IMPORT_URL).status_code == 403
    assert client.post(IMPORT_URL, {"file": SimpleUploadedFile("o.csv", b"x")}).status_code == 403
    assert not OfficialImport.objects.exists()


def test_an_anonymous_visitor_is_sent_to_sign_in(client, tree):
    for response in (client.get(IMPORT_URL), client.post(IMPORT_URL, {}), client.get("/hr/import/1/status/")):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_an_administrator_may_import(client, admin_user, upload):
    client.force_login(admin_user)
    upload(client, csv_bytes([row("A001", unit="D2")]))
    assert OfficialImport.objects.get().status == ImportStatus.SUCCEEDED


def test_an_oversize_upload_is_refused_from_its_length(hr_client, settings, private_storage):
    content = b"x" * (settings.LMS_MAX_UPLOAD_BYTES + 100 * 1024)

    response = hr_client.post(IMPORT_URL, {"file": SimpleUploadedFile("big.csv", content)})

    assert response.status_code == 413
    assert "The file is larger than 10 MB." in response.content.decode()
    assert not OfficialImport.objects.exists()
    assert not private_storage.exists()


def test_the_declared_length_is_checked_before_the_body_is_read(hr_client, monkeypatch):
    monkeypatch.setattr(
        "django.http.request.HttpRequest._load_post_and_files",
        lambda request: pytest.fail("the body was read"),
    )
    response = hr_client.post(IMPORT_URL, {"file": SimpleUploadedFile("o.csv", b"x")}, CONTENT_LENGTH="20000000")
    assert response.status_code == 413


def test_an_upload_over_the_limit_by_a_little_is_refused_by_the_form(hr_client, settings, private_storage):
    settings.LMS_MAX_UPLOAD_BYTES = 1000

    response = hr_client.post(IMPORT_URL, {"file": SimpleUploadedFile("o.csv", b"x" * 1500)})

    assert response.status_code == 400
    assert "The file is larger than" in response.content.decode()
    assert not OfficialImport.objects.exists()
    assert not private_storage.exists()


def test_an_upload_of_another_kind_of_file_is_refused_by_the_form(hr_client):
    response = hr_client.post(IMPORT_URL, {"file": SimpleUploadedFile("list.xls", b"x")})
    assert response.status_code == 400
    assert "Only .csv and .xlsx files can be imported." in response.content.decode()
    assert not OfficialImport.objects.exists()


def test_the_upload_still_requires_the_csrf_token(hr_a):
    from tests.conftest import MFAClient

    client = MFAClient(enforce_csrf_checks=True)
    client.force_login(hr_a)

    response = client.post(IMPORT_URL, {"file": SimpleUploadedFile("o.csv", csv_bytes([row("A001")]))})

    assert response.status_code == 403
    assert not OfficialImport.objects.exists()
