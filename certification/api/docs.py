"""A readable page for the people who connect another system: endpoints, parameters, answers, errors."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from drf_spectacular.generators import SchemaGenerator

ERRORS = [
    (401, "not_authenticated", "No `Authorization: Bearer <token>` header."),
    (401, "invalid_token", "The token is unknown, revoked, rotated away or malformed."),
    (404, "official_not_found", "No such official, or one outside the client's units (the two look the same)."),
    (404, "unit_not_found", "No such unit, or one outside the client's units."),
    (404, "role_not_found", "No reform role has this code."),
    (404, "certificate_not_found", "No certificate has this verification code."),
    (400, "role_required", "The eligibility question needs `?role=<code>`."),
    (429, "rate_limited", "Too many calls from this client; retry after the `Retry-After` seconds."),
]


def api_docs(request: HttpRequest) -> HttpResponse:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    endpoints = []
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            endpoints.append({
                "method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                "parameters": operation.get("parameters", []),
                "responses": sorted(operation.get("responses", {}).keys()),
            })  # fmt: skip
    context = {"endpoints": endpoints, "errors": ERRORS, "rate": settings.LMS_API_RATE,
               "version": schema.get("info", {}).get("version", "")}  # fmt: skip
    return render(request, "certification/api_docs.html", context)
