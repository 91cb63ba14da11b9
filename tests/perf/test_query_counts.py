"""Query counts that do not grow with the data.

Every listing, dashboard, export and batch runs at N=10 and again at N=100 of the things it lists
(more than one page where the page paginates), each time after a warm-up run. Pages, exports and
table-wide jobs must run the same number of queries at both sizes. Batches that must write or send
something per item (a certificate, an email, a suspension) must cost the same stated number of
queries per item: queries(N=100) - queries(N=10) == 90 x per item.
"""

from __future__ import annotations

import csv
import io
import math
import re
import secrets
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.signal_handlers import disable_reference_index_auto_update

from certification.exports import export_run
from certification.factories import program_build, role_build
from certification.gate import assignments_sweep
from certification.issuance import programs_evaluate_batch
from certification.mandates import mandate_reminders_send, mandates_apply_to, mandates_reconcile, unit_digests_send
from certification.models import (
    AssignmentStatus,
    Certificate,
    CertificateStatus,
    CertificationProgram,
    Enrolment,
    Export,
    FlagKind,
    IntegrityFlag,
    ReformRole,
    RoleAssignment,
    RoleRequirement,
    TrainingMandate,
    UnitRollup,
    UnitSnapshot,
)
from certification.rollups import rollups_refresh, snapshots_take
from certification.services import TOPIC_EVALUATE, expiry_reminders_send
from certification.views_hr import UNITS_PER_PAGE
from courses.factories import course_build, lesson_add
from courses.models import CourseCompletion, CoursePage, LessonPage, LessonProgress
from courses.selectors import live_lessons
from lms.audit.models import AuditEvent
from lms.outbox.models import OutboxMessage
from lms.outbox.services import outbox_drain
from lms.people.models import LeaderLevel, Official, OfficialImport, Unit
from lms.people.services import unit_create
from quizzes.models import AttemptStatus, QuizAttempt, QuizPage
from quizzes.selectors import final_quiz_of

pytestmark = pytest.mark.django_db

SMALL, LARGE = 10, 100
PAGE = 50  # the HR lists' and the API's page size
TREE_UNITS = 6  # the units of the ``tree`` fixture

# --- Counting ------------------------------------------------------------------------------------------


class Counted:
    """The statements one action ran, and what it returned."""

    def __init__(self, context: CaptureQueriesContext, result: Any) -> None:
        self.sql = [query["sql"] for query in context.captured_queries]
        self.result = result

    def __len__(self) -> int:
        return len(self.sql)


def counted(action: Callable[[], Any]) -> Counted:
    with CaptureQueriesContext(connection) as context:
        result = action()
    return Counted(context, result)


def _shape(sql: str) -> str:
    """The statement with its literals and IN lists blurred: one query per row shows up as one shape repeated."""
    sql = re.sub(r'"s\d+_x\d+"', '"savepoint"', sql)
    return re.sub(r"IN \([^()]*\)", "IN (...)", re.sub(r"'[^']*'|\b\d+\b", "?", sql))


def growth(small: Counted, large: Counted) -> str:
    before, after = Counter(map(_shape, small.sql)), Counter(map(_shape, large.sql))
    grown = sorted(((after[sql] - before[sql], sql) for sql in after if after[sql] > before[sql]), reverse=True)
    lines = [f"{len(small)} queries at N={SMALL}, {len(large)} at N={LARGE}; the statements that grew:"]
    return "\n".join(lines + [f"  +{count} x {sql[:400]}" for count, sql in grown[:6]])


def assert_flat(
    action: Callable[[], Any], grow: Callable[[int], None], shows: Callable[[Any, int], None],
    measure: Callable[[Counted], int] = len,
) -> None:  # fmt: skip
    """At N=10, then N=100: grow, warm up, count one run, check that it shows the N things. Same count at both."""
    runs = []
    for size in (SMALL, LARGE):
        grow(size)
        action()
        run = counted(action)
        shows(run.result, size)
        runs.append(run)
    small, large = runs
    assert measure(large) == measure(small), growth(small, large)


def per_item_runs(run: Callable[[], Any], build: Callable[[int], None], shows: Callable[[Any, int], None]):
    """A batch over N fresh items at each size, each size inside a savepoint that is rolled back afterwards."""
    runs = []
    for size in (SMALL, LARGE):
        with transaction.atomic():
            build(size)
            result = counted(run)
            shows(result.result, size)
            runs.append(result)
            transaction.set_rollback(True)
    return runs


def assert_per_item(
    run: Callable[[], Any], build: Callable[[int], None], shows: Callable[[Any, int], None], per_item: int
) -> None:
    small, large = per_item_runs(run, build, shows)
    expected = f"expected {per_item} queries per item; "
    assert len(large) - len(small) == (LARGE - SMALL) * per_item, expected + growth(small, large)


def clock_reads(count: int) -> int:
    """Queries that read the database's clock: ``db_now()`` asks PostgreSQL, and reads SQLite's host clock."""
    return count if connection.vendor == "postgresql" else 0


