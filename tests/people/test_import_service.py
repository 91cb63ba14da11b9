"""The import service: what a good file does, and that a bad one changes nothing."""

from __future__ import annotations

import io

import pytest
from allauth.usersessions.models import UserSession
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import connection

from lms.audit.models import AuditEvent
from lms.people.factories import OfficialFactory
from lms.people.importing import officials_import
from lms.people.models import LeaderLevel, Official
from lms.people.signals import officials_placed

from .fixtures.import_files import HEADER, csv_bytes, row, rows, run_import, xlsx_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
User = get_user_model()


def counts() -> tuple[int, int, int]:
    return Official.objects.count(), User.objects.count(), AuditEvent.objects.count()


# --- Good files ----------------------------------------------------------------------------


@pytest.mark.parametrize("bom", [False, True], ids=["without-bom", "with-bom"])
def test_a_valid_csv_creates_officials_with_their_accounts(tree, bom):
    content = csv_bytes(
        [
            row("A001", name="Nguyễn Thị An", email="An.Nguyen@Example.gov.vn", unit="d1-w1", position="Chủ tịch",
                level="trưởng"),
            row("A002", name="Trần Văn Bình", unit="D1", level="Cấp phó", active="có"),
            row("A003", unit="D2-W1", level="", active="0"),
        ],
        bom=bom,
    )  # fmt: skip

    report = run_import(content)

    assert report.ok, report.errors
    assert (report.total_rows, report.created, report.updated, report.unchanged) == (3, 3, 0, 0)
    an = Official.objects.select_related("user", "unit").get(employee_code="A001")
    assert (an.full_name, an.unit.code, an.position, an.leader_level) == (
        "Nguyễn Thị An", "D1-W1", "Chủ tịch", LeaderLevel.HEAD,
    )  # fmt: skip
    assert an.user.email == "an.nguyen@example.gov.vn"
    assert (an.user.first_name, an.user.last_name) == ("Nguyễn Thị An", "")
    assert not an.user.has_usable_password()
    assert Official.objects.get(employee_code="A002").leader_level == LeaderLevel.DEPUTY
    inactive = Official.objects.select_related("user").get(employee_code="A003")
    assert inactive.leader_level == LeaderLevel.STAFF
    assert not inactive.is_active and not inactive.user.is_active


def test_an_xlsx_workbook_is_read_like_a_csv(tree):
    content = xlsx_bytes(
        [
            [12345, "Lê Văn Cường", "cuong@example.gov.vn", "D1-W2", "Chuyên viên", "deputy", True],
            ["X-2", "Phạm Thị Dung", "dung@example.gov.vn", "D1", None, None, 0],
        ]
    )

    report = run_import(content, filename="Danh sach.XLSX")

    assert report.ok, report.errors
    assert report.created == 2
    assert Official.objects.get(employee_code="12345").leader_level == LeaderLevel.DEPUTY
    assert not Official.objects.get(employee_code="X-2").is_active


def test_an_xlsx_row_error_names_the_row_of_the_sheet(tree):
    content = xlsx_bytes([row("A001"), [None] * 7, row("A002", unit="NOPE")])

    report = run_import(content, filename="officials.xlsx")

    assert [error.line for error in report.errors] == [4]


def test_columns_are_matched_whatever_their_case_order_and_surrounding_spaces(tree):
    header = [" Email ", "UNIT_CODE", "Full_Name", "employee_code "]
    content = csv_bytes([["a@example.gov.vn", "D1", "Ngô An", "A001"]], header=header)

    report = run_import(content)

    assert report.ok, report.errors
    assert Official.objects.get(employee_code="A001").user.email == "a@example.gov.vn"


def test_a_semicolon_separated_csv_from_excel_is_read(tree):
    report = run_import(csv_bytes([row("A001", name="Lý, Văn Tâm")], delimiter=";"))

    assert report.ok, report.errors
    assert Official.objects.get(employee_code="A001").full_name == "Lý, Văn Tâm"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("head", "head"), ("HEAD", "head"), ("Trưởng", "head"), ("cấp trưởng", "head"), ("deputy", "deputy"),
     ("PHÓ", "deputy"), ("Cấp phó", "deputy"), ("staff", "staff"), ("Nhân viên", "staff"),
     ("chuyên viên", "staff"), ("", "staff")],
)  # fmt: skip
def test_leader_levels_are_read_in_english_and_vietnamese(tree, value, expected):
    assert run_import(csv_bytes([row("A001", level=value)])).ok
    assert Official.objects.get(employee_code="A001").leader_level == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", True), ("true", True), ("Yes", True), ("CÓ", True), ("", True),
     ("0", False), ("FALSE", False), ("no", False), ("Không", False)],
)  # fmt: skip
def test_active_is_read_in_english_and_vietnamese(tree, value, expected):
    assert run_import(csv_bytes([row("A001", active=value)])).ok
    assert Official.objects.get(employee_code="A001").is_active is expected


