"""The HR import page hands the file to a real Celery worker over Redis, which imports it into PostgreSQL."""

from __future__ import annotations

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lms.people.models import ImportStatus, Official, OfficialImport
from tests.integration.conftest import wait_for
from tests.people.fixtures.import_files import csv_bytes, rows

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_an_upload_is_imported_by_the_worker_with_live_progress(client, hr_a, celery_worker):
    client.force_login(hr_a)
    started = time.monotonic()
    response = client.post("/hr/import/", {"file": SimpleUploadedFile("officials.csv", csv_bytes(rows(2000)))})
    assert response.status_code == 302
    job = OfficialImport.objects.get()

    statuses = []

    def finished():
        status = client.get(f"/hr/import/{job.pk}/status/").json()
        statuses.append(status)
        return status if status["status"] in (ImportStatus.SUCCEEDED, ImportStatus.FAILED) else None

    final = wait_for(finished, timeout=120)
    elapsed = time.monotonic() - started
    print(f"\n2,000-row import through Redis and the worker finished in {elapsed:.1f} s")

    assert final["status"] == ImportStatus.SUCCEEDED, final
    assert Official.objects.filter(employee_code__startswith="N").count() == 2000
    assert final["processed_rows"] == final["total_rows"] == 2000

    # Re-importing through the worker adds no one.
    client.post("/hr/import/", {"file": SimpleUploadedFile("officials.csv", csv_bytes(rows(2000)))})
    second = OfficialImport.objects.exclude(pk=job.pk).get()
    wait_for(lambda: OfficialImport.objects.get(pk=second.pk).status == ImportStatus.SUCCEEDED, timeout=120)
    assert Official.objects.filter(employee_code__startswith="N").count() == 2000
    assert OfficialImport.objects.get(pk=second.pk).unchanged_count == 2000


def test_login_rate_limits_are_shared_through_redis(client, learner, settings):
    if not settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        pytest.fail("the integration run uses Redis as the cache")
    from django.test import Client

    for attempt in range(5):
        Client().post("/accounts/login/", {"login": "learner@example.gov.vn", "password": f"wrong-{attempt}"})
    # A fresh client (another browser, another process) is still refused.
    Client().post("/accounts/login/", {"login": "learner@example.gov.vn", "password": "test-pass-2026"})
    fresh = Client()
    fresh.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": "test-pass-2026"})
    assert "_auth_user_id" not in fresh.session