def grower(add: Callable[[int, int], None]) -> Callable[[int], None]:
    """``grow(n)`` calls ``add(start, count)`` for what is missing to reach n."""
    state = {"made": 0}

    def grow(size: int) -> None:
        add(state["made"], size - state["made"])
        state["made"] = size

    return grow


def ok(response):
    assert response.status_code == 200, response.status_code
    return response


# --- Builders: bulk inserts where the factories would be slow ------------------------------------------


@contextmanager
def pages_unindexed() -> Iterator[None]:
    """Build pages without updating the search and reference indexes: no page measured here reads them,
    and it halves the time a page takes to create."""
    backends = {name: {**config, "AUTO_UPDATE": False} for name, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), disable_reference_index_auto_update():
        yield


def courses_make(start: int, count: int, *, prefix: str) -> list[CoursePage]:
    """Live courses of one lesson each, without revisions (listed the same as published ones, and faster)."""
    with pages_unindexed():
        return [course_build(title=f"Khóa {prefix} {n:04d}", slug=f"{prefix.lower()}-{n:04d}", lessons=1,
                             publish=False) for n in range(start, start + count)]  # fmt: skip


def officials_make(
    unit: Unit, start: int, count: int, *, prefix: str, level: str = LeaderLevel.STAFF
) -> list[Official]:
    user_model = get_user_model()
    numbers = range(start, start + count)
    users = user_model.objects.bulk_create(
        [user_model(email=f"{prefix.lower()}{n}@perf.example.gov.vn", password="!") for n in numbers]
    )
    return Official.objects.bulk_create([
        Official(user=user, employee_code=f"{prefix}{n:05d}", full_name=f"Cán bộ {prefix} {n:05d}", unit=unit,
                 position="Chuyên viên", leader_level=level)
        for n, user in zip(numbers, users, strict=True)
    ])  # fmt: skip


def units_make(parent: Unit, start: int, count: int, *, prefix: str) -> list[Unit]:
    return [unit_create(code=f"{prefix}{n:04d}", name=f"Đơn vị {prefix} {n:04d}", parent=parent)
            for n in range(start, start + count)]  # fmt: skip


def certificates_make(
    officials: list[Official], program: CertificationProgram, *, status: str = CertificateStatus.ACTIVE,
    issued_at=None, expires_at=None,
) -> list[Certificate]:  # fmt: skip
    issued_at = issued_at or timezone.now() - timedelta(days=30)
    first = Certificate.objects.count()
    return Certificate.objects.bulk_create([
        Certificate(
            program=program, official=official, serial=f"{program.code}-P-{first + n:07d}",
            verification_code=secrets.token_urlsafe(24), status=status, holder_name=official.full_name,
            unit_name="Đơn vị", program_name=program.name, program_name_en=program.name_en,
            courses=[{"key": "k", "title": "Khóa học", "title_en": "Course"}], issued_at=issued_at,
            expires_at=expires_at or program.expiry_for(issued_at),
            revoked_at=issued_at if status == CertificateStatus.REVOKED else None,
            superseded_at=issued_at if status == CertificateStatus.SUPERSEDED else None,
        )
        for n, official in enumerate(officials)
    ])  # fmt: skip


SERVED = [{"id": "q1", "type": "single", "text": "<p>Câu 1</p>", "image_id": None, "image_alt": "",
           "answers": [{"id": "a1", "text": "Đúng"}, {"id": "a2", "text": "Sai"}]}]  # fmt: skip


def attempts_make(official: Official, quiz: QuizPage, start: int, count: int, *, passed: bool = False):
    now = timezone.now()
    return QuizAttempt.objects.bulk_create([
        QuizAttempt(official=official, quiz=quiz, quiz_key=quiz.translation_key, number=n + 1,
                    status=AttemptStatus.SUBMITTED, started_at=now - timedelta(minutes=n), submitted_at=now,
                    served=SERVED, answer_key={"q1": {"correct": ["a1"], "scoring": "all"}},
                    answers={"q1": ["a1" if passed else "a2"]}, score=100 if passed else 0, passed=passed,
                    client_ip="10.0.0.1")
        for n in range(start, start + count)
    ])  # fmt: skip


def flags_make(attempts: list[QuizAttempt]) -> list[IntegrityFlag]:
    return IntegrityFlag.objects.bulk_create([
        IntegrityFlag(official_id=a.official_id, attempt=a, kind=FlagKind.SHARED_DEVICE, details={"officials": 3})
        for a in attempts
    ])  # fmt: skip


def roles_make(start: int, count: int, programs: list[CertificationProgram]) -> list[ReformRole]:
    numbers = range(start, start + count)
    return [role_build(code=f"role-{n:04d}", programs=programs, name=f"Vai trò {n}") for n in numbers]


def assignments_make(pairs: list[tuple[Official, ReformRole]]) -> list[RoleAssignment]:
    now = timezone.now()
    return RoleAssignment.objects.bulk_create([
        RoleAssignment(official=official, role=role, unit_id=official.unit_id, assigned_at=now,
                       status=AssignmentStatus.ACTIVE, status_changed_at=now)
        for official, role in pairs
    ])  # fmt: skip


