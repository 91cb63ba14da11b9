"""The HR dashboard reads precomputed figures; drill-downs and exports stay inside the officer's scope."""

from __future__ import annotations

import io
from datetime import timedelta
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from certification.dashboard import trend
from certification.exports import exports_prune
from certification.factories import certificate_grant
from certification.mandates import mandate_create
from certification.models import Export, TrainingMandate, UnitRollup, UnitSnapshot
from certification.rollups import rollup_figures, rollups_refresh, snapshots_take
from courses.models import LessonProgress
from lms.people.factories import OfficialFactory
from lms.people.models import LeaderLevel, Official, Unit
from lms.people.services import unit_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def population(tree, program, courses, learner, hr_a):
    """D1-W1: learner (deputy, certified), a head (overdue), a staff member in progress, one named '=cmd'."""
    certificate_grant(learner.official, program)
    head = OfficialFactory(
        employee_code="W1H", full_name="Trưởng Phường", unit=tree.d1_w1, leader_level=LeaderLevel.HEAD
    )
    busy = OfficialFactory(employee_code="W1S", unit=tree.d1_w1, leader_level=LeaderLevel.STAFF)
    OfficialFactory(employee_code="EVIL", full_name='=HYPERLINK("http://x")', unit=tree.d1_w2)
    OfficialFactory(employee_code="D2X", unit=tree.d2_w1)
    lesson = courses[0].get_children().first()
    LessonProgress.objects.create(official=busy, lesson_key=lesson.translation_key,
                                  course_key=courses[0].translation_key, first_viewed_at=timezone.now())  # fmt: skip
    mandate, _count = mandate_create(program=program, unit=tree.d1_w1, due_date=timezone.localdate(), by=hr_a)
    TrainingMandate.objects.filter(pk=mandate.pk).update(due_date=timezone.localdate() - timedelta(days=3))
    rollups_refresh()
    snapshots_take()
    return {"head": head, "busy": busy}


def _row(response, code):
    return next(row for row in response.context["rows"] if row.unit.code == code)


def test_dashboard_shows_each_units_figures_including_sub_units(client, hr_a, population, tree):
    client.force_login(hr_a)
    response = client.get("/hr/")
    assert response.status_code == 200
    ward = _row(response, "D1-W1").figures
    # learner, head, busy, and the HR officer's own record is in D1 (not the ward).
    assert (ward.officials, ward.leaders, ward.certified, ward.leaders_certified) == (3, 2, 1, 1)
    assert (ward.in_progress, ward.not_started, ward.overdue, ward.percent, ward.leaders_percent) == (1, 1, 2, 33, 50)
    district = _row(response, "D1").figures
    assert district.officials == 5  # the ward's three, '=cmd' in D1-W2, and hr_a in D1
    assert [row.unit.code for row in response.context["rows"]] == ["D1", "D1-W1", "D1-W2"]
    assert "<svg" in response.content.decode()
    ordered = client.get("/hr/", {"sort": "-overdue"}).context["rows"]
    assert [row.figures.overdue for row in ordered] == sorted((row.figures.overdue for row in ordered), reverse=True)


def test_a_certificate_updates_the_units_figures_without_waiting_for_the_reconcile(outsider, earn, program, tree):
    rollups_refresh()
    assert UnitRollup.objects.get(unit=tree.d2_w1, program=program).certified == 0
    earn(outsider)
    assert UnitRollup.objects.get(unit=tree.d2_w1, program=program).certified == 1


def _dashboard_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/hr/").status_code == 200
    return len(queries)


def test_dashboard_queries_do_not_grow_with_officials_or_units(client, admin_user, program, tree):
    rollups_refresh()
    client.force_login(admin_user)
    client.get("/hr/")
    small = _dashboard_queries(client)
    for number in range(20):
        unit = unit_create(code=f"X{number}", name=f"Đơn vị {number}", parent=tree.d2)
        for person in range(5):
            OfficialFactory(employee_code=f"X{number}-{person}", unit=unit)
    rollups_refresh()
    assert _dashboard_queries(client) == small


