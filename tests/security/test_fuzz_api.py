"""Every endpoint and parameter of /api/v1/ fed hostile path segments, query values, tokens and headers.

A refusal is always JSON of the documented shape ``{"error": {"code", "message"}}`` with a 4xx status;
never a 500, never an HTML page. Each case runs in a savepoint rolled back afterwards (the rate limit
counters and the audit rows of one case do not reach the next).
"""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client

from certification.api.tokens import api_client_create, api_client_revoke
from certification.factories import certificate_grant, program_build, role_build
from courses.factories import course_build

from .hostile import HOSTILE, RAW_ENCODED, RAW_TYPED, TYPED

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

TOKEN = "fuzz-api-token-d1-2026"
REVOKED = "fuzz-api-token-revoked"
DOCUMENTED = {
    "not_authenticated",
    "invalid_token",
    "role_required",
    "official_not_found",
    "unit_not_found",
    "role_not_found",
    "certificate_not_found",
    "not_found",
    "rate_limited",
}


@pytest.fixture
def api(tree, learner, settings):
    course = course_build(title="Chữ ký số", slug="chu-ky-so", lessons=1)
    program = program_build(courses=[course], code="API")
    role_build(code="one-stop-desk", programs=[program])
    certificate = certificate_grant(learner.official, program)
    api_client_create(name="Một cửa D1", units=[tree.d1], token=TOKEN)
    revoked, _token = api_client_create(name="Cũ", units=[tree.d1], token=REVOKED)
    api_client_revoke(client=revoked)
    cache.clear()
    return {"certificate": certificate}


def wire(value: str) -> str:
    """A header value as a WSGI server hands it over: the UTF-8 bytes read as Latin-1."""
    return value.encode("utf-8", "surrogatepass").decode("latin-1")


class Tally:
    def __init__(self) -> None:
        self.cases = 0
        self.counts: dict[str, int] = {}
        self.failures: list[str] = []
        # One client for every case: building one loads the middleware, which scans the static files.
        self.client = Client(raise_request_exception=False)

    def run(self, family: str, name: str, url: str, authorization: str | None, expect: set[int] | None = None):
        """One GET: a JSON error of the documented shape (or a 200 where ``expect`` allows it)."""
        self.cases += 1
        self.counts[family] = self.counts.get(family, 0) + 1
        headers = {} if authorization is None else {"HTTP_AUTHORIZATION": authorization}
        with transaction.atomic():
            try:
                response = self.client.get(url, **headers)
            finally:
                transaction.set_rollback(True)
        problem = judge(response, expect)
        if problem:
            self.failures.append(f"{family} <- {name}: {problem}")

    def check(self, title: str) -> None:
        print(f"{title}: {self.cases} cases {self.counts}")
        shown = "\n".join(self.failures[:80])
        more = f"\n… and {len(self.failures) - 80} more" if len(self.failures) > 80 else ""
        assert not self.failures, f"{len(self.failures)} of {self.cases} cases failed:\n{shown}{more}"


def judge(response, expect: set[int] | None) -> str:
    status = response.status_code
    if status >= 500:
        return f"HTTP {status}"
    if not response.get("Content-Type", "").startswith("application/json"):
        return f"HTTP {status} answered as {response.get('Content-Type')!r}, not JSON"
    body = json.loads(response.content)
    if expect and status in expect:
        return ""
    if not 400 <= status < 500:
        return f"HTTP {status}, expected a refusal"
    error = body.get("error") if isinstance(body, dict) else None
    if not (isinstance(error, dict) and set(error) == {"code", "message"}):
        return f"HTTP {status} body is not the documented error shape: {str(body)[:80]}"
    if error["code"] not in DOCUMENTED or not str(error["message"]).strip():
        return f"HTTP {status} with an undocumented code or no message: {error}"
    if status == 401 and response.get("WWW-Authenticate") != 'Bearer realm="api"':
        return "HTTP 401 without its WWW-Authenticate challenge"
    return ""


def segment_cases(full: bool = True):
    for name, value in HOSTILE if full else TYPED:
        yield name, quote(value, safe="")
    for name, raw in RAW_ENCODED if full else RAW_TYPED:
        yield name, raw


def query_cases(parameter: str, full: bool = True):
    for name, value in HOSTILE if full else TYPED:
        yield name, urlencode({parameter: value})
    for name, raw in RAW_ENCODED if full else RAW_TYPED:
        yield name, f"{parameter}={raw}"


ENDPOINTS = (
    "/api/v1/officials/{}/certifications",
    "/api/v1/officials/{}/eligibility?role=one-stop-desk",
    "/api/v1/units/{}/stats",
    "/api/v1/certificates/{}",
    "/api/v1/{}",
)


def test_hostile_path_segments_and_query_values_get_json_errors(api):
    tally = Tally()
    bearer = f"Bearer {TOKEN}"
    for endpoint in ENDPOINTS:
        for name, segment in segment_cases():
            tally.run(endpoint, name, endpoint.replace("{}", segment), bearer)
    for name, query in query_cases("role"):
        tally.run("eligibility?role", name, f"/api/v1/officials/L001/eligibility?{query}", bearer)
    for name, query in query_cases("page", full=False):
        # An empty or zero-like page may be read as the first page; anything else is a JSON 404.
        tally.run("certifications?page", name, f"/api/v1/officials/L001/certifications?{query}", bearer, {200})
    # The known records still answer 200 with the same token: the cases above were refused for their input.
    for url in (
        "/api/v1/officials/L001/certifications",
        f"/api/v1/certificates/{api['certificate'].verification_code}",
    ):
        tally.run("known record", url, url, bearer, expect={200})
    tally.check("API paths and parameters")


MALFORMED = (
    ("empty", ""),
    ("keyword only", "Bearer"),
    ("keyword and spaces", "Bearer    "),
    ("three parts", f"Bearer {TOKEN} extra"),
    ("other scheme", f"Basic {TOKEN}"),
    ("token scheme", f"Token {TOKEN}"),
    ("no scheme", TOKEN),
    ("revoked token", f"Bearer {REVOKED}"),
    ("quoted token", f'Bearer "{TOKEN}"'),
    ("token of 10,000 characters", "Bearer " + "A" * 10_000),
    ("header of 10,000 spaces", " " * 10_000),
    ("non-ASCII scheme", wire("Bearẻr ") + TOKEN),
    ("control characters", f"Bearer \x01\x1b{TOKEN}"),
)


def test_invalid_tokens_and_malformed_headers_get_401_in_the_error_shape(api):
    tally = Tally()
    endpoints = (
        "/api/v1/officials/L001/certifications",
        "/api/v1/officials/L001/eligibility?role=one-stop-desk",
        "/api/v1/units/D1/stats",
        f"/api/v1/certificates/{api['certificate'].verification_code}",
        "/api/v1/no-such-endpoint",
    )
    for endpoint in endpoints:
        tally.run(endpoint, "no header", endpoint, None)
        for name, header in MALFORMED:
            tally.run(endpoint, name, endpoint, header)
    for name, value in HOSTILE:
        tally.run("Bearer <hostile token>", name, "/api/v1/units/D1/stats", wire(f"Bearer {value}"))
        tally.run("<hostile scheme>", name, "/api/v1/units/D1/stats", wire(f"{value} {TOKEN}"))
    # The same token, well formed, is accepted: the refusals above were for the header alone.
    for name, header in (("lower-case keyword", f"bearer {TOKEN}"), ("surrounding blanks", f" Bearer  {TOKEN}\t")):
        tally.run("well formed", name, "/api/v1/units/D1/stats", header, expect={200})
    tally.check("API authentication")