def mandates_make(unit: Unit, program: CertificationProgram, count: int, *, by, due_in_days: int = 30):
    due = timezone.localdate() + timedelta(days=due_in_days)
    return TrainingMandate.objects.bulk_create(
        [TrainingMandate(program=program, unit=unit, due_date=due, created_by=by) for _n in range(count)]
    )


def enrol(mandates: list[TrainingMandate], officials: list[Official]) -> None:
    Enrolment.objects.bulk_create([Enrolment(mandate=m, official=o) for m in mandates for o in officials])


def progress_make(official: Official, courses: list[CoursePage]) -> None:
    now = timezone.now()
    LessonProgress.objects.bulk_create([
        LessonProgress(official=official, lesson_key=lesson.translation_key, course_key=course.translation_key,
                       first_viewed_at=now, completed_at=now, seconds_spent=300)
        for course in courses
        for lesson in LessonPage.objects.child_of(course)
    ])  # fmt: skip


def completions_make(officials: list[Official], courses: list[CoursePage]) -> None:
    now = timezone.now()
    CourseCompletion.objects.bulk_create([
        CourseCompletion(official=official, course_key=course.translation_key, completed_at=now)
        for official in officials
        for course in courses
    ])  # fmt: skip


# --- HR area --------------------------------------------------------------------------------------------


def test_hr_dashboard_runs_the_same_queries_for_10_and_100_units(hr_client, tree, program):
    def add(start, count):
        for unit in units_make(tree.d1, start, count, prefix="PU"):
            officials_make(unit, 0, 1, prefix=f"{unit.code}-")
        rollups_refresh()
        snapshots_take()

    def shows(response, size):
        # D1's sub-units (its two wards and the new ones) are listed a page at a time under D1.
        assert response.context["page"].paginator.count == size + 2
        assert len(response.context["rows"]) == 1 + min(size + 2, UNITS_PER_PAGE)
        assert response.context["total"].officials == size + 1  # and hr_a, placed in D1

    assert_flat(lambda: ok(hr_client.get("/hr/")), grower(add), shows)


def test_hr_unit_page_runs_the_same_queries_for_10_and_100_officials_and_sub_units(hr_client, tree, program):
    def add(start, count):
        officials = officials_make(tree.d1_w1, start, count, prefix="PO")
        certificates_make(officials[::2], program)
        units_make(tree.d1, start, count, prefix="PU")
        rollups_refresh()

    def shows(response, size):
        assert response.context["page"].paginator.count == size + 1  # and hr_a, placed in D1
        assert len(response.context["page"].object_list) == min(size + 1, PAGE)
        assert sum(row.unit.code.startswith("PU") for row in response.context["subunits"]) == size

    assert_flat(lambda: ok(hr_client.get("/hr/units/D1/")), grower(add), shows)


@pytest.mark.postgres  # the course of each attempt is found with string functions in SQL
def test_hr_official_page_runs_the_same_queries_for_10_and_100_certificates_attempts_roles_and_history(
    hr_client, learner, tree, program, courses, hr_a
):
    """Courses, the page's other list, grow in the test of course listings below."""
    official = learner.official
    certificates_make([official], program)
    quiz = final_quiz_of(courses[0])

    def add(start, count):
        certificates_make([official] * count, program, status=CertificateStatus.SUPERSEDED)
        flags_make(attempts_make(official, quiz, start, count))
        assignments_make([(official, role) for role in roles_make(start, count, [program])])
        enrol(mandates_make(tree.d1_w1, program, count, by=hr_a), [official])
        AuditEvent.objects.bulk_create([
            AuditEvent(action="people.import", target_type="people.official", target_id=str(official.pk),
                       target_label=official.full_name, details={})
            for _n in range(count)
        ])  # fmt: skip

    def shows(response, size):
        context = response.context
        assert len(context["certificates"]) == size + 1
        assert len(context["attempts"]) == min(size, 50)  # the latest 50
        assert len(context["flags"]) == size
        assert len(context["assignments"]) == size
        assert len(context["eligibility"]) == size
        assert len(context["enrolments"]) == size
        assert len(context["history"]) == size
        assert response.content.decode().count(courses[0].title) >= min(size, 50) + size  # attempts and flags

    assert_flat(lambda: ok(hr_client.get("/hr/officials/L001/")), grower(add), shows)


def test_mandates_page_runs_the_same_queries_for_10_and_100_mandates(hr_client, tree, program, learner, hr_a):
    def add(start, count):
        enrol(mandates_make(tree.d1_w1, program, count, by=hr_a), [learner.official])

    def shows(response, size):
        assert len(response.context["mandates"]) == size
        assert all(mandate.enrolled == 1 for mandate in response.context["mandates"])

    assert_flat(lambda: ok(hr_client.get("/hr/mandates/")), grower(add), shows)


