"""The leader demo account takes a whole demo course in Chromium, as the product is shown."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command

from tests.browser.conftest import LIVE_DB, sign_in

expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect

pytestmark = [pytest.mark.browser, LIVE_DB]


def test_the_leader_finishes_a_demo_course_and_it_stays_complete(new_page, live_server):
    call_command("seed_demo", stdout=io.StringIO())
    page = new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    sign_in(page, "leader@demo.gov.vn", "demo-pass-2026")

    page.goto("/courses/")
    page.get_by_role("link", name="Đọc và xử lý bảng theo dõi hồ sơ một cửa").click()
    page.locator("a.continue-button").click()
    finished = 0
    while page.locator("form[data-finish]").count():
        # Answer the lesson's practice question on the way, with JavaScript.
        practice = page.locator("form[data-practice]").first
        if practice.count():
            practice.locator("input[type=radio]").first.check()
            practice.locator("button[type=submit]").click()
            expect(practice.locator(".practice-result")).not_to_be_empty()
        with page.expect_navigation():
            page.locator("form[data-finish] button[type=submit]").click()
        finished += 1
        assert finished <= 10
    assert finished == 4
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390

    # Lessons done, the course asks for its final quiz; the leader answers it correctly.
    from quizzes.models import QuizAttempt

    # Starting needs the personal attestation, then the password again (allauth's re-authentication).
    page.locator("a.continue-button").click()
    page.locator("form.start-form button[type=submit]").click()
    expect(page).not_to_have_url(re.compile("/accounts/reauthenticate/"))  # the browser asks for the box
    page.locator("#attest").check()
    with page.expect_navigation():
        page.locator("form.start-form button[type=submit]").click()
    expect(page).to_have_url(re.compile("/accounts/reauthenticate/"))
    assert not QuizAttempt.objects.filter(official__employee_code="DEMO001").exists()
    page.locator("input[name=password]").fill("demo-pass-2026")
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/attempt/\d+/$"))
    attempt = QuizAttempt.objects.filter(official__employee_code="DEMO001").latest("pk")
    assert attempt.attested_at is not None
    for question_id, key in attempt.answer_key.items():
        for answer_id in key["correct"]:
            page.locator(f"input[name='q-{question_id}'][value='{answer_id}']").check()
    with page.expect_navigation():
        page.locator("form.quiz-form button[type=submit]").click()
    expect(page.locator("main .lead.status-ok")).to_be_visible()

    page.goto("/learn/")
    completed = page.locator("#completed").locator("xpath=..")
    expect(completed).to_contain_text("Đọc và xử lý bảng theo dõi hồ sơ một cửa")

    # Sign out and in again: still complete, in the catalog too.
    page.locator("form[action='/accounts/logout/'] button").click()
    sign_in(page, "leader@demo.gov.vn", "demo-pass-2026")
    page.goto("/courses/?topic=dashboard")
    expect(page.locator(".course-card .status-ok")).to_have_count(1)
