"""A real Celery worker, on a real broker (Redis), against the test database (PostgreSQL).

``make test`` starts Redis and PostgreSQL on loopback and sets LMS_TEST_REDIS_URL and
LMS_REQUIRE_INTEGRATION; elsewhere these tests are skipped with the reason.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def _require_services() -> str:
    redis_url = os.environ.get("LMS_TEST_REDIS_URL")
    problem = None
    if not redis_url:
        problem = "LMS_TEST_REDIS_URL is not set (make test starts Redis)"
    elif connection.vendor != "postgresql":
        problem = "integration tests run on PostgreSQL (make test starts a cluster)"
    if problem:
        if os.environ.get("LMS_REQUIRE_INTEGRATION"):
            pytest.fail(problem)
        pytest.skip(problem)
    return redis_url


@pytest.fixture
def celery_worker(transactional_db):
    """Start a worker process that sees this test's (committed) data; stop it afterwards."""
    from lms.celery import app

    redis_url = _require_services()
    settings_dict = connection.settings_dict
    database_url = (
        f"postgres://{settings_dict['USER']}:{settings_dict['PASSWORD'] or ''}@{settings_dict['HOST']}:"
        f"{settings_dict['PORT']}/{settings_dict['NAME']}"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": redis_url,
        "CELERY_TASK_ALWAYS_EAGER": "0",
    }
    app.control.purge()
    from django.conf import settings

    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    log = open(settings.VAR_DIR / "integration-worker.log", "ab")  # noqa: SIM115 — closed below
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "lms",
            "worker",
            "--pool=solo",
            "--loglevel=INFO",
            "--without-mingle",
            "--without-gossip",
            "-n",
            f"itest-{os.getpid()}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail("the Celery worker exited at start; see integration-worker.log under LMS_VAR_DIR")
        if app.control.ping(timeout=0.5):
            break
    else:
        process.kill()
        pytest.fail("the Celery worker did not answer within 60 s")
    yield process
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()


def wait_for(predicate, *, timeout: float = 30, interval: float = 0.2):
    """Poll until ``predicate()`` is truthy; return its value or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    pytest.fail(f"condition not met within {timeout} s")