@pytest.mark.postgres  # the course of each flagged attempt is found with string functions in SQL
def test_flags_page_runs_the_same_queries_for_10_and_100_flags(hr_client, tree, courses):
    quiz = final_quiz_of(courses[0])

    def add(start, count):
        for official in officials_make(tree.d1_w1, start, count, prefix="PF"):
            flags_make(attempts_make(official, quiz, 0, 1, passed=True))

    def shows(response, size):
        assert response.context["page"].paginator.count == size
        assert len(response.context["page"].object_list) == min(size, PAGE)
        assert response.content.decode().count(courses[0].title) == min(size, PAGE)

    assert_flat(lambda: ok(hr_client.get("/hr/flags/")), grower(add), shows)


def test_hr_certificates_list_runs_the_same_queries_for_10_and_100_certificates(hr_client, tree, program):
    def add(start, count):
        certificates_make(officials_make(tree.d1_w1, start, count, prefix="PK"), program)

    def shows(response, size):
        assert response.context["page"].paginator.count == size
        assert len(response.context["page"].object_list) == min(size, PAGE)

    assert_flat(lambda: ok(hr_client.get("/hr/certificates/")), grower(add), shows)


def test_hr_certificate_page_runs_the_same_queries_for_10_and_100_courses_and_other_certificates(
    hr_client, learner, program
):
    official = learner.official
    (certificate,) = certificates_make([official], program)

    def add(start, count):
        Certificate.objects.filter(pk=certificate.pk).update(
            courses=[{"key": str(n), "title": f"Khóa {n}", "title_en": ""} for n in range(start + count)]
        )
        certificates_make([official] * count, program, status=CertificateStatus.SUPERSEDED)

    def shows(response, size):
        assert len(response.context["certificate"].course_titles()) == size

    assert_flat(lambda: ok(hr_client.get(f"/hr/certificates/{certificate.pk}/")), grower(add), shows)


def test_role_assignments_list_runs_the_same_queries_for_10_and_100_assignments(hr_client, tree, program):
    role = role_build(code="one-stop-desk", programs=[program])

    def add(start, count):
        officials = officials_make(tree.d1_w1, start, count, prefix="PR")
        certificates_make(officials[::2], program)
        assignments_make([(official, role) for official in officials])

    def shows(response, size):
        assert response.context["page"].paginator.count == size
        assert len(response.context["page"].object_list) == min(size, PAGE)

    assert_flat(lambda: ok(hr_client.get("/hr/roles/")), grower(add), shows)


def test_roles_of_one_official_run_the_same_queries_for_10_and_100_roles(hr_client, learner, program):
    official = learner.official
    certificates_make([official], program)

    def add(start, count):
        AuditEvent.objects.bulk_create([
            AuditEvent(action="roles.assign", target_type="certification.roleassignment", target_id=str(a.pk),
                       details={})
            for a in assignments_make([(official, role) for role in roles_make(start, count, [program])])
        ])  # fmt: skip

    def shows(response, size):
        assert len(response.context["assignments"]) == size
        assert len(response.context["eligibility"]) == size
        assert len(response.context["history"]) == size

    assert_flat(lambda: ok(hr_client.get("/hr/roles/officials/L001/")), grower(add), shows)


def test_assign_page_runs_the_same_queries_for_10_and_100_officials_found_and_roles(hr_client, tree, program):
    def add(start, count):
        officials = officials_make(tree.d1_w1, start, count, prefix="PS")
        certificates_make(officials[::2], program)
        roles_make(start, count, [program])

    def shows(response, size):
        results = response.context["results"]
        assert len(results) == min(size, 20)  # the search shows the first 20
        assert all(len(eligibility) == size for _official, eligibility in results)
        assert sum(all(e.eligible for e in eligibility) for _official, eligibility in results) == len(results) // 2
        assert len(response.context["eligibility"]) == size

    action = lambda: ok(hr_client.get("/hr/roles/assign/", {"q": "Cán bộ PS", "official": "PS00000"}))  # noqa: E731
    assert_flat(action, grower(add), shows)


def test_import_pages_run_the_same_queries_for_10_and_100_imports_and_row_errors(hr_client, hr_a):
    def add(start, count):
        errors = [{"line": n + 2, "message": "Thiếu mã nhân viên."} for n in range(start + count)]
        OfficialImport.objects.bulk_create(
            [OfficialImport(created_by=hr_a, original_name=f"ds-{n}.csv", stored_name=f"imports/{n}.csv",
                            status="failed", errors=errors, error_count=len(errors)) for n in range(count)]
        )  # fmt: skip

    def shows(responses, size):
        listing, detail = responses
        assert len(listing.context["imports"]) == 10  # the page lists the latest ten
        assert len(detail.context["job"].errors) == size

    def action():
        latest = OfficialImport.objects.order_by("-pk").values_list("pk", flat=True).first()
        return ok(hr_client.get("/hr/import/")), ok(hr_client.get(f"/hr/import/{latest}/"))

    assert_flat(action, grower(add), shows)


# --- Exports -----------------------------------------------------------------------------------------------