def test_a_city_wide_dashboard_shows_two_levels_each_summing_its_subtree(client, admin_user, population, tree):
    client.force_login(admin_user)
    response = client.get("/hr/")
    rows = response.context["rows"]
    # The wards are not listed; their officials are counted in their district's row.
    assert [row.unit.code for row in rows] == ["CITY", "D1", "D2"]
    assert _row(response, "D1").figures.officials == 5
    assert _row(response, "D2").figures.officials == 1
    city = _row(response, "CITY").figures
    assert city.officials == Official.objects.filter(is_active=True).count() == response.context["total"].officials
    assert (city.certified, city.overdue) == (1, 2)
    html = response.content.decode()
    assert 'href="/hr/units/D1/?program=' in html and "D1-W1" not in html
    # Sorting orders the children under their parent, which stays first.
    ordered = [row.unit.code for row in client.get("/hr/", {"sort": "officials"}).context["rows"]]
    assert ordered == ["CITY", "D2", "D1"]
    # One level further down, the district lists its wards.
    subunits = client.get("/hr/units/D1/").context["subunits"]
    assert [(row.unit.code, row.figures.officials) for row in subunits] == [("D1-W1", 3), ("D1-W2", 1)]


def test_a_long_list_of_sub_units_comes_a_page_at_a_time_under_its_parent(client, hr_a, population, tree):
    for number in range(55):
        unit_create(code=f"D1-X{number:02d}", name=f"Tổ {number:02d}", parent=tree.d1)
    rollups_refresh()
    client.force_login(hr_a)
    first = client.get("/hr/")
    codes = [row.unit.code for row in first.context["rows"]]
    assert codes[0] == "D1" and len(codes) == 51 and first.context["page"].paginator.count == 57
    second = client.get("/hr/", {"page": 2})
    rest = [row.unit.code for row in second.context["rows"]]
    assert rest[0] == "D1" and len(rest) == 1 + 7 and not set(codes[1:]) & set(rest[1:])
    assert second.context["total"].officials == first.context["total"].officials == 5
    assert 'href="?page=1"' in second.content.decode()


def test_the_trend_reads_each_days_subtree_totals(client, hr_a, population, tree, program):
    snapshot = UnitSnapshot.objects.get(unit=tree.d1, program=program, day=timezone.localdate())
    assert (snapshot.officials, snapshot.tree_officials, snapshot.tree_certified) == (1, 5, 1)
    city = UnitSnapshot.objects.get(unit=tree.city, program=program, day=timezone.localdate())
    assert city.tree_officials == Official.objects.filter(is_active=True).count()
    assert trend([tree.d1], program) == [(timezone.localdate(), 20)]
    # Snapshots stored before the subtree totals existed get them from the migration.
    UnitSnapshot.objects.update(tree_officials=0, tree_certified=0)
    import_module("certification.migrations.0007_snapshot_subtree_totals").backfill(django_apps, None)
    snapshot.refresh_from_db()
    assert (snapshot.tree_officials, snapshot.tree_certified) == (5, 1)


def test_hr_of_another_district_cannot_reach_these_officials_by_any_url(client, hr_b, population, learner):
    client.force_login(hr_b)
    codes = [row.unit.code for row in client.get("/hr/").context["rows"]]
    assert codes == ["D2", "D2-W1"]
    for url in ("/hr/units/D1/", "/hr/units/D1-W1/", "/hr/officials/L001/", "/hr/roles/officials/L001/",
                "/hr/export/officials.xlsx?unit=D1", "/hr/export/officials.csv?unit=D1-W1"):  # fmt: skip
        assert client.get(url).status_code == 404, url
    exported = client.get("/hr/export/officials.csv").content.decode("utf-8-sig")
    assert "L001" not in exported and "D2X" in exported
    filtered = client.get("/hr/units/D2/", {"status": "overdue"}).context["page"].paginator.count
    assert filtered == 0


def test_drill_down_to_a_unit_and_one_official(client, hr_a, population, learner):
    client.force_login(hr_a)
    overdue = client.get("/hr/units/D1/", {"status": "overdue"}).context["page"].object_list
    assert sorted(o.employee_code for o in overdue) == ["W1H", "W1S"]
    leaders = client.get("/hr/units/D1/", {"level": "leaders"}).context["page"].object_list
    assert sorted(o.employee_code for o in leaders) == ["L001", "W1H"]
    page = client.get("/hr/officials/L001/")
    assert page.status_code == 200
    assert [c.serial for c in page.context["certificates"]] == [learner.official.certificates.get().serial]


