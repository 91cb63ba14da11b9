"""Hostile uploads: the officials import (CSV/XLSX) and the documents and images trainers upload.

Oversize files are refused before they are read, a zip bomb named .xlsx is refused before it is
inflated, garbage gets a clear message, path-traversal names never reach the file system, values
in the cells are either refused with their line or kept and shown as typed, and an HTML document is
never served as a page.
"""

from __future__ import annotations

import csv
import io
import re
import struct
import tracemalloc
import unicodedata
import zlib
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from certification.factories import program_build
from courses.factories import catalog_get
from lms.people.importing import officials_import
from lms.people.models import ImportStatus, Official, OfficialImport
from tests.conftest import MFAClient

from .hostile import HOSTILE, has_nul

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

IMPORT_URL = "/hr/import/"
HEADER = ["employee_code", "full_name", "email", "unit_code", "position"]
STORED_NAME = re.compile(r"^imports/[0-9a-f]{32}\.(csv|xlsx)$")
MiB = 1024 * 1024


def csv_file(*rows: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([HEADER, *rows])
    return buffer.getvalue().encode("utf-8")


VALID_CSV = csv_file(["U001", "Nguyễn Văn Một", "u001@example.gov.vn", "D1-W1", "Chuyên viên"])


@pytest.fixture
def storage_root(settings, tmp_path) -> Path:
    """Private storage three levels below tmp_path, so a name that climbs would still land inside tmp_path."""
    location = tmp_path / "a" / "b" / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(location)}},
    }
    settings.MEDIA_ROOT = tmp_path / "media"
    return location


@pytest.fixture
def hr_client(hr_a, storage_root) -> MFAClient:
    client = MFAClient(raise_request_exception=False)
    client.force_login(hr_a)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def files_under(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file())


def multipart(filename: bytes, content: bytes, *, dry_run: bool = True) -> tuple[bytes, str]:
    """A multipart body with the file name exactly as given (the test client would clean it first)."""
    boundary = "----fuzz-boundary-7d3b"
    body = b""
    if dry_run:
        body += f'--{boundary}\r\nContent-Disposition: form-data; name="dry_run"\r\n\r\non\r\n'.encode()
    body += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '.encode()
        + filename
        + b"\r\nContent-Type: application/octet-stream\r\n\r\n"
        + content
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def post_file(client, name: str, content: bytes, capture, *, dry_run: bool = True):
    data: dict[str, object] = {"file": SimpleUploadedFile(name, content)}
    if dry_run:
        data["dry_run"] = "on"
    with capture(execute=True):
        return client.post(IMPORT_URL, data)


# --- Size -------------------------------------------------------------------------------------------


class Unreadable(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        pytest.fail("the body of an oversize upload was read")

    readline = readinto = read


def test_the_upload_limit_is_10_mb_and_refuses_by_declared_length_without_reading(hr_client, storage_root):
    assert 10 * MiB == django_settings.LMS_MAX_UPLOAD_BYTES
    # Django keeps at most this much of an upload in memory; above it, a temporary file.
    assert 10 * MiB >= django_settings.FILE_UPLOAD_MAX_MEMORY_SIZE
    response = hr_client.generic(
        "POST",
        IMPORT_URL,
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(50 * MiB),
        **{"wsgi.input": Unreadable()},
    )
    assert response.status_code == 413
    assert "The file is larger than 10 MB. Split it into several files" in response.content.decode()
    assert not OfficialImport.objects.exists()
    assert files_under(storage_root.parent.parent) == []


def test_an_upload_just_over_the_limit_is_refused_by_its_size(hr_client, settings, storage_root, capture):
    settings.LMS_MAX_UPLOAD_BYTES = 1 * MiB
    content = VALID_CSV + b"x" * (MiB + 1)
    response = post_file(hr_client, "officials.csv", content, capture)
    assert response.status_code == 400
    assert "The file is larger than 1 MB." in response.content.decode()
    assert not OfficialImport.objects.exists()
    assert files_under(storage_root.parent.parent) == []


# --- Content: a zip bomb, HTML, garbage -------------------------------------------------------------


def zip_bomb(megabytes: int) -> bytes:
    """A zip of one sheet of ``megabytes`` MiB of zeros, built without inflating anything in memory.

    After a full flush a deflate stream restarts from scratch, so the compressed form of every
    further MiB of zeros is the same bytes: compress one MiB and repeat it.
    """
    mebibyte = b"\0" * MiB
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(mebibyte) + compressor.flush(zlib.Z_FULL_FLUSH)
    data = block * megabytes + compressor.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(mebibyte, crc)
    size, name = megabytes * MiB, b"xl/worksheets/sheet1.xml"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(name), 0) + name
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), size, len(name), 0, 0, 0, 0, 0, 0
    )
    central += name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local) + len(data), 0)
    return local + data + central + end


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    """Runs the import task queued after commit, as the worker would."""
    return django_capture_on_commit_callbacks


