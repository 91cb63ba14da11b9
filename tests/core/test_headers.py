"""Security headers on every page, and every asset served locally."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/accounts/login/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_pages_load_nothing_from_other_sites(client, learner):
    client.force_login(learner)
    for url in ("/", "/accounts/login/", "/accounts/email/"):
        html = client.get(url).content.decode()
        external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
        assert external == [], (url, external)


def test_vietnamese_is_the_default_and_english_is_one_click_away(client):
    assert '<html lang="vi"' in client.get("/accounts/login/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/accounts/login/"})
    assert '<html lang="en"' in client.get("/accounts/login/").content.decode()


def test_only_the_cms_may_use_inline_scripts(client, admin_user):
    client.force_login(admin_user)
    policy = client.get("/admin/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy
    assert "unsafe-inline" not in client.get("/")["Content-Security-Policy"]