def test_xlsx_export_matches_the_dashboard_and_neutralises_formulas(client, hr_a, population):
    client.force_login(hr_a)
    figures = {row.unit.code: row.figures for row in client.get("/hr/").context["rows"]}
    response = client.get("/hr/export/dashboard.xlsx")
    assert response["Content-Disposition"].startswith("attachment;")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    exported = {row[0]: row for row in rows[1:]}
    for code, f in figures.items():
        assert exported[code][2:] == (f.officials, f.leaders, f.percent, f.leaders_percent, f.in_progress,
                                      f.not_started, f.overdue, f.expiring)  # fmt: skip
    officials = load_workbook(io.BytesIO(client.get("/hr/export/officials.xlsx?unit=D1").content)).active
    names = [row[1] for row in officials.iter_rows(values_only=True)]
    assert '\'=HYPERLINK("http://x")' in names
    assert all(not str(name).startswith("=") for name in names)


def test_large_exports_run_as_a_task_that_only_the_requester_can_download(
    client, hr_a, admin_user, population, settings
):
    settings.LMS_EXPORT_INLINE_MAX_ROWS = 2
    client.force_login(hr_a)
    response = client.get("/hr/export/officials.csv?unit=D1")
    job = Export.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/hr/exports/{job.pk}/"
    status = client.get(f"/hr/exports/{job.pk}/", {"format": "json"}).json()
    assert status["ready"] and status["percent"] == 100 and status["total"] == 5
    download = client.get(f"/hr/exports/{job.pk}/download/")
    assert "W1H" in b"".join(download.streaming_content).decode("utf-8-sig")
    client.force_login(admin_user)
    assert client.get(f"/hr/exports/{job.pk}/download/").status_code == 404
    assert client.get(f"/hr/exports/{job.pk}/").status_code == 404


def test_background_exports_and_their_files_are_deleted_after_the_keeping_period(client, hr_a, population, settings):
    settings.LMS_EXPORT_INLINE_MAX_ROWS = 2
    client.force_login(hr_a)
    client.get("/hr/export/officials.csv?unit=D1")
    client.get("/hr/export/officials.xlsx?unit=D1")
    old, recent = Export.objects.order_by("pk")
    Export.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=8))
    private = storages["private"]
    assert private.exists(old.stored_name) and private.exists(recent.stored_name)
    assert exports_prune(older_than=timedelta(days=7)) == 1
    assert not private.exists(old.stored_name) and private.exists(recent.stored_name)
    assert client.get(f"/hr/exports/{old.pk}/download/").status_code == 404
    assert client.get(f"/hr/exports/{recent.pk}/download/").status_code == 200


def test_transparency_board_is_public_with_unit_figures_only(client, population, settings):
    response = client.get("/transparency/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Quận 1" in html and "Trưởng Phường" not in html and "L001" not in html
    settings.LMS_TRANSPARENCY_NAME_LEADERS_OVERDUE_DAYS = "2"
    assert "Trưởng Phường" in client.get("/transparency/").content.decode()
    settings.LMS_TRANSPARENCY_NAME_LEADERS_OVERDUE_DAYS = "5"
    assert "Trưởng Phường" not in client.get("/transparency/").content.decode()


def test_generated_load_data_has_consistent_figures(client, admin_user, program):
    call_command("generate_load_data", "--officials", "300", "--units", "12", stdout=io.StringIO())
    assert Official.objects.filter(employee_code__startswith="LOAD").count() == 300
    assert Unit.objects.filter(code__startswith="LOAD").count() == 12
    stored = {r.unit_id: r.certified for r in UnitRollup.objects.filter(program=program)}
    fresh = {unit: values["certified"] for unit, values in rollup_figures(program).items()}
    assert stored == fresh and sum(fresh.values()) > 0
    client.force_login(admin_user)
    row = next(r for r in client.get("/hr/").context["rows"] if r.unit.code == "LOAD")
    assert row.figures.officials == 300