def test_decomposed_vietnamese_is_stored_composed(tree):
    import unicodedata

    name = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    run_import(csv_bytes([row("A001", name=name)]))
    assert Official.objects.get(employee_code="A001").full_name == unicodedata.normalize("NFC", name)


def test_reimporting_the_same_file_adds_no_one(tree):
    content = csv_bytes([*rows(30), row("B001", unit="D2", level="phó", active="0")])
    first = run_import(content)
    before = counts()

    again = run_import(content)

    assert first.created == 31
    assert (again.created, again.updated, again.unchanged, again.deactivated) == (0, 0, 31, 0)
    officials, users, events = counts()
    assert (officials, users) == before[:2]
    assert events == before[2] + 1  # the summary only


def test_an_existing_official_is_updated_with_their_account(tree):
    official = OfficialFactory(employee_code="A001", unit=tree.d1_w1, user__email="old@example.gov.vn")
    content = csv_bytes([row("A001", name="Tên Mới", email="New@Example.gov.vn", unit="D1-W2", position="Phó",
                             level="head")])  # fmt: skip
    last_updated = official.updated_at

    report = run_import(content)

    assert (report.created, report.updated) == (0, 1)
    official.refresh_from_db()
    official.user.refresh_from_db()
    assert (official.full_name, official.unit, official.position, official.leader_level) == (
        "Tên Mới", tree.d1_w2, "Phó", LeaderLevel.HEAD,
    )  # fmt: skip
    assert (official.user.email, official.user.first_name) == ("new@example.gov.vn", "Tên Mới")
    assert official.updated_at > last_updated
    assert User.objects.count() == 1


def test_the_import_is_audited_once_as_a_whole_and_once_per_changed_official(tree, hr_a):
    OfficialFactory(employee_code="A001", unit=tree.d1_w1, full_name="Cũ", user__email="a001@example.gov.vn",
                    position="")  # fmt: skip
    OfficialFactory(employee_code="A002", unit=tree.d1_w1, full_name="Cán bộ A002", user__email="a002@example.gov.vn",
                    position="")  # fmt: skip
    content = csv_bytes([row("A001"), row("A002"), row("A003")])

    run_import(content, actor=hr_a)

    summary = AuditEvent.objects.get(action="people.import")
    assert summary.actor == hr_a
    assert summary.details == {
        "file": "officials.csv", "rows": 3, "created": 1, "updated": 1, "unchanged": 1, "deactivated": 0,
        "dry_run": False,
    }  # fmt: skip
    created = AuditEvent.objects.get(action="people.official_imported")
    assert (created.target_type, created.target_id) == ("people.official", str(Official.objects.get(
        employee_code="A003").pk))  # fmt: skip
    assert created.actor == hr_a
    updated = AuditEvent.objects.get(action="people.official_updated")
    assert updated.details["changes"] == {"full_name": ["Cũ", "Cán bộ A001"]}


def test_a_dry_run_reports_what_would_happen_and_changes_nothing(tree, django_capture_on_commit_callbacks):
    OfficialFactory(employee_code="A001", unit=tree.d1_w1, full_name="Cũ")
    before = counts()

    with django_capture_on_commit_callbacks() as callbacks:
        report = run_import(csv_bytes([row("A001"), row("A002")]), dry_run=True, invite=True)

    assert report.ok and report.dry_run
    assert (report.created, report.updated) == (1, 1)
    assert counts() == before
    assert Official.objects.get(employee_code="A001").full_name == "Cũ"
    assert callbacks == []


def test_a_file_path_is_accepted_as_source(tree, tmp_path):
    path = tmp_path / "officials.csv"
    path.write_bytes(csv_bytes([row("A001")]))
    report = officials_import(source=path, filename=path.name, actor=None, dry_run=False, invite=False)
    assert report.created == 1


# --- After commit: sessions, signal, invitations ----------------------------------------------