def test_a_zip_bomb_named_xlsx_is_refused_before_it_is_inflated(hr_client, capture, monkeypatch):
    bomb = zip_bomb(400)
    import zipfile

    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        assert archive.infolist()[0].file_size == 400 * MiB  # what it claims to hold
    assert len(bomb) < 1 * MiB
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: pytest.fail("the workbook was opened"))
    tracemalloc.start()
    try:
        response = post_file(hr_client, "danh-sach.xlsx", bomb, capture, dry_run=False)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    job = OfficialImport.objects.get()
    assert response.status_code == 302
    assert job.status == ImportStatus.FAILED
    assert "would expand to far more data than a list of officials holds" in job.file_error
    assert peak < 32 * MiB  # nothing near the 400 MiB it would inflate to
    assert Official.objects.count() == Official.objects.filter(employee_code__in=["H001"]).count()
    page = hr_client.get(f"/hr/import/{job.pk}/")
    assert "refused for safety" in page.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("officials.csv", b"<html><body><script>alert('x')</script><h1>Danh s\xc3\xa1ch</h1></body></html>",
         "These columns are not recognised"),
        ("officials.xlsx", bytes(range(256)) * 64, "The file is not a valid Excel workbook"),
        ("officials.xlsx", b"PK\x03\x04" + b"\xff" * 4000, "The file is not a valid Excel workbook"),
        ("officials.csv", "employee_code,full_name\r\n".encode("utf-16"), "The file is not encoded in UTF-8"),
        ("officials.csv", b"", "The file is empty"),
        ("officials.csv", b"\x00" * 2048, "The first line must name the columns"),
        ("officials.csv", VALID_CSV.replace(b"U001", b"U\x00001"),
         "Line 2: The employee code “U\ufffd001” is not valid"),
    ],
    ids=["html-as-csv", "binary-as-xlsx", "broken-zip-as-xlsx", "utf16-csv", "empty-csv", "nul-bytes-csv",
         "nul-in-a-row"],
)  # fmt: skip
def test_a_file_that_is_not_a_list_of_officials_gets_a_clear_message(hr_client, capture, name, content, message):
    response = post_file(hr_client, name, content, capture, dry_run=False)
    if response.status_code == 400:  # refused by the form (an empty file)
        assert "The submitted file is empty." in response.content.decode()
        assert not OfficialImport.objects.exists()
        return
    assert response.status_code == 302
    job = OfficialImport.objects.get()
    assert job.status == ImportStatus.FAILED
    said = [job.file_error, *(f"Line {error['line']}: {error['message']}" for error in job.errors)]
    assert any(message in text for text in said), said
    assert not any("\x00" in text for text in said)  # PostgreSQL could not have stored it
    assert Official.objects.filter(created_at__gte=job.created_at).count() == 0
    page = hr_client.get(f"/hr/import/{job.pk}/").content.decode()
    assert escape(job.file_error or job.errors[0]["message"]) in page
    assert "<script>alert" not in page


# --- Names ------------------------------------------------------------------------------------------

