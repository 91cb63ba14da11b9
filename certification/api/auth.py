"""Bearer tokens of registered client systems, a rate limit per client, and one error shape."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import Http404
from django.utils import timezone
from rest_framework import exceptions, status
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import exception_handler

from ..models import ApiClient
from .tokens import token_hash


class ClientIdentity:
    """What ``request.user`` is for an API call: the client system, never a person."""

    is_authenticated = True
    is_active = True
    is_staff = False
    is_superuser = False

    def __init__(self, client: ApiClient) -> None:
        self.client = client
        self.pk = None

    def __str__(self) -> str:
        return f"api:{self.client.name}"


class InvalidToken(exceptions.AuthenticationFailed):
    default_code = "invalid_token"
    default_detail = "The token is unknown, revoked or malformed."


class BearerTokenAuthentication(BaseAuthentication):
    keyword = b"bearer"

    def authenticate(self, request) -> tuple[ClientIdentity, ApiClient] | None:
        header = get_authorization_header(request).split()
        if not header:
            return None
        if header[0].lower() != self.keyword or len(header) != 2:
            raise InvalidToken
        try:
            token = header[1].decode("ascii")
        except UnicodeDecodeError as exc:
            raise InvalidToken from exc
        client = ApiClient.objects.filter(token_hash=token_hash(token), revoked_at__isnull=True).first()
        if client is None:
            raise InvalidToken
        ApiClient.objects.filter(pk=client.pk).update(last_used_at=timezone.now())
        return ClientIdentity(client), client

    def authenticate_header(self, request) -> str:
        return 'Bearer realm="api"'


class IsApiClient(BasePermission):
    def has_permission(self, request, view) -> bool:
        return isinstance(request.auth, ApiClient)


class ClientRateThrottle(SimpleRateThrottle):
    scope = "api_client"

    def get_rate(self) -> str:
        return settings.LMS_API_RATE

    def get_cache_key(self, request, view) -> str | None:
        if not isinstance(request.auth, ApiClient):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}


ERROR_CODES = {
    status.HTTP_400_BAD_REQUEST: "invalid_parameter",
    status.HTTP_401_UNAUTHORIZED: "not_authenticated",
    status.HTTP_403_FORBIDDEN: "forbidden",
    status.HTTP_404_NOT_FOUND: "not_found",
    status.HTTP_405_METHOD_NOT_ALLOWED: "method_not_allowed",
    status.HTTP_406_NOT_ACCEPTABLE: "not_acceptable",
    status.HTTP_429_TOO_MANY_REQUESTS: "rate_limited",
}


class ApiError(exceptions.APIException):
    """A refusal with a stable code, e.g. ``ApiError(404, "official_not_found", "...")``."""

    def __init__(self, status_code: int, code: str, message: str) -> None:
        super().__init__(detail=message, code=code)
        self.status_code = status_code
        self.error_code = code


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Every error as ``{"error": {"code", "message"}}``; 401 for a missing token as for a bad one."""
    if isinstance(exc, Http404):
        exc = ApiError(404, "not_found", "Not found.")
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, ApiError):
        code = exc.error_code
    elif isinstance(exc, InvalidToken):
        code = "invalid_token"
    elif isinstance(exc, exceptions.NotAuthenticated):
        code = "not_authenticated"
        response.status_code = status.HTTP_401_UNAUTHORIZED
        response["WWW-Authenticate"] = 'Bearer realm="api"'
    else:
        code = ERROR_CODES.get(response.status_code, "error")
    detail = exc.detail if isinstance(exc, exceptions.APIException) else str(exc)
    if isinstance(detail, dict | list):
        message = "; ".join(
            f"{key}: {value}" for key, value in (detail.items() if isinstance(detail, dict) else enumerate(detail))
        )
    else:
        message = str(detail)
    response.data = error_body(code, message)
    return response