def _rows(content: bytes, file_format: str) -> list[list[Any]]:
    if file_format == "csv":
        return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))[1:]
    sheet = load_workbook(io.BytesIO(content), read_only=True).active
    return [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]


def _export_growth(table: str, tree, program) -> Callable[[int], None]:
    def add(start, count):
        if table == "dashboard":
            units_make(tree.d1, start, count, prefix="PU")
            rollups_refresh()
        elif table == "officials":
            certificates_make(officials_make(tree.d1_w1, start, count, prefix="PO")[::2], program)
        elif table == "certificates":
            certificates_make(officials_make(tree.d1_w1, start, count, prefix="PK"), program)
        else:
            role = ReformRole.objects.first() or role_build(code="one-stop-desk", programs=[program])
            assignments_make([(o, role) for o in officials_make(tree.d1_w1, start, count, prefix="PR")])

    return grower(add)


# Rows of each export beside the N grown: D1 and its two wards; hr_a, placed in D1.
EXPORT_BASE = {"dashboard": 3, "officials": 1, "certificates": 0, "assignments": 0}
TABLES = ["dashboard", "officials", "certificates", "assignments"]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
@pytest.mark.parametrize("table", TABLES)
def test_inline_export_runs_the_same_queries_for_10_and_100_rows(hr_client, tree, program, table, file_format):
    def shows(response, size):
        assert len(_rows(response.content, file_format)) == size + EXPORT_BASE[table]

    action = lambda: ok(hr_client.get(f"/hr/export/{table}.{file_format}"))  # noqa: E731
    assert_flat(action, _export_growth(table, tree, program), shows)


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
@pytest.mark.parametrize("table", TABLES)
def test_background_export_runs_the_same_queries_for_10_and_100_rows(hr_a, tree, program, table, file_format):
    def action():
        job = Export.objects.create(created_by=hr_a, table=table, params={}, file_format=file_format, language="vi")
        export_run(job.pk)
        return Export.objects.get(pk=job.pk)

    def shows(job, size):
        assert job.status == "done" and job.done_rows == size + EXPORT_BASE[table]

    assert_flat(action, _export_growth(table, tree, program), shows)


# --- The learner's pages, and the trainer's item analysis -------------------------------------------------


def test_course_listings_run_the_same_queries_for_10_and_100_courses(learner_client, hr_client, learner, tree, hr_a):
    """The catalog, my learning, and the progress per course on HR's page of the official. Half the courses are
    in progress, half completed; each is the one course of a program mandated of the learner, so "required of
    you" lists the programs and their courses too."""
    official = learner.official

    def add(start, count):
        made = courses_make(start, count, prefix="PL")
        progress_make(official, made)
        completions_make([official], made[1::2])
        for course in made:
            program = program_build(courses=[course], code=f"P-{course.slug}")
            enrol(mandates_make(tree.d1_w1, program, 1, by=hr_a), [official])

    def shows(responses, size):
        catalog, learning, hr_page = responses
        assert len(catalog.context["cards"]) == size
        assert len(learning.context["learning"].in_progress) == len(learning.context["learning"].completed) == size // 2
        assert learning.content.decode().count('<li class="done">') == size // 2  # completed; none required is held
        assert learning.content.decode().count("Khóa PL") == 2 * size  # in progress or completed, and required
        progress = hr_page.context["progress"]
        assert len(progress) == size and all(item.done_count == 1 for _course, item in progress)
        assert sum(item.completed for _course, item in progress) == size // 2

    def action():
        return (ok(learner_client.get("/courses/")), ok(learner_client.get("/learn/")),
                ok(hr_client.get("/hr/officials/L001/")))  # fmt: skip

    assert_flat(action, grower(add), shows)


def test_my_certificates_runs_the_same_queries_for_10_and_100_certificates(learner_client, learner, program):
    official = learner.official
    certificates_make([official], program)

    def add(start, count):
        certificates_make([official] * count, program, status=CertificateStatus.SUPERSEDED)

    def shows(response, size):
        assert len(response.context["certificates"]) == size + 1

    assert_flat(lambda: ok(learner_client.get("/certificates/")), grower(add), shows)


def test_course_and_lesson_pages_run_the_same_queries_for_10_and_100_lessons(learner_client, learner):
    course = course_build(title="Bảng điều khiển một cửa", slug="bang-dieu-khien", lessons=0)

    def add(start, count):
        with pages_unindexed():
            lessons = [lesson_add(course=course, title=f"Bài {n:04d}", publish=False)
                       for n in range(start, start + count)]  # fmt: skip
        LessonProgress.objects.bulk_create([
            LessonProgress(official=learner.official, lesson_key=lesson.translation_key,
                           course_key=course.translation_key, first_viewed_at=timezone.now(),
                           completed_at=timezone.now())
            for lesson in lessons[::2]
        ])  # fmt: skip

    def shows(responses, size):
        course_page, lesson_page = responses
        for response in responses:
            assert response.context["progress"].lesson_count == size
            assert response.context["progress"].done_count == size // 2
        assert course_page.content.decode().count("Bài 0") == size
        assert lesson_page.context["next_lesson"] is not None

    def action():
        first = live_lessons(course)[0]
        return ok(learner_client.get(course.url)), ok(learner_client.get(first.url))

    assert_flat(action, grower(add), shows)


