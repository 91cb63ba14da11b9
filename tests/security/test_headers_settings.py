"""Security headers on the site's own pages, the production settings, and files that always download.

Already proved elsewhere, not repeated here:
- tests/core/test_headers.py: the sign-in page's full header set; no asset from another site; the Wagtail admin
  (``/admin/``) alone allows ``'unsafe-inline'`` scripts and styles (its editor needs them) and is framed by itself
  only (``frame-ancestors 'self'``). That is the one exception, stated by lms/core/middleware.py, and it also covers
  ``/django-admin/``; every page below is outside it.
- tests/core/test_production_settings.py: ``manage.py check --deploy --fail-level WARNING`` passes under production
  settings, which refuse to start without SECRET_KEY and ALLOWED_HOSTS.
- tests/certification/test_pdf_and_pages.py: the certificate PDF (``/certificates/<pk>/pdf/``) downloads as an
  attachment; tests/certification/test_dashboard.py: so does the inline XLSX export.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.test import Client

from certification.factories import certificate_grant, program_build
from courses.factories import course_build, lesson_add
from tests.conftest import PASSWORD, MFAClient

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "Zq8v-3x_Lp0sR7tYw2bN5mC1dF4gH6jK9"


def policy_of(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.fixture
def site(learner, hr_a, tree):
    """A course with a lesson that offers a document, and a certificate to verify."""
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Mẫu văn bản", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="mau-van-ban.pdf")
    )
    course = course_build(title="Thư điện tử công vụ", lessons=1)
    lesson = lesson_add(
        course=course,
        title="Tải biểu mẫu",
        body=[{"type": "document", "value": {"document": document.pk, "title": "", "description": ""}}],
    )
    program = program_build(courses=[course], code="DLF")
    certificate = certificate_grant(learner.official, program)
    return {"course": course, "lesson": lesson, "document": document, "certificate": certificate}


def own_pages(site) -> list[tuple[str, str]]:
    """(who, path) for every kind of page the site renders itself."""
    return [
        ("anonymous", "/"),
        ("anonymous", "/courses/"),
        ("anonymous", "/transparency/"),
        ("anonymous", f"/verify/{site['certificate'].verification_code}/"),
        ("anonymous", "/verify/not-a-code/"),  # the 404 page
        ("anonymous", "/verify/"),
        ("anonymous", "/api/v1/docs/"),
        ("learner", "/"),
        ("learner", "/learn/"),
        ("learner", site["course"].url),
        ("learner", site["lesson"].url),
        ("learner", "/certificates/"),
        ("learner", "/accounts/email/"),
        ("learner", "/hr/"),  # the 403 page
        ("hr_a", "/hr/"),
        ("hr_a", "/hr/officials/L001/"),
        ("hr_a", "/hr/roles/"),
        ("hr_a", "/hr/import/"),
    ]


def test_every_own_page_carries_the_strict_policy_and_needs_no_exception(site, request):
    clients = {"anonymous": Client()}
    for who in ("learner", "hr_a"):
        clients[who] = MFAClient()
        clients[who].force_login(request.getfixturevalue(who))
    checked = set()
    for who, path in own_pages(site):
        response = clients[who].get(path)
        checked.add(response.status_code)
        policy = policy_of(response)
        where = (who, path, response.status_code)
        assert policy["default-src"] == ["'self'"], where
        assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"], where
        assert not [source for source in policy["script-src"] if source not in ("'self'",)
                    and not source.startswith("'nonce-")], where  # fmt: skip
        assert "'unsafe-inline'" not in policy["style-src"], where
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"], where
        assert policy["frame-ancestors"] == ["'none'"], where
        assert response["X-Frame-Options"] == "DENY", where
        assert response["X-Content-Type-Options"] == "nosniff", where
        assert response["Referrer-Policy"] == "same-origin", where
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", where
        # And the pages live with it: no inline script, event handler or style attribute that the policy would
        # silently block (JSON data blocks are not executed).
        html = response.content.decode()
        inline = [tag for tag in re.findall(r"<script\b[^>]*>", html) if "src=" not in tag and "json" not in tag]
        assert inline == [], where
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", html), where
        assert not re.search(r"<[^>]+\sstyle\s*=", html), where
    assert checked == {200, 403, 404}


def test_the_cms_exception_stops_at_the_cms(client, admin_user):
    # The relaxed policy is keyed to the /admin/ and /django-admin/ prefixes, not to who is signed in.
    client.force_login(admin_user)
    for path in ("/", "/hr/", "/administrator/", "/api/v1/docs/"):
        policy = policy_of(client.get(path))
        assert "'unsafe-inline'" not in policy["script-src"], path
        assert policy["frame-ancestors"] == ["'none'"], path
    relaxed = policy_of(client.get("/django-admin/"))
    assert "'unsafe-inline'" in relaxed["script-src"] and relaxed["frame-ancestors"] == ["'self'"]
    assert relaxed["object-src"] == ["'none'"]


# --- Production settings ---------------------------------------------------------------------------------

PRODUCTION_KEYS = [
    "DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
    "SECURE_PROXY_SSL_HEADER", "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "SESSION_COOKIE_SAMESITE",
    "SESSION_COOKIE_NAME", "SESSION_EXPIRE_AT_BROWSER_CLOSE", "CSRF_COOKIE_SECURE", "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_NAME", "LANGUAGE_COOKIE_SECURE", "LANGUAGE_COOKIE_HTTPONLY", "MFA_TRUST_COOKIE_SECURE",
    "MFA_TRUST_ENABLED", "X_FRAME_OPTIONS", "SECURE_CONTENT_TYPE_NOSNIFF", "SECURE_REFERRER_POLICY",
    "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT", "WAGTAILDOCS_SERVE_METHOD",
]  # fmt: skip


@pytest.fixture(scope="module")
def production(tmp_path_factory) -> dict:
    """The settings as lms.settings.production computes them from the required environment."""
    keep = {"PATH", "HOME", "LANG", "LC_ALL", "VIRTUAL_ENV", "PYTHONPATH"}
    env = {key: value for key, value in os.environ.items() if key in keep}
    env.update({
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "SECRET_KEY": GOOD_KEY,
        "ALLOWED_HOSTS": "lms.gov.vn",
        "LMS_VAR_DIR": str(tmp_path_factory.mktemp("production-var")),
    })  # fmt: skip
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{key: getattr(settings, key) for key in {PRODUCTION_KEYS!r}}}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_settings_are_https_only_with_locked_down_cookies(production):
    assert production["DEBUG"] is False
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True and production["SECURE_HSTS_PRELOAD"] is True
    assert production["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert production["SESSION_COOKIE_SECURE"] is True and production["SESSION_COOKIE_HTTPONLY"] is True
    assert production["CSRF_COOKIE_SECURE"] is True and production["CSRF_COOKIE_HTTPONLY"] is True
    assert production["LANGUAGE_COOKIE_SECURE"] is True and production["MFA_TRUST_COOKIE_SECURE"] is True
    assert production["SESSION_COOKIE_NAME"].startswith("__Host-")
    assert production["CSRF_COOKIE_NAME"].startswith("__Host-")
    assert production["SESSION_EXPIRE_AT_BROWSER_CLOSE"] is True
    assert production["MFA_TRUST_ENABLED"] is False
    assert (production["X_FRAME_OPTIONS"], production["SECURE_CONTENT_TYPE_NOSNIFF"]) == ("DENY", True)
    assert production["SECURE_REFERRER_POLICY"] == "same-origin"
    # Certificates, imports and exports are stored where no web server location points.
    assert not Path(production["PRIVATE_MEDIA_ROOT"]).is_relative_to(production["MEDIA_ROOT"])


@pytest.fixture
def as_production(production, settings):
    """This process's site with the production values of every setting about transport and cookies."""
    for key in PRODUCTION_KEYS:
        if key.startswith(("SECURE_", "SESSION_", "CSRF_", "LANGUAGE_COOKIE_")):
            value = production[key]
            setattr(settings, key, tuple(value) if isinstance(value, list) else value)
    return settings


