"""schemathesis against /api/v1/schema/ with a valid token: no server error, no response outside the schema."""

from __future__ import annotations

import io

import pytest
import schemathesis
from django.core.cache import cache
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from certification.models import Certificate

pytestmark = pytest.mark.django_db

HEADERS = {"Authorization": "Bearer demo-api-token-2026"}


@pytest.fixture
def api_schema(db, settings):
    settings.LMS_API_RATE = "100000/minute"
    call_command("seed_demo", stdout=io.StringIO())
    cache.clear()
    from lms.wsgi import application

    return schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)


def test_the_api_keeps_to_its_schema(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 4
    calls = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            response = case.call(headers=HEADERS)
            calls.append(response.status_code)
            case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

        check()
    # Known records too, so that successful answers are checked against the schema as well.
    code = Certificate.objects.get(official__employee_code="DEMO002").verification_code
    known = {
        "official_certifications": [{"path_parameters": {"employee_code": "DEMO002"}}],
        "official_eligibility": [
            {"path_parameters": {"employee_code": who}, "query": {"role": role}}
            for who in ("DEMO001", "DEMO002") for role in ("one-stop-desk", "e-signing-leader")
        ],
        "unit_stats": [{"path_parameters": {"unit_code": unit}} for unit in ("CITY", "D1", "D1-W1")],
        "certificate_verification": [{"path_parameters": {"verification_code": code}}],
    }  # fmt: skip
    for operation in operations:
        for values in known[operation.definition.raw["operationId"]]:
            case = operation.Case(**values)
            response = case.call(headers=HEADERS)
            assert response.status_code == 200, (values, response.text)
            calls.append(response.status_code)
            case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])
    assert len(calls) >= 4 * 20 and 500 not in calls
    print(f"\nschemathesis: {len(calls)} calls over {len(operations)} operations, statuses {sorted(set(calls))}")