def test_quiz_page_runs_the_same_queries_for_10_and_100_past_attempts(learner_client, learner, courses):
    quiz = final_quiz_of(courses[0])

    def add(start, count):
        attempts_make(learner.official, quiz, start, count)

    def shows(response, size):
        assert len(response.context["attempts"]) == size

    assert_flat(lambda: ok(learner_client.get(quiz.url)), grower(add), shows)


def test_quiz_attempt_and_result_pages_run_the_same_queries_for_10_and_100_questions(learner_client, learner, courses):
    quiz = final_quiz_of(courses[0])
    official = learner.official
    (submitted,) = attempts_make(official, quiz, 0, 1, passed=True)  # reviewed with the key: it passed
    attempt = QuizAttempt.objects.create(official=official, quiz=quiz, quiz_key=quiz.translation_key, number=2)

    def add(start, count):
        served = [{"id": f"q{n}", "type": "single", "text": f"<p>Câu {n}</p>", "image_id": None, "image_alt": "",
                   "answers": [{"id": f"q{n}a", "text": "Đúng"}, {"id": f"q{n}b", "text": "Sai"}]}
                  for n in range(start + count)]  # fmt: skip
        key = {q["id"]: {"correct": [f"{q['id']}a"], "scoring": "all", "feedback": {f"{q['id']}a": "Đúng rồi."},
                         "explanation": "<p>Vì sao.</p>"} for q in served}  # fmt: skip
        answers = {q["id"]: [f"{q['id']}a"] for q in served}
        QuizAttempt.objects.filter(pk=attempt.pk).update(served=served)
        QuizAttempt.objects.filter(pk=submitted.pk).update(served=served, answer_key=key, answers=answers)

    def shows(responses, size):
        for response in responses:
            assert len(response.context["questions"]) == size
        assert responses[1].content.decode().count("Đúng rồi.") == size

    def action():
        return (ok(learner_client.get(f"{quiz.url}attempt/{attempt.pk}/")),
                ok(learner_client.get(f"{quiz.url}attempt/{submitted.pk}/result/")))  # fmt: skip

    assert_flat(action, grower(add), shows)


def test_item_analysis_runs_the_same_queries_for_10_and_100_graded_attempts(client, admin_user, tree, courses):
    quiz = final_quiz_of(courses[0])
    client.force_login(admin_user)

    def add(start, count):
        for official in officials_make(tree.d1_w1, start, count, prefix="PA"):
            attempts_make(official, quiz, 0, 1, passed=bool(official.pk % 2))

    def shows(response, size):
        assert response.context["analysis"].attempts == size
        assert response.context["analysis"].questions[0].served == size

    assert_flat(lambda: ok(client.get(f"/admin/quizzes/{quiz.pk}/analysis/")), grower(add), shows)


# --- Public pages and the API ------------------------------------------------------------------------------


def test_transparency_board_runs_the_same_queries_for_10_and_100_units_and_overdue_leaders(
    client, tree, program, hr_a, settings
):
    settings.LMS_TRANSPARENCY_NAME_LEADERS_OVERDUE_DAYS = "1"

    def add(start, count):
        for unit in units_make(tree.city, start, count, prefix="PT"):
            head = officials_make(unit, 0, 1, prefix=f"{unit.code}-", level=LeaderLevel.HEAD)
            enrol(mandates_make(unit, program, 1, by=hr_a, due_in_days=-5), head)
        rollups_refresh()

    def shows(response, size):
        assert sum(row.unit.code.startswith("PT") for row in response.context["rows"]) == size
        assert len(response.context["overdue_leaders"]) == size

    assert_flat(lambda: ok(client.get("/transparency/")), grower(add), shows)


def test_api_certifications_run_the_same_queries_for_10_and_100_certificates(client, api_headers, learner, program):
    def add(start, count):
        certificates_make([learner.official] * count, program, status=CertificateStatus.SUPERSEDED)

    def shows(response, size):
        assert response.json()["count"] == size
        assert len(response.json()["results"]) == min(size, PAGE)

    action = lambda: ok(client.get("/api/v1/officials/L001/certifications", **api_headers))  # noqa: E731
    assert_flat(action, grower(add), shows)


def test_api_unit_stats_run_the_same_queries_for_10_and_100_units(client, api_headers, tree, program):
    def add(start, count):
        for unit in units_make(tree.d1, start, count, prefix="PU"):
            officials_make(unit, 0, 1, prefix=f"{unit.code}-")
        rollups_refresh()

    def shows(response, size):
        assert response.json()["programs"][0]["officials"] == size

    action = lambda: ok(client.get("/api/v1/units/D1/stats", **api_headers))  # noqa: E731
    assert_flat(action, grower(add), shows)


