"""Every sign-in door leads to allauth's login, where rate limits and MFA apply."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt  # it never signs anyone in, whatever is posted
def login_redirect(request: HttpRequest, next_default: str = "/") -> HttpResponseRedirect:
    """Stand-in for Wagtail's and Django admin's own login views."""
    next_url = request.GET.get("next") or next_default
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = next_default
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
