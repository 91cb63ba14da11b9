"""Signing in, as an official does it: in a real browser, on a desktop and on a phone."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD

expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect

from tests.browser.conftest import LIVE_DB  # noqa: E402

pytestmark = [pytest.mark.browser, LIVE_DB]

LOGIN = "/accounts/login/"


def type_credentials_and_submit(page, email: str, password: str) -> None:
    page.goto(LOGIN)
    page.locator("input[name=login]").press_sequentially(email)
    page.locator("input[name=password]").press_sequentially(password)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()


def test_a_learner_signs_in_and_sees_their_name(page, live_server, learner):
    type_credentials_and_submit(page, learner.email, PASSWORD)

    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.locator("h1")).to_contain_text("Nguyễn Văn Học")
    expect(page.locator("form[action='/accounts/logout/']")).to_have_count(1)


def test_a_wrong_password_shows_an_error_and_signs_nobody_in(page, live_server, learner):
    type_credentials_and_submit(page, learner.email, "not-the-password")

    expect(page).to_have_url(f"{live_server.url}{LOGIN}")
    error = page.get_by_role("alert")
    expect(error).to_be_visible()
    expect(error).not_to_be_empty()
    # site.js takes keyboard and screen reader users straight to the message.
    expect(error).to_be_focused()
    page.goto("/")
    expect(page.locator("h1")).not_to_contain_text("Nguyễn Văn Học")
    expect(page.locator("form[action='/accounts/logout/']")).to_have_count(0)


def test_the_login_page_fits_a_phone_and_switches_to_english(new_page, live_server):
    # A browser whose preferred language the site does not offer gets the default.
    page = new_page(locale="fr-FR", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.goto(LOGIN)

    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    expect(page.locator("html")).to_have_attribute("lang", "vi")

    with page.expect_navigation():
        page.get_by_role("button", name="English").click()

    expect(page).to_have_url(f"{live_server.url}{LOGIN}")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390


def test_the_first_tab_reaches_the_skip_link(page):
    page.goto(LOGIN)
    page.keyboard.press("Tab")

    skip_link = page.locator("a.skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_have_attribute("href", "#main")
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