def test_deactivation_by_import_signs_the_official_out_everywhere(tree, client, django_capture_on_commit_callbacks):
    official = OfficialFactory(employee_code="A001", unit=tree.d1_w1, user__email="a001@example.gov.vn",
                               full_name="Cán bộ A001", position="")  # fmt: skip
    client.force_login(official.user)
    # allauth records a session when one signs in through its views; force_login does not.
    UserSession.objects.create(user=official.user, session_key=client.session.session_key, ip="127.0.0.1")

    with django_capture_on_commit_callbacks(execute=True):
        report = run_import(csv_bytes([row("A001", active="0")]))

    assert (report.updated, report.deactivated) == (1, 1)
    official.refresh_from_db()
    official.user.refresh_from_db()
    assert not official.is_active and not official.user.is_active
    assert not UserSession.objects.filter(user=official.user).exists()
    assert not Session.objects.exists()


def test_reactivation_by_import_restores_the_account(tree):
    official = OfficialFactory(employee_code="A001", unit=tree.d1_w1, is_active=False, user__is_active=False)

    report = run_import(csv_bytes([row("A001", active="1")]))

    assert report.updated == 1 and report.deactivated == 0
    official.refresh_from_db()
    official.user.refresh_from_db()
    assert official.is_active and official.user.is_active


def test_officials_placed_is_sent_after_commit_with_new_and_moved_officials(tree, django_capture_on_commit_callbacks):
    moved = OfficialFactory(employee_code="A001", unit=tree.d1_w1, user__email="a001@example.gov.vn")
    OfficialFactory(employee_code="A002", unit=tree.d1_w1, user__email="a002@example.gov.vn")
    received: list[list[int]] = []

    def receiver(sender, official_ids, **kwargs):
        received.append(official_ids)

    officials_placed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            run_import(csv_bytes([row("A001", unit="D1-W2"), row("A002", name="Renamed"), row("A003")]))
        assert received == []  # nothing before commit
        for callback in callbacks:
            callback()
    finally:
        officials_placed.disconnect(receiver)

    new = Official.objects.get(employee_code="A003")
    assert len(received) == 1
    assert sorted(received[0]) == sorted([moved.pk, new.pk])


@pytest.mark.parametrize("invite", [True, False])
def test_invitations_go_to_new_officials_only_when_asked(tree, hr_a, invite, django_capture_on_commit_callbacks):
    OfficialFactory(employee_code="A001", unit=tree.d1_w1, full_name="Cũ", user__email="a001@example.gov.vn")
    content = csv_bytes([row("A001"), row("A002"), row("A003"), row("A004", active="0")])

    with django_capture_on_commit_callbacks(execute=True):
        run_import(content, actor=hr_a, invite=invite)

    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == (["a002@example.gov.vn", "a003@example.gov.vn"] if invite else [])


# --- Row errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (row("", email="x@example.gov.vn"), "“employee_code” is empty"),
        (row("A009", name=""), "“full_name” is empty"),
        (row("A009", email=""), "“email” is empty"),
        (row("A009", unit=""), "“unit_code” is empty"),
        (row("A 009", email="x@example.gov.vn"), "employee code “A 009” is not valid"),
        (row("A" * 33, email="x@example.gov.vn"), "is not valid"),
        (row("A009", name="N" * 201), "201 characters"),
        (row("A009", name="Nguyễn\x00An"), "invisible control character"),
        (row("A009", position="P" * 201), "“position” has 201 characters"),
        (row("A009", email="not-an-email"), "“not-an-email” is not a valid email address"),
        (row("A009", email="taken@example.gov.vn"), "already used by another account"),
        (row("A009", email="admin@example.gov.vn"), "already used by another account"),
        (row("A009", unit="NOPE"), "unit code “NOPE” does not exist"),
        (row("A009", level="chief"), "leader level “chief” is not recognised"),
        (row("A009", active="maybe"), "“maybe” in the column “active” is not recognised"),
        ([*row("A009"), "spill"], "more values than there are columns"),
    ],
)
def test_a_file_with_one_bad_row_names_that_line_and_saves_nothing(tree, admin_user, bad, message):
    OfficialFactory(employee_code="T001", unit=tree.d1, user__email="taken@example.gov.vn")
    existing = OfficialFactory(employee_code="A001", unit=tree.d1_w1, full_name="Cũ")
    before = counts()

    report = run_import(csv_bytes([row("A001"), row("A002"), bad]))

    assert not report.ok
    assert [error.line for error in report.errors] == [4]
    assert message in report.errors[0].message
    assert str(report.errors[0]).startswith("Line 4: ")
    assert counts() == before
    existing.refresh_from_db()
    assert existing.full_name == "Cũ"
    assert (report.created, report.updated) == (0, 0)


