"""Access helpers for HR views: views declare them, querysets apply the scope."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from .roles import is_admin, is_hr


def hr_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Only HR officers (and admins) may use the view; others are refused."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (is_hr(request.user) or is_admin(request.user)):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
