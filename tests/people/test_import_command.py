"""python manage.py import_officials FILE [--dry-run] [--invite] [--by EMAIL]."""

from __future__ import annotations

import io

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from lms.audit.models import AuditEvent
from lms.people.models import Official

from .fixtures.import_files import csv_bytes, row

pytestmark = pytest.mark.django_db


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_officials", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def good_file(tmp_path):
    path = tmp_path / "officials.csv"
    path.write_bytes(csv_bytes([row("A001"), row("A002", unit="D2")]))
    return path


def test_the_command_imports_a_file_and_prints_the_counts(tree, good_file):
    out, _err = run(str(good_file))

    assert "officials.csv: 2 rows. Created 2, updated 0 (deactivated 0), unchanged 0." in out
    assert "Import saved." in out
    assert Official.objects.count() == 2
    summary = AuditEvent.objects.get(action="people.import")
    assert summary.actor is None and summary.target_label == "officials.csv"


def test_the_command_dry_run_saves_nothing(tree, good_file):
    out, _err = run(str(good_file), "--dry-run")

    assert "Would create 2" in out
    assert "Dry run: nothing was saved." in out
    assert Official.objects.count() == 0
    assert not AuditEvent.objects.exists()


def test_the_command_lists_bad_lines_and_exits_non_zero(tree, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_bytes([row("A001"), row("A002", unit="NOPE"), row("A003", level="boss")]))
    err = io.StringIO()

    with pytest.raises(CommandError, match=r"2 errors in 3 rows\. Nothing was saved\."):
        call_command("import_officials", str(path), stdout=io.StringIO(), stderr=err)

    assert "Line 3: The unit code “NOPE” does not exist." in err.getvalue()
    assert "Line 4: The leader level “boss” is not recognised" in err.getvalue()
    assert Official.objects.count() == 0


def test_the_command_refuses_an_oversize_file_before_reading_it(tree, tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.truncate(11 * 1024 * 1024)  # sparse: nothing is written to disk
    monkeypatch.setattr(
        "lms.people.management.commands.import_officials.officials_import",
        lambda **kwargs: pytest.fail("the file was read"),
    )

    with pytest.raises(CommandError, match="more than the limit of 10,485,760"):
        run(str(path))


def test_the_command_reports_a_missing_file(tree, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        run(str(tmp_path / "missing.csv"))


def test_the_command_reports_a_file_error_and_exits_non_zero(tree, tmp_path):
    path = tmp_path / "officials.csv"
    path.write_bytes(b"<html><body>Not a list</body></html>")
    with pytest.raises(CommandError, match=r"required columns are missing.*Nothing was saved"):
        run(str(path))


def test_the_command_by_an_hr_officer_applies_their_scope(tree, hr_a, good_file):
    with pytest.raises(CommandError, match="1 error in 2 rows"):
        run(str(good_file), "--by", "HR-A@example.gov.vn")
    assert Official.objects.filter(employee_code__in=["A001", "A002"]).count() == 0


def test_the_command_refuses_an_unknown_or_unauthorised_by(tree, learner, good_file):
    with pytest.raises(CommandError, match="No account"):
        run(str(good_file), "--by", "nobody@example.gov.vn")
    with pytest.raises(CommandError, match="neither an HR officer nor an administrator"):
        run(str(good_file), "--by", "learner@example.gov.vn")


def test_the_command_invites_new_officials_only_with_invite(tree, good_file, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        run(str(good_file))
    assert mail.outbox == []

    good_file.write_bytes(csv_bytes([row("A001"), row("A002", unit="D2"), row("A003")]))
    with django_capture_on_commit_callbacks(execute=True):
        run(str(good_file), "--invite")
    assert [message.to for message in mail.outbox] == [["a003@example.gov.vn"]]