HOSTILE_NAMES = [
    b'filename="../../evil.csv"',
    b'filename="..\\..\\..\\evil.csv"',
    b'filename="/etc/cron.d/evil.csv"',
    b'filename="C:\\Windows\\System32\\evil.csv"',
    b'filename="evil\x00.csv"',
    b'filename="evil.csv\x00.exe"',
    b'filename="evil.exe\x00.csv"',
    'filename="báo cáo\u202evsc.exe"'.encode(),
    'filename="danh sách \u202e\u200b.csv"'.encode(),
    b'filename="%2e%2e%2f%2e%2e%2fevil.csv"',
    b'filename="&#46;&#46;&#47;&#46;&#46;&#47;evil.csv"',
    b"filename*=UTF-8''..%2F..%2F..%2Fevil.csv",
    b'filename="' + b"a" * 400 + b'.csv"',
    b'filename="<script>alert(1)<\\/script>.csv"',
    b'filename=".."',
    b'filename=".csv"',
    b'filename="EVIL.CSV"',
    b'filename="evil.csv.html"',
    b'filename="line\rbreak.csv"',
]


@pytest.mark.parametrize("disposition", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_a_hostile_file_name_never_reaches_the_file_system(hr_client, storage_root, capture, disposition, tmp_path):
    body, content_type = multipart(disposition, VALID_CSV)
    with capture(execute=True):
        response = hr_client.post(IMPORT_URL, body, content_type=content_type)
    assert response.status_code in (302, 400), response.status_code
    for path in files_under(tmp_path):
        assert path.parent == storage_root / "imports", f"{path} was written outside the storage directory"
        assert STORED_NAME.match(path.relative_to(storage_root).as_posix())
    if response.status_code == 400:
        assert response.context["form"].errors["file"]
        assert not OfficialImport.objects.exists()
        assert files_under(tmp_path) == []
        return
    job = OfficialImport.objects.get()
    assert STORED_NAME.match(job.stored_name)
    assert (storage_root / job.stored_name).is_file()
    assert job.status == ImportStatus.SUCCEEDED and job.dry_run
    name = job.original_name
    assert name and len(name) <= 255
    assert not {"/", "\\", "\x00", "\r", "\n", "\u202e"} & set(name)
    assert name.lower().endswith(".csv")
    page = hr_client.get(f"/hr/import/{job.pk}/").content.decode()
    assert escape(name) in page


# --- Values in the cells ----------------------------------------------------------------------------


def test_hostile_cell_values_are_refused_with_their_line_or_kept_and_shown(hr_a, hr_client, settings, storage_root):
    """Each string in turn as the full name, the employee code and the position of an imported official."""
    from django.db import transaction

    program_build(courses=[], code="UPL")  # the HR pages show the figures of a program
    failures, cases = [], 0
    for column in ("full_name", "employee_code", "position"):
        for name, value in HOSTILE:
            cases += 1
            cells = {"employee_code": "V001", "full_name": "Võ Thị Năm", "position": "Chuyên viên", column: value}
            content = csv_file([cells["employee_code"], cells["full_name"], "v001@example.gov.vn", "D1-W1",
                                cells["position"]])  # fmt: skip
            with transaction.atomic():
                try:
                    problem = _import_case(hr_a, hr_client, column, value, content)
                finally:
                    transaction.set_rollback(True)
            if problem:
                failures.append(f"{column} <- {name}: {problem}")
    print(f"Import cells: {cases} cases")
    assert not failures, f"{len(failures)} of {cases} cases failed:\n" + "\n".join(failures)


def _import_case(hr, client, column: str, value: str, content: bytes) -> str:
    try:
        report = officials_import(source=io.BytesIO(content), filename="officials.csv", actor=hr, dry_run=False,
                                  invite=False)  # fmt: skip
    except Exception as exc:  # the worker would record "an unexpected error": a failure here
        return f"the import raised {type(exc).__name__}: {exc}"
    official = Official.objects.filter(user__email="v001@example.gov.vn").first()
    if not report.ok:
        if official is not None:
            return "refused, yet the official was saved"
        if not (report.file_error or all(error.line == 2 and error.message for error in report.errors)):
            return f"refused without naming line 2: {report.file_error or report.errors}"
        return ""
    if official is None:
        return "accepted, yet no official was saved"
    kept = getattr(official, column)
    typed = unicodedata.normalize("NFC", value).strip()  # the import stores composed text, trimmed
    if has_nul(kept):
        return "a NUL character was stored"
    if kept != typed:
        return f"stored {kept[:60]!r} instead of {typed[:60]!r}"
    for url in ("/hr/units/D1/", f"/hr/officials/{official.employee_code}/", "/hr/export/officials.xlsx"):
        response = client.get(url)
        if response.status_code != 200:
            return f"accepted, then {url} answers HTTP {response.status_code}"
        if url == "/hr/units/D1/" and column == "full_name" and escape(kept) not in response.content.decode():
            return "accepted, then not shown as typed on the unit's page"
    return ""


# --- Documents and images authored by trainers --------------------------------------------------------


@pytest.fixture
def trainer_client(trainer, settings, tmp_path) -> MFAClient:
    catalog_get()  # the authoring groups and their permissions on documents and images
    settings.MEDIA_ROOT = tmp_path / "media"
    client = MFAClient(raise_request_exception=False)
    client.force_login(trainer)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.mark.parametrize("name", ["guide.html", "guide.htm", "guide.svg", "guide.xhtml", "guide.js", "guide.php"])
def test_trainers_cannot_upload_documents_a_browser_would_run(trainer_client, name):
    assert name.rsplit(".", 1)[1] not in django_settings.WAGTAILDOCS_EXTENSIONS
    root = Collection.get_first_root_node()
    page = b"<html><script>alert(document.cookie)</script></html>"
    response = trainer_client.post(
        "/admin/documents/add/", {"title": "Hướng dẫn", "collection": root.pk, "file": SimpleUploadedFile(name, page)}
    )
    assert response.status_code == 200
    assert "is not allowed" in str(response.context["form"].errors["file"])
    assert not get_document_model().objects.exists()


def test_an_html_page_uploaded_as_text_is_never_served_as_a_page(trainer_client):
    root = Collection.get_first_root_node()
    page = b"<html><script>alert(document.cookie)</script></html>"
    response = trainer_client.post(
        "/admin/documents/add/",
        {"title": "Ghi chú", "collection": root.pk, "file": SimpleUploadedFile("ghi-chu.txt", page)},
    )
    assert response.status_code == 302
    document = get_document_model().objects.get()
    served = trainer_client.get(f"/documents/{document.pk}/{document.filename}")
    if served.status_code == 200:  # served by the application: an attachment, never inline
        assert served["Content-Disposition"].startswith("attachment")
        assert served["X-Content-Type-Options"] == "nosniff"
    else:
        # Served directly from /media/ by the web server, whose configuration makes every document an
        # attachment that no browser runs as a page.
        assert served.status_code == 302 and served["Location"].startswith(f"{django_settings.MEDIA_URL}documents/")
        nginx = (Path(django_settings.BASE_DIR) / "deploy" / "nginx-lms.conf").read_text()
        block = nginx[nginx.index("location /media/documents/") :]
        block = block[: block.index("}")]
        assert "add_header Content-Disposition attachment" in block
        assert "add_header X-Content-Type-Options nosniff" in block
        assert "sandbox" in block


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("anh.png", b"<html><script>alert(1)</script></html>"),
        ("anh.jpg", bytes(range(256)) * 16),
    ],
    ids=["svg", "html-as-png", "garbage-as-jpg"],
)
def test_trainers_cannot_upload_an_image_that_is_not_one(trainer_client, name, content):
    root = Collection.get_first_root_node()
    response = trainer_client.post(
        "/admin/images/add/", {"title": "Ảnh", "collection": root.pk, "file": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()