def test_under_production_settings_plain_http_is_sent_to_https(as_production):
    response = Client().get("/accounts/login/")
    assert response.status_code == 301 and response["Location"] == "https://testserver/accounts/login/"
    assert "Strict-Transport-Security" not in response  # never sent over plain HTTP


def test_under_production_settings_a_sign_in_sets_only_secure_host_only_cookies(as_production, learner):
    client = Client()
    page = client.get("/accounts/login/", secure=True)
    assert page["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    response = client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": PASSWORD}, secure=True)
    assert response.status_code == 302
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    session = response.cookies["__Host-sessionid"]
    csrf = client.cookies["__Host-csrftoken"]
    for cookie in (session, csrf):
        assert cookie["secure"] is True and cookie["httponly"] is True, cookie.key
        # __Host- cookies are refused by browsers unless Secure, Path=/ and without Domain.
        assert cookie["path"] == "/" and cookie["domain"] == "", cookie.key
    assert session["samesite"] == "Lax"
    assert not session["expires"] and not session["max-age"]  # ends with the browser


# --- Files that download ------------------------------------------------------------------------------------


def test_documents_download_and_never_render_on_the_site(client, site, learner):
    client.force_login(learner)
    document = site["document"]
    lesson = client.get(site["lesson"].url).content.decode()
    link = re.search(r'<a class="document-link" href="([^"]+)" download>', lesson)
    assert link and link.group(1).startswith("/media/documents/"), lesson
    # Wagtail's own document address never streams the file from the application: it sends the
    # browser to /media/documents/, which the web server serves (below).
    response = client.get(f"/documents/{document.pk}/{document.filename}")
    assert response.status_code == 302 and response["Location"] == link.group(1)


