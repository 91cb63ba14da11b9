"""The production shape on loopback, and parts of it killed: gunicorn, a Celery worker and beat,
Redis and PostgreSQL, with the demo data, driven over HTTP.

``make test`` provides PostgreSQL (DATABASE_URL); each run creates its own database on that
server, starts its own Redis, gunicorn, worker and beat, and stops them afterwards.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import psycopg
import pytest
import requests

from .conftest import ROOT

pytestmark = pytest.mark.integration

LEARNERS = 101  # one for the worker test, a hundred for the Redis test


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(predicate, *, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"{what}: not within {timeout} s")


class Stack:
    def __init__(self, work: Path, server_url: str) -> None:
        self.work = work
        self.server = urlparse(server_url)
        self.dbname = f"lms_stack_{os.getpid()}"
        self.web_port, self.redis_port = _free_port(), _free_port()
        self.base = f"http://127.0.0.1:{self.web_port}"
        self.mail = work / "mail"
        self.processes: dict[str, subprocess.Popen] = {}
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.stack",
            "DATABASE_URL": f"postgres://{self.server.username}@{self.server.hostname}:{self.server.port}/{self.dbname}",
            "CELERY_BROKER_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "CACHE_URL": f"redis://127.0.0.1:{self.redis_port}/1",
            "EMAIL_URL": f"file://{self.mail}",
            "LMS_VAR_DIR": str(work / "var"),
            "LMS_STATIC_ROOT": str(work / "static"),
            "SECRET_KEY": secrets.token_urlsafe(64),
            "WAGTAILADMIN_BASE_URL": self.base,
            "LMS_OUTBOX_SWEEP_AFTER_SECONDS": "2",
            "LMS_OUTBOX_SWEEP_EVERY_SECONDS": "2",
            "CELERY_TASK_ALWAYS_EAGER": "0",
        }
        self.env.pop("LMS_REQUIRE_INTEGRATION", None)

    # -- processes -------------------------------------------------------------------------
    def manage(self, *args: str, extra_env: dict | None = None) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            pytest.fail(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def start(self, name: str, command: list[str]) -> None:
        log = open(self.work / f"{name}.log", "ab")  # noqa: SIM115 - the process owns it until stopped
        self.processes[name] = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        process = self.processes.pop(name)
        os.killpg(process.pid, sig)
        process.wait(timeout=30)

    def redis_start(self) -> None:
        self.start(
            "redis",
            [
                "redis-server",
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.work),
            ],
        )
        _wait(lambda: self._redis_ping(), timeout=20, what="Redis starts")

    def _redis_ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.redis_port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def worker_start(self) -> None:
        self.start(
            "worker",
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "lms",
                "worker",
                "--loglevel=INFO",
                "--concurrency=2",
                "--without-mingle",
                "--without-gossip",
                "-n",
                f"stack-{os.getpid()}@%h",
            ],
        )

    def beat_start(self) -> None:
        self.start(
            "beat",
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "lms",
                "beat",
                "--loglevel=INFO",
                "--schedule",
                str(self.work / "celerybeat-schedule"),
            ],
        )

    def web_start(self) -> None:
        self.start(
            "web",
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "lms.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.web_port}",
                "--workers",
                "3",
                "--timeout",
                "30",
            ],
        )
        _wait(lambda: self._get_ok("/healthz"), timeout=60, what="gunicorn answers /healthz")

    def _get_ok(self, path: str) -> bool:
        try:
            return requests.get(self.base + path, timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def stop(self) -> None:
        for name in list(self.processes):
            with contextlib.suppress(ProcessLookupError, subprocess.TimeoutExpired):
                self.kill(name, signal.SIGTERM)

    # -- data -------------------------------------------------------------------------------
    def sql(self, query: str, *params):
        with psycopg.connect(
            host=self.server.hostname,
            port=self.server.port,
            user=self.server.username,
            dbname=self.dbname,
            autocommit=True,
        ) as conn:
            return conn.execute(query, params).fetchall()

    def emails_to(self, address: str) -> int:
        return sum(path.read_text(errors="replace").count(f"To: {address}") for path in self.mail.glob("*"))


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    server = os.environ.get("DATABASE_URL", "")
    if not server.startswith("postgres") or not os.environ.get("LMS_TEST_REDIS_URL"):
        if os.environ.get("LMS_REQUIRE_INTEGRATION"):
            pytest.fail("the stack tests need PostgreSQL and Redis (make test starts them)")
        pytest.skip("the stack tests need PostgreSQL and Redis (make test starts them)")
    work = tmp_path_factory.mktemp("stack")
    (work / "mail").mkdir()
    stack = Stack(work, server)
    admin = urlparse(server)
    with psycopg.connect(
        host=admin.hostname, port=admin.port, user=admin.username, dbname="postgres", autocommit=True
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{stack.dbname}"')
        conn.execute(f'CREATE DATABASE "{stack.dbname}"')
    try:
        stack.redis_start()
        stack.manage("migrate", "--noinput")
        stack.manage("createcachetable")
        stack.manage("collectstatic", "--noinput")
        stack.manage("seed_demo")
        stack.setup = json.loads(
            stack.manage(
                "shell",
                "-c",
                (ROOT / "tests/integration/stack_setup.py").read_text(),
                extra_env={"STACK_LEARNERS": str(LEARNERS)},
            )
            .strip()
            .splitlines()[-1]
        )
        stack.web_start()
        stack.worker_start()
        stack.beat_start()
        yield stack
    finally:
        stack.stop()
        with psycopg.connect(
            host=admin.hostname, port=admin.port, user=admin.username, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{stack.dbname}" WITH (FORCE)')


DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "demo-pass-2026")


def _signed_in(stack: Stack, email: str, password: str = DEMO_PASSWORD) -> requests.Session:
    session = requests.Session()
    session.get(f"{stack.base}/accounts/login/", timeout=10)
    response = session.post(
        f"{stack.base}/accounts/login/",
        data={"login": email, "password": password},
        headers={"X-CSRFToken": session.cookies["csrftoken"], "Referer": f"{stack.base}/accounts/login/"},
        timeout=10,
    )
    assert response.status_code == 200 and "sessionid" in session.cookies, response.text[:500]
    return session


def _post(session: requests.Session, url: str, data: dict | None = None) -> requests.Response:
    return session.post(
        url,
        data=data or {},
        headers={"X-CSRFToken": session.cookies.get("csrftoken", "")},
        allow_redirects=False,
        timeout=30,
    )


def test_the_whole_loop_over_http(stack):
    """The leader finishes the demo courses and quizzes; the worker issues; /verify/ says valid."""
    session = _signed_in(stack, "leader@demo.gov.vn")
    session.get(f"{stack.base}/learn/", timeout=10)
    # Final quizzes need a fresh re-authentication (allauth's flow) and the personal attestation.
    session.get(f"{stack.base}/accounts/reauthenticate/", timeout=10)
    assert _post(session, f"{stack.base}/accounts/reauthenticate/", {"password": DEMO_PASSWORD}).status_code == 302
    (official_id,) = stack.sql(
        "SELECT o.id FROM people_official o JOIN accounts_user u ON u.id = o.user_id WHERE u.email = %s",
        "leader@demo.gov.vn",
    )[0]
    started = time.monotonic()
    courses = stack.sql(
        "SELECT p.url_path FROM certification_programcourse pc JOIN wagtailcore_page p ON p.id = pc.course_id "
        "JOIN certification_certificationprogram g ON g.id = pc.program_id WHERE g.code = 'DLF' ORDER BY pc.sort_order"
    )
    for (course_path,) in courses:
        course_url = stack.base + "/" + course_path.split("/", 2)[2]
        lessons = stack.sql(
            "SELECT p.url_path, p.content_type_id, ct.model FROM wagtailcore_page p "
            "JOIN django_content_type ct ON ct.id = p.content_type_id "
            "WHERE p.url_path LIKE %s AND p.depth = (SELECT depth + 1 FROM wagtailcore_page WHERE url_path = %s "
            "AND locale_id = p.locale_id) AND p.live ORDER BY p.path",
            course_path + "%",
            course_path,
        )
        assert lessons, course_url
        for path, _type, model in lessons:
            url = stack.base + "/" + path.split("/", 2)[2]
            if model == "lessonpage":
                assert _post(session, url + "finish/").status_code == 302
            elif model == "quizpage":
                assert _post(session, url + "start/", {"attest": "1"}).status_code == 302
                attempt_id, served, key = stack.sql(
                    "SELECT id, served, answer_key FROM quizzes_quizattempt WHERE official_id = %s "
                    "AND status = 'in_progress' ORDER BY id DESC LIMIT 1",
                    official_id,
                )[0]
                answers = {f"q-{q['id']}": key[q["id"]]["correct"] for q in served}
                assert _post(session, f"{url}attempt/{attempt_id}/submit/", answers).status_code == 302
    code = _wait(
        lambda: stack.sql(
            "SELECT verification_code FROM certification_certificate c "
            "JOIN certification_certificationprogram g ON g.id = c.program_id "
            "WHERE c.official_id = %s AND g.code = 'DLF'",
            official_id,
        ),
        timeout=60,
        what="the worker issues the certificate",
    )[0][0]
    issued_after = time.monotonic() - started
    page = requests.get(f"{stack.base}/verify/{code}/", timeout=10)
    assert page.status_code == 200 and "verify-valid" in page.text
    listing = session.get(f"{stack.base}/certificates/", timeout=10).text
    assert code in listing
    print(f"\nwhole loop over HTTP: certificate verifiable {issued_after:.1f} s after the first lesson")


def _learner_session(stack: Stack, learner: dict) -> requests.Session:
    session = requests.Session()
    session.cookies.set("sessionid", learner["session"], domain="127.0.0.1")
    page = session.get(f"{stack.base}/learn/", timeout=10, allow_redirects=False)  # also sets the CSRF cookie
    assert page.status_code == 200, "the learner's session is not signed in"
    return session


def _issued(stack: Stack, official_ids: list[int]) -> int:
    return stack.sql(
        "SELECT count(*) FROM certification_certificate c JOIN certification_certificationprogram g "
        "ON g.id = c.program_id WHERE g.code = 'FAST' AND c.official_id = ANY(%s)",
        official_ids,
    )[0][0]


def test_worker_killed_while_issuing_gives_one_certificate_and_at_most_one_email(stack):
    learner = stack.setup["learners"][0]
    session = _learner_session(stack, learner)
    assert _post(session, stack.base + stack.setup["lesson_url"] + "finish/").status_code == 302
    # Kill the worker (its whole process group) as soon as issuance has begun, before the email went out.
    # Kill the worker (its whole process group) the moment the certificate row exists: the PDF and the
    # email are still to come.
    deadline = time.monotonic() + 30
    while _issued(stack, [learner["official_id"]]) == 0:
        assert time.monotonic() < deadline, "the certificate was not issued within 30 s"
        time.sleep(0.01)
    stack.kill("worker")
    killed_with = (_issued(stack, [learner["official_id"]]), stack.emails_to(learner["email"]))
    stack.worker_start()

    def settled() -> bool:
        pending = stack.sql("SELECT topic, attempts, last_error FROM outbox_outboxmessage WHERE processed_at IS NULL")
        return _issued(stack, [learner["official_id"]]) == 1 and not pending

    try:
        _wait(settled, timeout=90, what="issuance settles after the restart")
    except pytest.fail.Exception:
        print(stack.sql("SELECT topic, attempts, last_error FROM outbox_outboxmessage WHERE processed_at IS NULL"))
        raise
    time.sleep(5)  # any duplicate delivery would have happened by now (sweep every 2 s)
    assert _issued(stack, [learner["official_id"]]) == 1
    assert stack.emails_to(learner["email"]) <= 1
    print(
        f"\nkill -9 of the worker (certificates, emails at the kill: {killed_with}); after restart: "
        f"1 certificate, {stack.emails_to(learner['email'])} email"
    )


def test_redis_down_while_100_learners_finish_lessons(stack):
    learners = stack.setup["learners"][1:]
    sessions = [_learner_session(stack, learner) for learner in learners]
    stack.kill("redis")
    timings, statuses = [], []

    def finish(session: requests.Session) -> None:
        started = time.monotonic()
        response = _post(session, stack.base + stack.setup["lesson_url"] + "finish/")
        timings.append(time.monotonic() - started)
        statuses.append(response.status_code)

    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(finish, sessions))
    ids = [learner["official_id"] for learner in learners]
    saved = stack.sql(
        "SELECT count(*) FROM courses_lessonprogress WHERE official_id = ANY(%s) "
        "AND lesson_key = %s AND completed_at IS NOT NULL",
        ids,
        stack.setup["lesson_key"],
    )[0][0]
    stack.redis_start()
    _wait(lambda: _issued(stack, ids) == len(ids), timeout=180, what="every due certificate is issued")
    time.sleep(5)
    duplicates = stack.sql(
        "SELECT official_id FROM certification_certificate c JOIN certification_certificationprogram g "
        "ON g.id = c.program_id WHERE g.code = 'FAST' GROUP BY official_id HAVING count(*) > 1"
    )
    timings.sort()
    print(
        f"\nRedis down, {len(learners)} learners: max {timings[-1] * 1000:.0f} ms, "
        f"p50 {timings[len(timings) // 2] * 1000:.0f} ms, "
        f"statuses {sorted(set(statuses))}; progress saved {saved}/{len(learners)}; "
        f"after Redis returned: {_issued(stack, ids)} certificates, {len(duplicates)} duplicates"
    )
    assert statuses == [302] * len(learners)
    assert timings[-1] < 2.0
    assert saved == len(learners)
    assert duplicates == []


def test_a_database_backend_killed_mid_request_gives_a_clean_error_and_no_partial_write(stack):
    learner = stack.setup["learners"][0]
    session = _learner_session(stack, learner)
    course_lesson = stack.sql(
        "SELECT p.url_path, p.translation_key FROM wagtailcore_page p JOIN django_content_type ct "
        "ON ct.id = p.content_type_id WHERE ct.model = 'lessonpage' AND p.live AND p.url_path LIKE '%%thu-dien-tu%%' "
        "ORDER BY p.path LIMIT 1"
    )[0]
    url = stack.base + "/" + course_lesson[0].split("/", 2)[2] + "finish/"
    conn = psycopg.connect(
        host=stack.server.hostname, port=stack.server.port, user=stack.server.username, dbname=stack.dbname
    )
    try:
        # Hold the official's row: the request writes its progress, then waits for this lock.
        conn.execute("SELECT id FROM people_official WHERE id = %s FOR UPDATE", (learner["official_id"],))
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(_post, session, url)
            waiting = _wait(
                lambda: stack.sql(
                    "SELECT pid FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'", stack.dbname
                ),
                timeout=20,
                what="the request waits on the row lock",
            )
            stack.sql("SELECT pg_terminate_backend(%s)", waiting[0][0])
            response = pending.result(timeout=30)
    finally:
        conn.rollback()
        conn.close()
    assert response.status_code == 500
    assert re.search(r"error-code", response.text) and "Traceback" not in response.text
    partial = stack.sql(
        "SELECT count(*) FROM courses_lessonprogress WHERE official_id = %s AND lesson_key = %s",
        learner["official_id"],
        course_lesson[1],
    )[0][0]
    assert partial == 0
    assert requests.get(f"{stack.base}/healthz", timeout=5).status_code == 200  # the next request is fine
    print("\nPostgreSQL backend killed mid-request: 500 page, no partial write, next request healthy")


@pytest.fixture(scope="module")
def sqlite_site(tmp_path_factory):
    """The one-machine default: SQLite (WAL, immediate transactions) behind gunicorn with 4 processes."""
    if not os.environ.get("LMS_TEST_REDIS_URL") and not os.environ.get("LMS_REQUIRE_INTEGRATION"):
        pytest.skip("runs with the integration tests (make test)")
    work = tmp_path_factory.mktemp("sqlite-site")
    (work / "mail").mkdir()
    site = Stack(work, "postgres://unused@127.0.0.1:1/unused")
    site.env["DATABASE_URL"] = f"sqlite:///{work / 'db.sqlite3'}"
    site.env["CELERY_BROKER_URL"] = "filesystem://"
    site.env.pop("CACHE_URL", None)
    try:
        site.manage("migrate", "--noinput")
        site.manage("createcachetable")
        site.manage("collectstatic", "--noinput")
        site.manage("seed_demo")
        site.setup = json.loads(
            site.manage("shell", "-c", (ROOT / "tests/integration/stack_setup.py").read_text(),
                        extra_env={"STACK_LEARNERS": "16"}).strip().splitlines()[-1]
        )  # fmt: skip
        site.start("web", [str(Path(sys.executable).parent / "gunicorn"), "lms.wsgi:application",
                           "--bind", f"127.0.0.1:{site.web_port}", "--workers", "4", "--timeout", "30"])  # fmt: skip
        _wait(lambda: site._get_ok("/healthz"), timeout=60, what="gunicorn answers /healthz")
        yield site
    finally:
        site.stop()


def test_sixteen_concurrent_learners_on_sqlite_get_no_errors(sqlite_site):
    site = sqlite_site
    sessions = [_learner_session(site, learner) for learner in site.setup["learners"]]
    urls = [*site.setup["demo_lessons"], site.setup["lesson_url"]]
    statuses, timings = [], []

    def learn(session: requests.Session) -> None:
        for url in urls:
            started = time.monotonic()
            statuses.append(_post(session, site.base + url + "finish/").status_code)
            timings.append(time.monotonic() - started)

    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(learn, sessions))
    import sqlite3

    with sqlite3.connect(site.env["DATABASE_URL"].removeprefix("sqlite:///")) as db:
        ids = ",".join(str(learner["official_id"]) for learner in site.setup["learners"])
        (saved,) = db.execute(
            f"SELECT count(*) FROM courses_lessonprogress WHERE completed_at IS NOT NULL AND official_id IN ({ids})"  # noqa: S608
        ).fetchone()
    timings.sort()
    print(f"\nSQLite, 16 concurrent learners x {len(urls)} lessons: {len(statuses)} requests, "
          f"statuses {sorted(set(statuses))}, p50 {timings[len(timings) // 2] * 1000:.0f} ms, "
          f"max {timings[-1] * 1000:.0f} ms, progress rows {saved}")  # fmt: skip
    assert statuses == [302] * (16 * len(urls))
    assert saved == 16 * len(urls)
    assert "database is locked" not in (site.work / "web.log").read_text(errors="replace")
