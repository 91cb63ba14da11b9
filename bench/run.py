"""One benchmark run: the workloads of one dataset on one database, against a running gunicorn.

Started by ``python -m bench`` (see ``bench/__main__.py``) with the same environment as the
server it measures, so both read and write the same database. It sets up what the workloads
need (sessions, attempts, eligible officials) in this process, then drives the server over
loopback and writes one JSON list of results. Every workload is measured beside its baseline
in the same run, alternating them, so that drift of a shared machine falls on both.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import time
from pathlib import Path
from typing import Any

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.middleware.csrf import _get_new_csrf_string  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench import load  # noqa: E402

RATIO_ROUNDS = 3  # workload and baseline alternate this many times; medians are kept
RNG = random.Random(2026)  # noqa: S311 - reproducible choices, not secrets


# --- Sessions and requests -----------------------------------------------------------------


def session_for(user, *, mfa: bool = False) -> str:
    """A signed-in session as the login flow leaves it (with the TOTP step when ``mfa``)."""
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    now = time.time()
    methods = [{"method": "password", "at": now}]
    if mfa:
        methods.append({"method": "mfa", "type": "totp", "at": now})
    store["account_authentication_methods"] = methods
    store["account_authentication_methods_user"] = str(user.pk)
    store.create()
    return store.session_key


CSRF = _get_new_csrf_string()


def headers_for(session_key: str | None, *, post: bool = False) -> dict[str, str]:
    cookies = [f"{settings.CSRF_COOKIE_NAME}={CSRF}"]
    if session_key:
        cookies.append(f"{settings.SESSION_COOKIE_NAME}={session_key}")
    headers = {"Cookie": "; ".join(cookies), "Accept-Language": "vi"}
    if post:
        headers["X-CSRFToken"] = CSRF
    return headers


def form(data: dict[str, Any] | list[tuple[str, str]]) -> bytes:
    from urllib.parse import urlencode

    return urlencode(data, doseq=True).encode()


def local_client(session_key: str | None = None) -> Client:
    client = Client(HTTP_HOST="127.0.0.1")
    if session_key:
        client.cookies[settings.SESSION_COOKIE_NAME] = session_key
    return client


def queries_of(client: Client, path: str) -> int:
    client.get(path)  # warm per-process caches first
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(captured)


# --- Measuring -----------------------------------------------------------------------------


def alternate(port: int, work: list[load.Request], base: list[load.Request], concurrency: int, **kwargs) -> tuple:
    """Workload and baseline in turns; returns the outcome of each with the median throughput."""
    runs: dict[str, list[load.Outcome]] = {"work": [], "base": []}
    per_round_work = max(1, len(work) // RATIO_ROUNDS)
    per_round_base = max(1, len(base) // RATIO_ROUNDS)
    for index in range(RATIO_ROUNDS):
        runs["base"].append(
            load.run(
                port, base[index * per_round_base : (index + 1) * per_round_base], concurrency=concurrency, **kwargs
            )
        )
        runs["work"].append(
            load.run(
                port, work[index * per_round_work : (index + 1) * per_round_work], concurrency=concurrency, **kwargs
            )
        )
    return merged(runs["work"]), merged(runs["base"])


def merged(outcomes: list[load.Outcome]) -> load.Outcome:
    """One outcome from several rounds: all latencies, the median round's throughput."""
    best = sorted(outcomes, key=lambda outcome: outcome.throughput)[len(outcomes) // 2]
    latencies = [value for outcome in outcomes for value in outcome.latencies]
    statuses: dict[int, int] = {}
    for outcome in outcomes:
        for status, count in outcome.statuses.items():
            statuses[status] = statuses.get(status, 0) + count
    errors = [error for outcome in outcomes for error in outcome.errors]
    return load.Outcome(latencies, statuses, errors, elapsed=len(latencies) / best.throughput if best.throughput else 0)


def result(name: str, ratio: float, budget: str, met: bool | None, **figures: Any) -> dict[str, Any]:
    return {"name": name, "ratio": round(ratio, 3), "budget": budget, "met": met, **figures}


# --- Data the workloads need -------------------------------------------------------------------


def demo_course():
    from courses.models import CoursePage
    from courses.selectors import live_lessons

    for course in CoursePage.objects.live().filter(locale__language_code="vi").order_by("path"):
        lessons = live_lessons(course)
        if len(lessons) >= 2:
            return course, lessons
    raise SystemExit("No course with two lessons: the demo content is missing.")


def load_officials(count: int, *, offset: int = 0):
    from lms.people.models import Official

    return list(
        Official.objects.filter(employee_code__startswith="LOAD", is_active=True)
        .select_related("user")
        .order_by("pk")[offset : offset + count]
    )


def city_hr():
    """An HR officer whose scope is the whole generated city, with TOTP enrolled."""
    from allauth.mfa.totp.internal.auth import TOTP

    from lms.people.models import Unit
    from lms.people.services import hr_scope_grant

    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(email="bench-hr@load.invalid")
    if created:
        user.set_unusable_password()
        user.save()
        hr_scope_grant(user=user, unit=Unit.objects.get(code="LOAD"))
        TOTP.activate(user, "JBSWY3DPEHPK3PXP")
    return user


def attempts_for(officials, quiz) -> list:
    """One attempt in progress per official, made as the quiz's start does, in bulk."""
    from quizzes.models import QuizAttempt
    from quizzes.services import _serve

    now = timezone.now()
    rows = []
    for official in officials:
        served, key = _serve(quiz)
        rows.append(
            QuizAttempt(
                official=official,
                quiz=quiz,
                quiz_key=quiz.translation_key,
                revision_id=quiz.live_revision_id,
                number=1,
                started_at=now,
                served=served,
                answer_key=key,
            )
        )
    return QuizAttempt.objects.bulk_create(rows, batch_size=2000)


def answers_of(attempt, correct: bool) -> list[tuple[str, str]]:
    pairs = []
    for question in attempt.served:
        key = attempt.answer_key[question["id"]]
        right = [str(choice) for choice in key.get("correct", [])]
        choices = [str(answer["id"]) for answer in question["answers"]]
        chosen = right if correct else [next((c for c in choices if c not in right), choices[0])]
        pairs += [(f"q-{question['id']}", value) for value in chosen]
    return pairs


def submissions(quiz, takers) -> tuple[list, dict[int, str], list[load.Request]]:
    """An attempt in progress and a session per taker, and the POST that submits each attempt
    (every other one answered right)."""
    attempts = attempts_for(takers, quiz)
    sessions = {official.pk: session_for(official.user) for official in takers}
    requests = [
        load.Request("POST", f"{quiz.url}attempt/{attempt.pk}/submit/",
                     headers_for(sessions[attempt.official_id], post=True),
                     form(answers_of(attempt, correct=i % 2 == 0)))
        for i, attempt in enumerate(attempts)
    ]  # fmt: skip
    return attempts, sessions, requests


# --- Workloads -------------------------------------------------------------------------------


def lesson_pages(port: int, dataset: str) -> list[dict[str, Any]]:
    _course, lessons = demo_course()
    lesson = lessons[0]
    learners = load_officials(4)
    sessions = [session_for(official.user) for official in learners]
    count = 600
    work = [load.Request("GET", lesson.url, headers_for(sessions[i % 4])) for i in range(count)]
    base = [load.Request("GET", "/_bench/bare", headers_for(sessions[i % 4])) for i in range(count)]
    signed, bare = alternate(port, work, base, concurrency=4)
    extra = queries_of(local_client(sessions[0]), lesson.url) - queries_of(local_client(sessions[0]), "/_bench/bare")
    ratio = signed.throughput / bare.throughput
    p95 = signed.percentile(0.95) * 1000
    results = [
        result(
            f"lesson page, signed in ({dataset})",
            ratio,
            "≥ 0.15× bare throughput; ≤ 3 queries beyond the session's; p95 < 50 ms at 4 clients",
            ratio >= 0.15 and extra <= 3 and p95 < 50 and not signed.errors,
            page=signed.figures(),
            baseline=bare.figures(),
            queries_beyond_bare=extra,
        )
    ]
    work = [load.Request("GET", lesson.url, {"Accept-Language": "vi"}) for _ in range(count)]
    base = [load.Request("GET", "/_bench/bare", {"Accept-Language": "vi"}) for _ in range(count)]
    anonymous, bare = alternate(port, work, base, concurrency=4)
    ratio = anonymous.throughput / bare.throughput
    results.append(
        result(
            f"lesson page, anonymous ({dataset})",
            ratio,
            "≥ 0.8× bare throughput (cached)",
            ratio >= 0.8 and not anonymous.errors,
            page=anonymous.figures(),
            baseline=bare.figures(),
        )
    )
    return results


def recording(port: int, dataset: str) -> list[dict[str, Any]]:
    """ "I have finished this lesson" and quiz submission, each against one raw upsert, 16 clients."""
    from quizzes.selectors import final_quiz_of

    course, lessons = demo_course()
    clients = 16
    learners = load_officials(clients, offset=10)
    sessions = [session_for(official.user) for official in learners]
    count = 480
    work = [
        load.Request(
            "POST",
            f"{lessons[i % len(lessons)].url}finish/",
            headers_for(sessions[i % clients], post=True),
            form({"start": ""}),
        )
        for i in range(count)
    ]
    base = [
        load.Request(
            "POST",
            "/_bench/upsert",
            headers_for(sessions[i % clients], post=True),
            form({"lesson": str(lessons[i % len(lessons)].translation_key), "course": str(course.translation_key)}),
        )
        for i in range(count)
    ]
    results = [against_upsert(f"finish lesson ({dataset})", *alternate(port, work, base, concurrency=clients))]
    quiz = final_quiz_of(course)
    attempts, taker_sessions, work = submissions(quiz, load_officials(count, offset=100))
    base = [
        load.Request(
            "POST",
            "/_bench/upsert",
            headers_for(taker_sessions[attempt.official_id], post=True),
            form({"lesson": str(lessons[0].translation_key), "course": str(course.translation_key)}),
        )
        for attempt in attempts
    ]
    results.append(against_upsert(f"submit quiz ({dataset})", *alternate(port, work, base, concurrency=clients)))
    return results


def against_upsert(name: str, page: load.Outcome, raw: load.Outcome) -> dict[str, Any]:
    """A write's throughput against the raw upsert's, with the budget both writes share."""
    ratio = page.throughput / raw.throughput
    return result(
        name,
        ratio,
        "≥ 0.6× raw upsert; 0 errors at 16 clients",
        ratio >= 0.6 and not page.errors,
        page=page.figures(),
        baseline=raw.figures(),
    )


def exam_burst(port: int, dataset: str, size: int = 3000) -> list[dict[str, Any]]:
    """``size`` candidates press "submit" at the same moment."""
    from quizzes.models import AttemptStatus, QuizAttempt
    from quizzes.selectors import final_quiz_of

    course, _lessons = demo_course()
    quiz = final_quiz_of(course)
    takers = load_officials(size, offset=1000)
    if len(takers) < size:
        return []
    attempts, _sessions, requests = submissions(quiz, takers)
    outcome = load.run(port, requests, concurrency=size, timeout=120)
    graded = QuizAttempt.objects.filter(pk__in=[a.pk for a in attempts], status=AttemptStatus.SUBMITTED).count()
    met = outcome.elapsed < 10 and not outcome.errors and graded == size
    return [
        result(
            f"exam burst, {size} submissions ({dataset})",
            outcome.elapsed / 10,
            "drain in < 10 s, 0 errors",
            met,
            drain_s=round(outcome.elapsed, 2),
            graded=graded,
            **outcome.figures(),
        )
    ]


def hr_dashboard(port: int, dataset: str) -> list[dict[str, Any]]:
    session = session_for(city_hr(), mfa=True)
    count = 240
    page = [load.Request("GET", "/hr/", headers_for(session)) for _ in range(count)]
    rollup = [load.Request("GET", "/_bench/rollup-read", headers_for(session)) for _ in range(count)]
    group_by = [load.Request("GET", "/_bench/group-by", headers_for(session)) for _ in range(max(30, count // 8))]
    dashboard, read = alternate(port, page, rollup, concurrency=4)
    grouped = load.run(port, group_by, concurrency=4)
    queries = queries_of(local_client(session), "/hr/")
    ratio = dashboard.percentile(0.5) / read.percentile(0.5)
    p95 = dashboard.percentile(0.95) * 1000
    return [
        result(
            f"/hr/ city-wide ({dataset})",
            ratio,
            "p95 < 50 ms; ≤ 5× a bare rollup read (p50)",
            p95 < 50 and ratio <= 5 and not dashboard.errors,
            page=dashboard.figures(),
            rollup_read=read.figures(),
            raw_group_by=grouped.figures(),
            vs_group_by_p50=round(dashboard.percentile(0.5) / grouped.percentile(0.5), 3),
            queries=queries,
        )
    ]


def certificates(dataset: str, count: int = 12) -> list[dict[str, Any]]:
    """Issuance end to end for a batch of officials who earned the program (the evaluation of the
    batch, then each PDF stored and emailed) against rendering the same PDFs alone."""
    from certification.factories import course_complete
    from certification.issuance import programs_evaluate_batch
    from certification.models import Certificate, CertificationProgram
    from certification.pdf import certificate_pdf_render
    from certification.selectors import program_courses
    from certification.services import certificate_issued_deliver

    program = CertificationProgram.objects.filter(code="DLF").first() or CertificationProgram.objects.first()
    holders = set(Certificate.objects.filter(program=program).values_list("official_id", flat=True))
    officials = [o for o in load_officials(250, offset=5000 if dataset != "xs" else 700) if o.pk not in holders][:count]
    for official in officials:
        for course in program_courses(program):
            course_complete(official, course)
    # Both sides are timed warm: the process's first PDF loads WeasyPrint's fonts and the templates.
    certificate_pdf_render(Certificate.objects.filter(program=program).first() or Certificate.objects.first(), "vi")
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as issuing:
        batch = programs_evaluate_batch(official_ids=[o.pk for o in officials])
    issued = [certificate for certificate in batch if certificate.program_id == program.pk]
    # Delivery is the outbox's next step (its own transaction per certificate): PDF stored, email sent.
    with CaptureQueriesContext(connection) as delivering:
        for certificate in issued:
            certificate_issued_deliver(certificate_id=certificate.pk)
    issue_s = time.perf_counter() - started
    # The baseline renders the very documents again in this process: template, QR code, WeasyPrint.
    started = time.perf_counter()
    for certificate in issued:
        certificate_pdf_render(certificate, "vi")
    render_s = time.perf_counter() - started
    ratio = issue_s / render_s
    per_certificate = round(len(issuing) / len(issued), 1)
    return [
        result(
            f"certificate issuance ({dataset})",
            ratio,
            "≤ 1.3× bare render; ≤ 5 queries per certificate",
            ratio <= 1.3 and per_certificate <= 5,
            certificates=len(issued),
            issue_ms_per_certificate=round(issue_s / len(issued) * 1000, 1),
            render_ms_per_certificate=round(render_s / len(issued) * 1000, 1),
            queries_per_certificate=per_certificate,
            delivery_queries_per_certificate=round(len(delivering) / len(issued), 1),
        )
    ]


def exports(dataset: str) -> list[dict[str, Any]]:
    """CSV and XLSX of the city's certificates: the export against the bare writer on the same rows."""
    from openpyxl import Workbook

    from certification import exports as export_module

    user = city_hr()
    results = []
    for file_format in export_module.FORMATS:
        table = export_module.table_for(user, "certificates", {})
        started = time.perf_counter()
        data = export_module.render(table, file_format)
        exported = time.perf_counter() - started
        rows = list(table.rows())
        started = time.perf_counter()
        if file_format == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(table.headers)
            writer.writerows(rows)
            buffer.getvalue().encode("utf-8")
        else:
            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("bare")
            sheet.append(table.headers)
            for row in rows:
                sheet.append(row)
            workbook.save(io.BytesIO())
        bare = time.perf_counter() - started
        results.append(
            result(
                f"export {file_format.upper()} ({dataset})",
                exported / bare,
                "reported (no budget set)",
                None,
                rows=len(rows),
                export_ms=round(exported * 1000, 1),
                bare_writer_ms=round(bare * 1000, 1),
                bytes=len(data),
            )
        )
    return results


def imports(dataset: str, size: int, backend: str) -> list[dict[str, Any]]:
    """Officials imported from a CSV file (read, checked, written, audited) against a raw bulk insert."""
    from lms.people.importing import officials_import
    from lms.people.models import Unit

    units = list(Unit.objects.filter(code__startswith="LOAD").values_list("code", flat=True))
    work_dir = Path(settings.VAR_DIR) / "bench-import"
    work_dir.mkdir(parents=True, exist_ok=True)
    source = work_dir / f"officials-{dataset}.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["employee_code", "full_name", "email", "unit_code", "position", "leader_level"])
        for n in range(size):
            writer.writerow(
                [
                    f"IMP{n:07d}",
                    f"Nguyễn Văn Nhập {n}",
                    f"imp{n}@import.load.invalid",
                    units[n % len(units)],
                    "Chuyên viên",
                    "staff",
                ]
            )
    started = time.perf_counter()
    report = officials_import(source=source, filename=source.name, actor=None, dry_run=False, invite=False)
    imported = time.perf_counter() - started
    if not report.ok:
        raise SystemExit(f"The import was refused: {report.file_error or report.errors[:3]}")
    started = time.perf_counter()
    _raw_insert(size, units)
    raw = time.perf_counter() - started
    ratio = raw / imported
    met = ratio >= 0.3 and (size < 500_000 or backend != "postgres" or imported < 60)
    budget = "≥ 0.3× raw insert" + ("; 500,000 officials < 60 s on PostgreSQL" if size >= 500_000 else "")
    return [
        result(
            f"import {size:,} officials ({dataset})",
            ratio,
            budget,
            met,
            rows=size,
            import_s=round(imported, 2),
            raw_insert_s=round(raw, 2),
            import_rows_per_s=round(size / imported),
            backend=backend,
        )
    ]


def _raw_insert(size: int, units: list[str]) -> None:
    """The same number of accounts and officials written with executemany (COPY on PostgreSQL)."""
    from lms.people.models import Official, Unit

    unit_ids = dict(Unit.objects.filter(code__in=units).values_list("code", "pk"))
    user_table = get_user_model()._meta.db_table
    now = timezone.now()
    with transaction.atomic(), connection.cursor() as cursor:
        users = [(f"raw{n}@raw.load.invalid", "!", "", "", False, True, False, now) for n in range(size)]
        columns = "email, password, first_name, last_name, is_superuser, is_active, is_staff, date_joined"
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {user_table} ({columns}) FROM STDIN") as copy:
                for row in users:
                    copy.write_row(row)
        else:
            cursor.executemany(f"INSERT INTO {user_table} ({columns}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", users)
        cursor.execute(f"SELECT id, email FROM {user_table} WHERE email LIKE 'raw%%@raw.load.invalid'")
        user_ids = {email: pk for pk, email in cursor.fetchall()}
        officials = [
            (
                user_ids[f"raw{n}@raw.load.invalid"],
                f"RAW{n:07d}",
                f"Nguyễn Văn Thô {n}",
                unit_ids[units[n % len(units)]],
                "Chuyên viên",
                "staff",
                True,
                now,
                now,
            )
            for n in range(size)
        ]
        columns = (
            "user_id, employee_code, full_name, unit_id, position, leader_level, is_active, created_at, updated_at"
        )
        table = Official._meta.db_table
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in officials:
                    copy.write_row(row)
        else:
            cursor.executemany(
                f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", officials
            )


# --- Entry point -------------------------------------------------------------------------------

PLAN = {
    "xs": ("lesson", "recording", "hr", "certificates", "exports", "import"),
    "city": ("lesson", "recording", "burst", "hr", "certificates", "exports", "import"),
    "country": ("hr", "import"),
}
IMPORT_SIZE = {"xs": 1_000, "city": 13_000, "country": 500_000}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", required=True)
    parser.add_argument("--dataset", required=True, choices=sorted(PLAN))
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--only", default="", help="comma-separated workloads to run (default: the dataset's plan)")
    args = parser.parse_args()
    chosen = [name for name in PLAN[args.dataset] if not args.only or name in args.only.split(",")]
    results: list[dict[str, Any]] = []
    for name in chosen:
        started = time.perf_counter()
        if name == "lesson":
            produced = lesson_pages(args.port, args.dataset)
        elif name == "recording":
            produced = recording(args.port, args.dataset)
        elif name == "burst":
            produced = exam_burst(args.port, args.dataset)
        elif name == "hr":
            produced = hr_dashboard(args.port, args.dataset)
        elif name == "certificates":
            produced = certificates(args.dataset)
        elif name == "exports":
            produced = exports(args.dataset)
        else:
            # The country-sized file is imported on PostgreSQL, where its budget is set; SQLite
            # takes the city-sized one again (a one-machine site is not a country's).
            size = IMPORT_SIZE[args.dataset] if args.backend == "postgres" else min(IMPORT_SIZE[args.dataset], 13_000)
            produced = imports(args.dataset, size, args.backend)
        for item in produced:
            item.update(backend=args.backend, dataset=args.dataset)
            print(f"  {item['name']:<42} ratio {item['ratio']:<8} met={item['met']}  [{item['budget']}]", flush=True)
            print(
                f"    {json.dumps({k: v for k, v in item.items() if k not in ('name', 'budget')}, ensure_ascii=False)}"
            )
        results += produced
        print(f"  ({name}: {time.perf_counter() - started:.1f} s)", flush=True)
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
