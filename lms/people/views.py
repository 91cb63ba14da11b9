from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .permissions import hr_required
from .selectors import units_with_headcount


@hr_required
def hr_home(request: HttpRequest) -> HttpResponse:
    units = list(units_with_headcount(request.user))
    return render(request, "people/hr_home.html", {"units": units})