def test_api_eligibility_runs_the_same_queries_for_10_and_100_required_programs(client, api_headers, learner):
    role = ReformRole.objects.create(code="cchc-focal-point", name="Đầu mối CCHC", name_en="CCHC focal point")

    def add(start, count):
        for n in range(start, start + count):
            program = program_build(courses=[], code=f"PP{n:04d}")
            RoleRequirement.objects.create(role=role, program=program)
            if n % 2:
                certificates_make([learner.official], program)

    def shows(response, size):
        assert len(response.json()["programs"]) == size
        assert len(response.json()["missing"]) == size // 2

    action = lambda: ok(client.get("/api/v1/officials/L001/eligibility?role=cchc-focal-point", **api_headers))  # noqa: E731
    assert_flat(action, grower(add), shows)


# --- Table-wide jobs ----------------------------------------------------------------------------------------


def test_rollups_refresh_runs_the_same_queries_for_10_and_100_units_but_for_sqlites_insert_batches(tree, program):
    """Nothing grows but the number of upsert statements, one per batch of rows that the database takes at once
    (SQLite's 999-parameter limit: 90 rollups; PostgreSQL takes them all)."""
    fields = [field for field in UnitRollup._meta.concrete_fields if not field.primary_key]
    batch = connection.ops.bulk_batch_size(fields, [None] * 1000)

    def add(start, count):
        for unit in units_make(tree.d1, start, count, prefix="PU"):
            officials_make(unit, 0, 1, prefix=f"{unit.code}-")

    def shows(written, size):
        assert written == size + TREE_UNITS
        assert UnitRollup.objects.filter(unit__code__startswith="PU", officials=1).count() == size

    def beside_upserts(run: Counted) -> int:
        upserts = sum(sql.startswith('INSERT INTO "certification_unitrollup"') for sql in run.sql)
        assert upserts == math.ceil(run.result / batch)
        return len(run) - upserts

    assert_flat(rollups_refresh, grower(add), shows, measure=beside_upserts)


def test_snapshots_take_runs_the_same_queries_for_10_and_100_units(tree, program):
    def add(start, count):
        units_make(tree.d1, start, count, prefix="PU")
        rollups_refresh()

    def shows(taken, size):
        assert taken == size + TREE_UNITS
        assert UnitSnapshot.objects.filter(unit__code__startswith="PU").count() == size

    assert_flat(snapshots_take, grower(add), shows)


def test_mandates_reconcile_and_placement_run_the_same_queries_for_10_and_100_officials(tree, program, hr_a):
    mandates_make(tree.d1, program, 2, by=hr_a)
    placed: list[int] = []

    def add(start, count):
        placed[:] = [o.pk for o in officials_make(tree.d1_w1, start, count, prefix="PM")]

    def shows(_added, size):
        assert Enrolment.objects.filter(official__employee_code__startswith="PM").count() == 2 * size

    def both():
        # New officials are enrolled by the placement event and by the periodic reconcile: each gets its turn
        # (the DELETE that makes room for the second is one statement at either size).
        Enrolment.objects.filter(official_id__in=placed).delete()
        return mandates_apply_to(official_ids=placed), mandates_reconcile()

    assert_flat(both, grower(add), shows)


# --- Batches that write or send once per item ------------------------------------------------------------------
# The counts include the SAVEPOINT and RELEASE statements of each atomic block: the test runs inside a
# transaction, so every block is a nested one (a worker's outermost block begins and commits instead). On
# PostgreSQL, each reading of the database's clock is one more query.


class _PdfLayout:
    """WeasyPrint's layout of the certificate, replaced: it runs no query, and a hundred layouts are slow."""

    def __init__(self, string: str) -> None:
        assert "<html" in string

    def write_pdf(self) -> bytes:
        return b"%PDF-1.7\n%stub\n"


# The whole path of a certificate: one delivery takes every pending evaluation and issues the certificates together
# (locks, evidence, serial numbers, audit and outbox rows and the units' figures cost the same for any number), so
# each other evaluation message costs only its lock attempt in a savepoint (3); then the certificate's delivery (the
# certificate read, the PDF stored, the notice claimed in a savepoint, the holder read, the email with the PDF, the
# notice marked sent, the message locked and marked processed in a savepoint: 11). On SQLite each certificate is
# one INSERT of its own (its bulk inserts split at 999 parameters, 55 certificates); PostgreSQL copies them at once.
ISSUANCE_AND_DELIVERY_PER_CERTIFICATE = 14
# The budget for issuing one certificate in a batch of evaluations.
ISSUANCE_BUDGET_PER_CERTIFICATE = 5


def _earned_by(tree, courses) -> Callable[[int], None]:
    def build(size):
        officials = officials_make(tree.d1_w1, 0, size, prefix=f"PI{size}-")
        completions_make(officials, courses)
        OutboxMessage.objects.bulk_create(
            [OutboxMessage(topic=TOPIC_EVALUATE, payload={"official_id": o.pk}) for o in officials]
        )
        mail.outbox.clear()

    return build


