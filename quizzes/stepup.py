"""Before a final quiz: the official re-authenticates (password, and TOTP where enrolled) and attests
that they take it themselves. Both use allauth's own re-authentication flow, which resumes the
suspended request afterwards."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.reauthentication import suspend_request
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

if TYPE_CHECKING:
    from lms.people.models import Official

    from .models import QuizPage

MfaRequirement = Callable[["Official", "QuizPage"], bool]
_mfa_requirements: list[MfaRequirement] = []


def register_mfa_requirement(requirement: MfaRequirement) -> MfaRequirement:
    """Another domain (certification) says when a quiz may only be taken with MFA enrolled."""
    if requirement not in _mfa_requirements:
        _mfa_requirements.append(requirement)
    return requirement


def mfa_required(official: Official, quiz: QuizPage) -> bool:
    return any(requirement(official, quiz) for requirement in _mfa_requirements)


def has_totp(user: Any) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def _recent(request: HttpRequest, method: str) -> bool:
    limit = settings.LMS_STEPUP_MAX_AGE_SECONDS
    return any(
        record.get("reauthenticated") and record.get("method") == method and time.time() - record["at"] < limit
        for record in get_authentication_records(request, request.user)
    )


def stepup_redirect(request: HttpRequest) -> HttpResponse | None:
    """None when the official re-authenticated just now; otherwise the redirect that asks for it."""
    if not _recent(request, "password"):
        return suspend_request(request, reverse("account_reauthenticate"))
    if has_totp(request.user) and not _recent(request, "mfa"):
        return suspend_request(request, reverse("mfa_reauthenticate"))
    return None
