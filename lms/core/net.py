from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, read the same way as allauth's rate limiter reads it."""
    from allauth.core.internal.httpkit import get_client_ip

    try:
        return get_client_ip(request) or None
    except (ImproperlyConfigured, ValueError):
        # A forged or malformed X-Forwarded-For must not break auditing.
        return request.META.get("REMOTE_ADDR") or None
