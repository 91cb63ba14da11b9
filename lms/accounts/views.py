"""Every sign-in door leads to allauth's login, where rate limits and MFA apply."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.csrf import csrf_exempt

from lms.people.models import Official


@csrf_exempt  # it never signs anyone in, whatever is posted
def login_redirect(request: HttpRequest, next_default: str = "/") -> HttpResponseRedirect:
    """Stand-in for Wagtail's and Django admin's own login views."""
    next_url = request.GET.get("next") or next_default
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = next_default
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


@login_required
def account_overview(request: HttpRequest) -> HttpResponse:
    """The signed-in person's account facts. Addresses are managed by HR, not edited here."""
    official = Official.objects.select_related("unit").filter(user=request.user).first()
    return render(request, "account/overview.html", {"official": official})