def _issued(issued, size):
    certificates = Certificate.objects.filter(status=CertificateStatus.ACTIVE, official__employee_code__startswith="PI")
    assert certificates.count() == size
    assert sum(bool(message.attachments) for message in mail.outbox) == size


def test_issuing_and_delivering_a_batch_of_certificates_costs_the_same_queries_per_certificate(
    tree, earned_program, courses, monkeypatch
):
    """Officials who completed the program, each with a pending evaluation; draining the outbox issues and
    delivers every certificate, at a fixed cost per certificate."""
    monkeypatch.setattr("certification.pdf.HTML", _PdfLayout)
    per_item = ISSUANCE_AND_DELIVERY_PER_CERTIFICATE + clock_reads(1) + (connection.vendor != "postgresql")
    assert_per_item(outbox_drain, _earned_by(tree, courses), _issued, per_item)


def test_issuing_a_batch_of_certificates_stays_within_5_queries_per_certificate(tree, earned_program, courses):
    def run():
        official_ids = list(Official.objects.filter(employee_code__startswith="PI").values_list("pk", flat=True))
        programs_evaluate_batch(official_ids=official_ids)

    def shows(_result, size):
        assert Certificate.objects.filter(official__employee_code__startswith="PI").count() == size

    small, large = per_item_runs(run, _earned_by(tree, courses), shows)
    per_certificate = (len(large) - len(small)) / (LARGE - SMALL)
    assert per_certificate <= ISSUANCE_BUDGET_PER_CERTIFICATE, growth(small, large)


# One expiry reminder: the certificate and its holder read, the notice claimed (a savepoint around the INSERT), the
# email, the notice marked sent.
EXPIRY_REMINDER_PER_CERTIFICATE = 5


def test_expiry_reminders_cost_the_same_queries_per_certificate_reminded(tree, program):
    def build(size):
        soon = timezone.now() + timedelta(days=20)
        certificates_make(officials_make(tree.d1_w1, 0, size, prefix=f"PX{size}-"), program, expires_at=soon)
        mail.outbox.clear()

    def shows(sent, size):
        assert sent == size == len(mail.outbox)

    assert_per_item(expiry_reminders_send, build, shows, EXPIRY_REMINDER_PER_CERTIFICATE + clock_reads(1))


# One suspension: its transaction's savepoint, the holder read and locked (with their certificates), the assignment
# locked, the role and its requirements read afresh, the holder's certificates, the status saved, the audit row and
# the outbox row that tells HR and the holder.
SWEEP_PER_SUSPENSION = 13


def test_assignment_sweep_costs_the_same_queries_per_assignment_suspended(tree, program):
    role = role_build(code="one-stop-desk", programs=[program])
    RoleRequirement.objects.filter(role=role).update(added_at=timezone.now() - timedelta(days=365))

    def build(size):
        officials = officials_make(tree.d1_w1, 0, size, prefix=f"PW{size}-")
        certificates_make(officials, program, issued_at=timezone.now() - timedelta(days=800),
                          expires_at=timezone.now() - timedelta(days=1))  # fmt: skip
        assignments_make([(official, role) for official in officials])

    def shows(suspended, size):
        assert suspended == size
        assert RoleAssignment.objects.filter(status=AssignmentStatus.SUSPENDED).count() == size

    assert_per_item(assignments_sweep, build, shows, SWEEP_PER_SUSPENSION + clock_reads(2))


# One overdue enrolment past the escalation delay: the overdue reminder claimed (a savepoint around the INSERT) and
# sent, the escalation claimed, the unit's heads read, and the head emailed.
MANDATE_REMINDER_PER_ENROLMENT = 7


def test_mandate_reminders_cost_the_same_queries_per_enrolment_reminded(tree, program, hr_a):
    (head,) = officials_make(tree.d1_w1, 0, 1, prefix="PH", level=LeaderLevel.HEAD)

    def build(size):
        (mandate,) = mandates_make(tree.d1_w1, program, 1, by=hr_a, due_in_days=-20)
        enrol([mandate], officials_make(tree.d1_w1, 0, size, prefix=f"PD{size}-"))
        mail.outbox.clear()

    def shows(sent, size):
        assert sent["overdue"] == sent["escalation"] == size
        assert sum(head.user.email in message.to for message in mail.outbox) == size

    assert_per_item(mandate_reminders_send, build, shows, MANDATE_REMINDER_PER_ENROLMENT)


# One weekly digest: the head's week claimed (a savepoint around the INSERT), the unit's figures read, the email.
DIGEST_PER_HEAD = 4


def test_unit_digests_cost_the_same_queries_per_unit_head(tree, program):
    def build(size):
        officials_make(tree.d1_w1, 0, size, prefix=f"PV{size}-", level=LeaderLevel.HEAD)
        mail.outbox.clear()

    def shows(sent, size):
        assert sent == size == len(mail.outbox)

    assert_per_item(unit_digests_send, build, shows, DIGEST_PER_HEAD)
