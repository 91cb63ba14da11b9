"""API client tokens: random, shown once, stored as a SHA-256 hash."""

from __future__ import annotations

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from lms.audit.services import audit_log

from ..models import ApiClient

TOKEN_BYTES = 32


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_new() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


@transaction.atomic
def api_client_create(*, name: str, units, by=None, token: str | None = None) -> tuple[ApiClient, str]:
    """Register a client; returns it and its token, which is not kept anywhere."""
    token = token or token_new()
    client = ApiClient.objects.create(name=name, token_hash=token_hash(token), token_prefix=token[:8])
    client.units.set(units)
    audit_log(action="api.client_create", actor=by, target=client)
    return client, token


@transaction.atomic
def api_client_rotate(*, client: ApiClient, by=None) -> str:
    """A new token; the old one stops working at once."""
    token = token_new()
    ApiClient.objects.filter(pk=client.pk).update(
        token_hash=token_hash(token), token_prefix=token[:8], rotated_at=timezone.now(), revoked_at=None
    )
    audit_log(action="api.client_rotate", actor=by, target=client)
    return token


@transaction.atomic
def api_client_revoke(*, client: ApiClient, by=None) -> None:
    ApiClient.objects.filter(pk=client.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    audit_log(action="api.client_revoke", actor=by, target=client)
