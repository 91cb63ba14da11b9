"""Sign-in through a government OpenID Connect provider, configured from settings.

A stub provider runs on loopback for these tests only: discovery, token and
userinfo endpoints, enough for allauth's authorization-code flow.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model

pytestmark = pytest.mark.django_db


class StubProvider(BaseHTTPRequestHandler):
    userinfo: dict = {}

    def log_message(self, *args):  # keep test output quiet
        pass

    def _json(self, payload: dict) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path.startswith("/.well-known/openid-configuration"):
            self._json(
                {
                    "issuer": base,
                    "authorization_endpoint": f"{base}/authorize",
                    "token_endpoint": f"{base}/token",
                    "userinfo_endpoint": f"{base}/userinfo",
                    "jwks_uri": f"{base}/jwks",
                    "token_endpoint_auth_methods_supported": ["client_secret_post"],
                }
            )
        elif self.path.startswith("/userinfo"):
            self._json(type(self).userinfo)
        else:
            self.send_error(404)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode())
        if self.path.startswith("/token") and form.get("code") == ["stub-code"]:
            self._json({"access_token": "stub-access", "token_type": "Bearer", "expires_in": 300})
        else:
            self.send_error(400)


@pytest.fixture
def provider(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), StubProvider)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.SOCIALACCOUNT_PROVIDERS = {
        "openid_connect": {
            "OAUTH_PKCE_ENABLED": True,
            "APPS": [
                {
                    "provider_id": "gov-id",
                    "name": "Cổng định danh",
                    "client_id": "lms",
                    "secret": "stub-secret",
                    "settings": {"server_url": f"http://127.0.0.1:{server.server_port}"},
                }
            ],
        }
    }
    yield StubProvider
    server.shutdown()


def run_flow(client) -> object:
    response = client.post("/accounts/oidc/gov-id/login/")
    assert response.status_code == 302
    location = urlparse(response["Location"])
    assert location.path == "/authorize"
    state = parse_qs(location.query)["state"][0]
    return client.get("/accounts/oidc/gov-id/login/callback/", {"code": "stub-code", "state": state})


def test_the_login_page_offers_the_provider(client, provider):
    assert "Cổng định danh" in client.get("/accounts/login/").content.decode()


def test_an_existing_official_signs_in_through_the_provider(client, provider, learner):
    provider.userinfo = {"sub": "vn-001", "email": "learner@example.gov.vn", "email_verified": True}
    response = run_flow(client)
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(learner.pk)


def test_the_provider_cannot_create_accounts(client, provider, tree):
    provider.userinfo = {"sub": "vn-999", "email": "stranger@example.gov.vn", "email_verified": True}
    run_flow(client)
    assert SESSION_KEY not in client.session
    assert not get_user_model().objects.filter(email="stranger@example.gov.vn").exists()


def test_staff_still_pass_the_totp_step_after_the_provider(client, provider, hr_a):
    provider.userinfo = {"sub": "vn-002", "email": "hr-a@example.gov.vn", "email_verified": True}
    response = run_flow(client)
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert SESSION_KEY not in client.session


def test_an_imported_official_keeps_a_usable_password_after_the_provider(client, provider, tree):
    import io

    from lms.people.importing import officials_import
    from tests.people.fixtures.import_files import csv_bytes, row

    officials_import(source=io.BytesIO(csv_bytes([row("N001", email="moi@example.gov.vn")])), filename="a.csv",
                     actor=None, dry_run=False, invite=False)  # fmt: skip
    user = get_user_model().objects.get(email="moi@example.gov.vn")
    user.set_password("Mat-khau-rieng-2026")
    user.save()
    provider.userinfo = {"sub": "vn-003", "email": "moi@example.gov.vn", "email_verified": True}
    run_flow(client)
    assert client.session[SESSION_KEY] == str(user.pk)
    user.refresh_from_db()
    assert user.check_password("Mat-khau-rieng-2026")
