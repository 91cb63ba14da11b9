"""Browser fixtures: Debian's Chromium driven by Playwright against pytest-django's live server.

Every page opened through these fixtures is watched: an uncaught script error, a
console error or a Content-Security-Policy violation fails the test that caused it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Officials in Vietnam browse in Vietnamese; tests that need another preference say so.
DEFAULT_CONTEXT = {"locale": "vi-VN", "viewport": {"width": 1280, "height": 800}}

# Reported from the page to Python, so that a violation on any page of a test is seen,
# even after the page has navigated away.
_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__lmsReportCspViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${document.location.pathname}`
  );
});
"""


@contextmanager
def _async_unsafe_allowed() -> Iterator[None]:
    """Django database access while Playwright's event loop runs in this thread.

    Playwright's sync API keeps an event loop running in the test thread for as long
    as it is open, and Django refuses database access from such a thread unless
    DJANGO_ALLOW_ASYNC_UNSAFE is set (safe here: the loop only talks to the browser).
    The variable is set only while the browser is open, not at import time: other
    tests start `manage.py check --deploy` with a copy of this environment, and the
    deployment check rightly fails when it finds the variable.
    """
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


# Package scope: one browser for the browser tests, closed (and its event loop stopped)
# before the process moves on to other tests, which then see a normal environment.
@pytest.fixture(scope="package")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with _async_unsafe_allowed(), sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def browser_problems() -> list[str]:
    """What went wrong in the browser during the test; a test that expects a problem may clear it."""
    return []


@pytest.fixture
def new_page(browser, browser_problems, live_server) -> Iterator[Callable[..., object]]:
    """Opens a watched page in a fresh browser context; keyword arguments go to ``new_context``."""
    contexts = []

    def open_page(**context_options):
        context = browser.new_context(base_url=live_server.url, **{**DEFAULT_CONTEXT, **context_options})
        contexts.append(context)
        context.expose_binding("__lmsReportCspViolation", lambda source, text: browser_problems.append(f"CSP: {text}"))
        context.add_init_script(_CSP_LISTENER)
        page = context.new_page()
        page.on("console", lambda message: _record_console(message, browser_problems))
        page.on("pageerror", lambda error: browser_problems.append(f"uncaught error: {error}"))
        return page

    yield open_page
    for context in contexts:
        context.close()
    if browser_problems:
        pytest.fail("the browser reported problems:\n" + "\n".join(browser_problems), pytrace=False)


@pytest.fixture
def page(new_page):
    """A watched page at desktop width, preferring Vietnamese."""
    return new_page()


def _record_console(message, problems: list[str]) -> None:
    if message.type == "error":
        problems.append(f"console error: {message.text}")
    elif "Content Security Policy" in message.text:
        problems.append(f"CSP ({message.type}): {message.text}")


PASSWORD = "test-pass-2026"
AXE_SOURCE = str(Path(__import__("axe_playwright_python").__file__).parent / "axe.min.js")


def sign_in(page, email: str, password: str = PASSWORD) -> None:
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()


def axe_violations(page, impacts: set[str]) -> list[str]:
    """Run axe-core in the page (through the debugging protocol, which the CSP does not govern)."""
    page.evaluate(Path(AXE_SOURCE).read_text())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — {len(violation['nodes'])} node(s)"
        for violation in result["violations"]
        if violation["impact"] in impacts
    ]


# Live-server tests empty the database afterwards; serialized rollback puts back what
# migrations created (Wagtail's root page and site, locales) before each test.
LIVE_DB = pytest.mark.django_db(transaction=True, serialized_rollback=True)
