"""A long-lived, random device cookie: tells one browser from another without identifying anyone."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

COOKIE = "lms_device"
ONE_YEAR = 365 * 24 * 3600


def device_of(request: HttpRequest) -> str:
    return getattr(request, "device_id", "") or ""


class DeviceCookieMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        value = request.COOKIES.get(COOKIE, "")
        fresh = not (len(value) == 32 and value.isalnum())
        request.device_id = secrets.token_hex(16) if fresh else value
        response = self.get_response(request)
        if fresh and getattr(request, "user", None) is not None and request.user.is_authenticated:
            response.set_cookie(
                COOKIE, request.device_id, max_age=ONE_YEAR, httponly=True, samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )  # fmt: skip
        return response
