from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from lms.people.roles import roles_of


def home(request: HttpRequest) -> HttpResponse:
    official = getattr(request.user, "official", None) if request.user.is_authenticated else None
    return render(request, "core/home.html", {"official": official, "roles": roles_of(request.user)})
