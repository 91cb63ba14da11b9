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
                request.session[_LAST_SEEN_KEY] = now
        return self.get_response(request)


def user_has_totp(user) -> bool:
    cache = user.__dict__.get("_lms_has_totp")
    if cache is None:
        cache = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        user.__dict__["_lms_has_totp"] = cache
    return cache


class StaffMFARequiredMiddleware:
    """Trainers, HR officers and admins set up TOTP before they reach their areas.

    Signing in with TOTP enrolled already goes through allauth's MFA stage, so a
    staff session without TOTP can only belong to someone who has not enrolled
    yet; they are sent to enrol.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.path.startswith(STAFF_AREA_PREFIXES)
            and request.user.is_authenticated
            and requires_mfa(request.user)
            and not user_has_totp(request.user)
        ):
            messages.warning(
                request,
                _("Your role requires two-step verification. Set up an authenticator app to continue."),
            )
            return redirect(f"{reverse('mfa_activate_totp')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
