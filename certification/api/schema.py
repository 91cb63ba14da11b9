"""OpenAPI: only our API, with the bearer scheme declared."""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiAuthenticationExtension


def only_our_api(endpoints, **kwargs):
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/") and "{rest}" not in endpoint[0]]


class BearerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "certification.api.auth.BearerTokenAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "description": "The client's token, as `Bearer <token>`."}
