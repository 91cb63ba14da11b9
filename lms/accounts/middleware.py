"""Session and MFA rules that apply to every request."""

from __future__ import annotations

import time
from collections.abc import Callable

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from lms.people.roles import requires_mfa

_LAST_SEEN_KEY = "lms_last_seen"
# Refresh the activity stamp at most this often, so that reading pages does not
# write the session row on every request.
_TOUCH_INTERVAL_SECONDS = 60

# Areas that only staff roles use, and that they may only reach with MFA.
STAFF_AREA_PREFIXES = ("/admin/", "/django-admin/", "/hr/")


def session_touch(request: HttpRequest) -> None:
    """Record activity now (at sign-in, and at most once a minute while browsing)."""
    if hasattr(request, "session"):
        request.session[_LAST_SEEN_KEY] = int(time.time())


class IdleTimeoutMiddleware:
    """Signs out a session that has been idle longer than LMS_IDLE_TIMEOUT."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(_LAST_SEEN_KEY)
            timeout = int(settings.LMS_IDLE_TIMEOUT.total_seconds())
            if isinstance(last_seen, int) and now - last_seen > timeout:
                logout(request)
                messages.info(request, _("You were signed out after a period of inactivity."))
                return redirect(f"{reverse('account_login')}?{urlencode({'next': request.get_full_path()})}")
            if not isinstance(last_seen, int) or now - last_seen >= _TOUCH_INTERVAL_SECONDS:
                session_touch(request)
        return self.get_response(request)


def user_has_totp(user) -> bool:
    cache = user.__dict__.get("_lms_has_totp")
    if cache is None:
        cache = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        user.__dict__["_lms_has_totp"] = cache
    return cache


def session_passed_mfa(request: HttpRequest) -> bool:
    """Whether this session's sign-in included the second factor (allauth records each step)."""
    from allauth.account.internal.flows.login import get_authentication_records

    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


class StaffMFARequiredMiddleware:
    """Trainers, HR officers, admins and anyone with CMS access reach their areas only
    with two-step verification: enrolled, and used in this very sign-in.

    Without TOTP they are sent to enrol. With TOTP but a session that did not pass it
    (any door that skipped allauth's MFA stage) they are signed out and asked to sign
    in again, so no login path can bypass the second factor.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.path_info.startswith(STAFF_AREA_PREFIXES)
            and request.user.is_authenticated
            and requires_mfa(request.user)
        ):
            next_query = urlencode({"next": request.get_full_path()})
            if not user_has_totp(request.user):
                messages.warning(
                    request,
                    _("Your role requires two-step verification. Set up an authenticator app to continue."),
                )
                return redirect(f"{reverse('mfa_activate_totp')}?{next_query}")
            if not session_passed_mfa(request):
                logout(request)
                messages.warning(request, _("Sign in again with your authenticator code to open this area."))
                return redirect(f"{reverse('account_login')}?{next_query}")
        return self.get_response(request)
