"""The certificate, verification, HR and transparency pages in Chromium: no serious accessibility violations."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from certification.models import Certificate
from tests.browser.conftest import LIVE_DB, axe_violations, sign_in
from tests.conftest import TOTP_SECRET, totp_now

pytestmark = [pytest.mark.browser, LIVE_DB]


def _check(page, urls) -> None:
    for url in urls:
        page.goto(url)
        serious = axe_violations(page, impacts={"serious", "critical"})
        assert serious == [], f"{url}: {serious}"


def test_certificate_and_public_pages(new_page, live_server):
    call_command("seed_demo", stdout=io.StringIO())
    code = Certificate.objects.get(official__employee_code="DEMO002").verification_code
    page = new_page()
    _check(page, [f"/verify/{code}/", "/verify/", "/transparency/", "/api/v1/docs/"])
    sign_in(page, "certified@demo.gov.vn", "demo-pass-2026")
    _check(page, ["/certificates/", "/learn/"])


def test_hr_pages(new_page, live_server):
    call_command("seed_demo", stdout=io.StringIO())
    page = new_page()
    sign_in(page, "hr@demo.gov.vn", "demo-pass-2026")
    page.locator("input[name=code]").fill(totp_now(TOTP_SECRET))
    with page.expect_navigation():
        page.locator("main button[type=submit]").first.click()
    certificate = Certificate.objects.get(official__employee_code="DEMO002")
    _check(page, ["/hr/", "/hr/units/D1/", "/hr/officials/DEMO002/", "/hr/mandates/", "/hr/roles/",
                  "/hr/roles/assign/?official=DEMO001", "/hr/roles/officials/DEMO002/", "/hr/certificates/",
                  f"/hr/certificates/{certificate.pk}/", "/hr/flags/"])  # fmt: skip
