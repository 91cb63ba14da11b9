"""Access helpers for HR views: views declare them, querysets apply the scope."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from lms.audit.services import audit_log

from .roles import is_admin, is_hr


def access_denied_audit(request: HttpRequest, *, reason: str, target: Any = None) -> None:
    """One audit row per refused request of a signed-in person in the HR area (anonymous visitors
    are sent to sign in, and static files never come here)."""
    audit_log(
        action="access.denied", actor=request.user, target=target, request=request,
        target_label="" if target is not None else request.path[:254],
        details={"reason": reason, "method": request.method, "path": request.path[:500]},
    )  # fmt: skip


def hr_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Only HR officers (and admins) may use the view; others are refused. Refusals are audited:
    someone without an HR role, and anything the view answers with 404 (outside the scope, or absent)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (is_hr(request.user) or is_admin(request.user)):
            access_denied_audit(request, reason="not_hr")
            raise PermissionDenied
        try:
            return view(request, *args, **kwargs)
        except Http404 as exc:
            access_denied_audit(request, reason="not_found", target=getattr(exc, "target", None))
            raise

    return wrapper
