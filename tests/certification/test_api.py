"""The integration API: answers agree with the role gate; errors have one shape; scope, rate limits, audit."""

from __future__ import annotations

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

from certification.api.tokens import api_client_create, api_client_revoke, api_client_rotate
from certification.gate import RoleError, role_assign
from certification.models import ApiClient, ReformRole
from lms.audit.models import AuditEvent
from lms.people.models import Official

pytestmark = pytest.mark.django_db

TOKEN = "demo-api-token-2026"


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=io.StringIO())
    cache.clear()


def get(client, url, token=TOKEN, **extra):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    return client.get(url, **headers, **extra)


def test_eligibility_agrees_with_the_role_gate(client, demo):
    hr = Official.objects.get(employee_code="DEMO004").user
    role = ReformRole.objects.get(code="one-stop-desk")
    leader = get(client, "/api/v1/officials/DEMO001/eligibility?role=one-stop-desk").json()
    assert leader["eligible"] is False and leader["missing"] == ["DLF"]
    assert "DLF" in leader["message"]
    certified = get(client, "/api/v1/officials/DEMO002/eligibility?role=one-stop-desk").json()
    assert certified["eligible"] is True and certified["missing"] == [] and certified["programs"][0]["state"] == "held"
    # The gate decides the same way.
    with pytest.raises(RoleError):
        role_assign(official=Official.objects.get(employee_code="DEMO001"), role=role,
                    unit=Official.objects.get(employee_code="DEMO001").unit, by=hr)  # fmt: skip
    certified_official = Official.objects.get(employee_code="DEMO002")
    assert role_assign(official=certified_official, role=role, unit=certified_official.unit, by=hr).status == "active"


def test_certifications_stats_and_verification(client, demo):
    page = get(client, "/api/v1/officials/DEMO002/certifications").json()
    assert page["count"] == 1 and page["results"][0]["status"] == "valid"
    code = page["results"][0]["verification_url"].rstrip("/").rsplit("/", 1)[-1]
    verification = get(client, f"/api/v1/certificates/{code}").json()
    assert verification["status"] == "valid" and verification["program"] == "DLF"
    assert "email" not in str(verification) and "DEMO002" not in str(verification)
    stats = get(client, "/api/v1/units/D1/stats").json()
    assert stats["unit"] == "D1" and stats["programs"][0]["certified"] >= 1


def test_no_token_and_bad_tokens_get_the_documented_errors(client, demo):
    missing = get(client, "/api/v1/officials/DEMO002/certifications", token=None)
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "not_authenticated"
    wrong = get(client, "/api/v1/officials/DEMO002/certifications", token="not-a-token")
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "invalid_token"
    api_client_revoke(client=ApiClient.objects.get())
    revoked = get(client, "/api/v1/officials/DEMO002/certifications")
    assert revoked.status_code == 401 and revoked.json()["error"]["code"] == "invalid_token"


def test_rotation_replaces_the_token(client, demo):
    new = api_client_rotate(client=ApiClient.objects.get())
    assert get(client, "/api/v1/units/D1/stats").status_code == 401
    assert get(client, "/api/v1/units/D1/stats", token=new).status_code == 200


def test_an_official_outside_the_clients_units_looks_like_one_that_does_not_exist(client, demo):
    from lms.people.models import Unit

    _client, token = api_client_create(name="Quận 2", units=Unit.objects.filter(code="D2"))
    outside = get(client, "/api/v1/officials/DEMO001/certifications", token=token)
    absent = get(client, "/api/v1/officials/NOBODY/certifications", token=token)
    assert outside.status_code == absent.status_code == 404
    assert outside.json() == absent.json() == {
        "error": {"code": "official_not_found",
                  "message": "No official with this employee code is visible to this client."}
    }  # fmt: skip
    assert get(client, "/api/v1/units/D1/stats", token=token).json()["error"]["code"] == "unit_not_found"


def test_calls_are_rate_limited_per_client(client, demo, settings):
    settings.LMS_API_RATE = "5/minute"
    statuses = [get(client, "/api/v1/units/D1/stats").status_code for _ in range(7)]
    assert statuses == [200] * 5 + [429] * 2
    assert get(client, "/api/v1/units/D1/stats").json()["error"]["code"] == "rate_limited"


def test_every_call_is_audited_with_client_endpoint_and_official(client, demo):
    get(client, "/api/v1/officials/DEMO002/eligibility?role=e-signing-leader")
    get(client, "/api/v1/officials/DEMO002/eligibility", token=None)
    events = list(AuditEvent.objects.filter(action="api.call").order_by("id"))
    assert [e.details["status"] for e in events] == [200, 401]
    assert events[0].details["official"] == "DEMO002" and events[0].details["client"] == ApiClient.objects.get().pk
    assert events[0].details["endpoint"] == "/api/v1/officials/DEMO002/eligibility"
    assert events[0].ip_address == "127.0.0.1"


def test_schema_covers_only_the_api_and_docs_render(client, demo):
    schema = client.get("/api/v1/schema/?format=json").json()
    assert sorted(schema["paths"]) == [
        "/api/v1/certificates/{verification_code}",
        "/api/v1/officials/{employee_code}/certifications",
        "/api/v1/officials/{employee_code}/eligibility",
        "/api/v1/units/{unit_code}/stats",
    ]
    docs = client.get("/api/v1/docs/")
    assert docs.status_code == 200 and "official_not_found" in docs.content.decode()


def test_missing_role_parameter_and_unknown_role(client, demo):
    assert get(client, "/api/v1/officials/DEMO002/eligibility").json()["error"]["code"] == "role_required"
    assert get(client, "/api/v1/officials/DEMO002/eligibility?role=nope").json()["error"]["code"] == "role_not_found"