def test_line_numbers_are_lines_of_the_file_even_after_a_multiline_value(tree):
    content = csv_bytes([row("A001", position="Phó Chủ tịch\nphụ trách CCHC"), row("A002", unit="NOPE")])

    report = run_import(content)

    # A line break is no part of a position: refused, on the line where the record starts.
    assert [(error.line, error.message) for error in report.errors] == [
        (2, "The value in “position” contains a line break or another invisible control character; type it again."),
        (4, "The unit code “NOPE” does not exist."),
    ]


def test_a_duplicate_employee_code_names_both_lines(tree):
    report = run_import(csv_bytes([row("A001"), row("A002"), row("A001", email="other@example.gov.vn")]))

    assert [(error.line, error.message) for error in report.errors] == [
        (4, "The employee code “A001” also appears on line 2.")
    ]
    assert Official.objects.count() == 0


def test_a_duplicate_email_names_both_lines(tree):
    report = run_import(csv_bytes([row("A001", email="same@example.gov.vn"), row("A002", email="SAME@example.gov.vn")]))

    assert [(error.line, error.message) for error in report.errors] == [
        (3, "The email address “same@example.gov.vn” is also used on line 2.")
    ]


def test_an_officials_own_email_is_not_a_conflict(tree):
    OfficialFactory(employee_code="A001", unit=tree.d1_w1, user__email="a001@example.gov.vn")
    assert run_import(csv_bytes([row("A001", email="A001@example.gov.vn")])).ok


def test_the_list_of_errors_is_capped_but_all_are_counted(tree):
    report = run_import(csv_bytes(rows(250, unit="NOPE")))

    assert report.error_count == 250
    assert len(report.errors) == 200


# --- HR scope ----------------------------------------------------------------------------------


def test_an_hr_officer_imports_into_their_units(tree, hr_a):
    report = run_import(csv_bytes([row("A001", unit="D1"), row("A002", unit="D1-W2")]), actor=hr_a)
    assert report.ok and report.created == 2


def test_an_hr_officer_cannot_import_into_a_unit_outside_their_scope(tree, hr_a):
    report = run_import(csv_bytes([row("A001", unit="D1"), row("A002", unit="D2")]), actor=hr_a)

    assert [(error.line, error.message) for error in report.errors] == [(3, "The unit “D2” is outside your scope.")]
    assert Official.objects.filter(employee_code__in=["A001", "A002"]).count() == 0


def test_an_hr_officer_cannot_update_an_official_of_another_district(tree, hr_a, outsider):
    report = run_import(csv_bytes([row("O001", email="outsider@example.gov.vn", unit="D1")]), actor=hr_a)

    assert [error.message for error in report.errors] == ["The official “O001” belongs to a unit outside your scope."]
    assert outsider.official.unit == tree.d2_w1


def test_an_administrator_and_the_command_line_have_no_scope_limit(tree, admin_user):
    assert run_import(csv_bytes([row("A001", unit="D2")]), actor=admin_user).ok
    assert run_import(csv_bytes([row("A002", unit="D2-W1")]), actor=None).ok


def test_an_hr_officer_cannot_change_the_email_of_a_staff_account(tree, hr_a, admin_user):
    trainer_like = OfficialFactory(employee_code="S001", unit=tree.d1_w1, user__is_staff=True,
                                   user__email="staff@example.gov.vn")  # fmt: skip
    content = csv_bytes([row("S001", email="attacker@example.gov.vn")])

    report = run_import(content, actor=hr_a)

    assert "only an administrator" in report.errors[0].message
    trainer_like.user.refresh_from_db()
    assert trainer_like.user.email == "staff@example.gov.vn"
    assert run_import(content, actor=admin_user).ok


def test_an_hr_officer_cannot_deactivate_another_hr_officer(tree, hr_a, hr_without_mfa):
    report = run_import(csv_bytes([row("H003", email="hr-nomfa@example.gov.vn", unit="D1", active="0")]), actor=hr_a)
    assert "only an administrator" in report.errors[0].message


def test_an_hr_officer_cannot_bring_back_a_staff_account_an_administrator_switched_off(tree, hr_a, admin_user):
    staff = OfficialFactory(
        employee_code="S002", unit=tree.d1_w1, user__is_staff=True, user__email="off@example.gov.vn"
    )
    from lms.people.services import official_set_active

    official_set_active(official=staff, active=False, actor=admin_user)
    report = run_import(csv_bytes([row("S002", email="off@example.gov.vn", active="1")]), actor=hr_a)
    assert "only an administrator" in report.errors[0].message
    staff.user.refresh_from_db()
    assert not staff.user.is_active