def _nginx_location(config: str, prefix: str) -> str:
    start = config.index(f"location {prefix} {{")
    depth, end = 0, start
    for end in range(start, len(config)):
        depth += {"{": 1, "}": -1}.get(config[end], 0)
        if config[end] == "}" and depth == 0:
            break
    return config[start:end]


def test_the_web_server_serves_documents_as_attachments_in_a_sandbox():
    config = (ROOT / "deploy" / "nginx-lms.conf").read_text()
    documents = _nginx_location(config, "/media/documents/")
    assert re.search(r"add_header Content-Disposition attachment;", documents)
    assert re.search(r"add_header X-Content-Type-Options nosniff;", documents)
    assert re.search(r"add_header Content-Security-Policy \"default-src 'none'; sandbox\";", documents)
    media = _nginx_location(config, "/media/")
    assert "sandbox" in media and "nosniff" in media
    assert re.search(r"location /private/ \{ return 404; \}", config)


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/hr/export/officials.csv?unit=D1", "text/csv; charset=utf-8"),
        ("/hr/export/certificates.csv", "text/csv; charset=utf-8"),
        ("/hr/export/assignments.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("/hr/export/dashboard.csv", "text/csv; charset=utf-8"),
    ],
)
def test_exports_download_as_attachments(client, site, hr_a, path, content_type):
    client.force_login(hr_a)
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert re.fullmatch(r'attachment; filename="[\w.-]+"', response["Content-Disposition"])
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_background_export_downloads_as_an_attachment(client, site, hr_a, settings):
    settings.LMS_EXPORT_INLINE_MAX_ROWS = 0
    client.force_login(hr_a)
    response = client.get("/hr/export/officials.csv?unit=D1")
    assert response.status_code == 302
    detail = response["Location"]
    assert re.fullmatch(r"/hr/exports/\d+/", detail)
    # The progress page is a page of the site; the file itself downloads.
    assert client.get(detail)["Content-Type"].startswith("text/html")
    download = client.get(f"{detail}download/")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment; filename=")
    assert download["Content-Type"] == "text/csv; charset=utf-8"
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"L001" in b"".join(download.streaming_content)