# --- File errors ---------------------------------------------------------------------------------


def test_an_oversize_file_is_refused_before_it_is_read(tree, tmp_path, monkeypatch, settings):
    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.truncate(settings.LMS_MAX_UPLOAD_BYTES + 1)  # sparse: no data written
    monkeypatch.setattr("lms.people.importing.workflow._read", lambda *args: pytest.fail("the content was read"))

    report = officials_import(source=path, filename=path.name, actor=None, dry_run=False, invite=False)

    assert report.file_error == "The file is larger than 10 MB. Split it into several files."


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"employee_code", "officials.xls", "Only .csv and .xlsx files"),
        (b"", "officials.csv", "The file is empty."),
        (b"\r\n \r\n", "officials.csv", "The file is empty."),
        (",".join(HEADER).encode(), "officials.csv", "has no rows of officials"),
        ("employee_code,full_name,email,unit_code\r\nA1,Đàm An,a@x.vn,D1\r\n".encode("cp1258"), "o.csv", "UTF-8"),
        (b"employee_code,full_name,unit_code\r\nA1,An,D1\r\n", "o.csv", "required columns are missing: “email”"),
        (b"employee_code,full_name,email,unit_code,emial\r\nA1,An,a@x.vn,D1,\r\n", "o.csv", "not recognised: “emial”"),
        (b"employee_code,full_name,email,unit_code,email\r\n", "o.csv", "more than once"),
        (b"<!DOCTYPE html><html><body>Sign in</body></html>", "officials.csv", "required columns are missing"),
        (b"PK\x03\x04 this is not really a workbook", "officials.xlsx", "not a valid Excel workbook"),
        (b"employee_code,full_name,email,unit_code\r\n", "officials.xlsx", "not a valid Excel workbook"),
        (b"employee_code,full_name,email,unit_code\r\nA1," + b"x" * 200_000, "officials.csv", "cannot be read as CSV"),
    ],
    ids=["extension", "empty", "blank", "header-only", "not-utf8", "missing-column", "unknown-column",
         "repeated-column", "html", "broken-zip", "csv-named-xlsx", "huge-field"],
)  # fmt: skip
def test_a_bad_file_is_refused_with_a_clear_message(tree, content, filename, message):
    before = counts()

    report = run_import(content, filename=filename)

    assert message in report.file_error
    assert counts() == before


def test_a_file_with_more_rows_than_allowed_is_refused(tree, settings):
    settings.LMS_IMPORT_MAX_ROWS = 3
    report = run_import(csv_bytes(rows(4)))
    assert report.file_error == "The file has more than 3 rows. Split it into several files."
    assert Official.objects.count() == 0


def test_a_zip_bomb_named_xlsx_is_refused_before_it_is_decompressed(tree, monkeypatch):
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 1024 * 1024))
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: pytest.fail("the workbook was opened"))

    report = run_import(buffer.getvalue(), filename="officials.xlsx")

    assert "refused for safety" in report.file_error
    assert len(buffer.getvalue()) < 1024 * 1024


def test_imports_use_a_bounded_number_of_queries(tree, hr_a, django_assert_max_num_queries):
    # 1,500 rows are three chunks: a query per row would show at once.
    content = csv_bytes(rows(1500))
    # (SQLite inserts fewer than 100 rows per statement: its limit is 999 parameters.)
    with django_assert_max_num_queries(80):
        assert run_import(content, actor=hr_a).created == 1500
    with django_assert_max_num_queries(20):
        assert run_import(content, actor=hr_a).unchanged == 1500


def test_an_import_updates_officials_in_id_order_whatever_the_order_of_the_file(tree):
    # Every transaction that locks many officials (the batched certificate evaluation too) takes them
    # in id order, so an import running beside it cannot deadlock with it.
    first, second, third = (OfficialFactory(employee_code=f"ORD{n}", unit=tree.d1_w1) for n in range(3))
    content = csv_bytes([row(o.employee_code, position="Chuyên viên chính") for o in (third, first, second)])
    updated: list[int] = []

    def spy(execute, sql, params, many, context):
        if many and sql.startswith('UPDATE "people_official"'):
            updated.extend(values[-1] for values in params)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(spy):
        report = run_import(content)
    assert report.ok and report.updated == 3
    assert updated == sorted([first.pk, second.pk, third.pk])
