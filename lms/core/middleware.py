"""The Content-Security-Policy, strict everywhere except inside the CMS."""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.http import Http404, HttpRequest, HttpResponseBadRequest, HttpResponseBase, JsonResponse

# Wagtail's editor emits inline scripts (inline panels, date widgets) and inline
# style attributes, so the two admin areas allow them. Our own pages never do.
ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# Its live preview frames admin pages inside the admin.
ADMIN_RELAXATION = {"script-src": ["'unsafe-inline'"], "style-src": ["'unsafe-inline'"]}
ADMIN_REPLACEMENT = {"frame-ancestors": ["'self'"]}


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request=request, response=response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIXES):
            parts.update = {**(parts.update or {}), **ADMIN_RELAXATION}
            parts.replace = {**(parts.replace or {}), **ADMIN_REPLACEMENT}
        return parts


class RefuseNulMiddleware:
    """No address or query needs a NUL (0x00) character, and PostgreSQL can neither store nor compare
    text holding one: such a request is answered before any view or cache sees it, the same way on
    every database. A path is "not found" (the API in its own error shape), a query is a bad request.
    The public verification pages check codes themselves: every code that does not verify gets the
    same answer there."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        path = request.path_info
        if path.startswith("/verify/"):
            return self.get_response(request)
        in_query = any("\x00" in key or any("\x00" in v for v in values) for key, values in request.GET.lists())
        if "\x00" not in path and not in_query:
            return self.get_response(request)
        if path.startswith("/api/"):
            message = "No such resource: the address holds a NUL character."
            response = JsonResponse({"error": {"code": "not_found", "message": message}}, status=404)
            response["Cache-Control"] = "no-store"
            return response
        if in_query:
            return HttpResponseBadRequest(
                "Yêu cầu không hợp lệ: địa chỉ chứa ký tự NUL.\nBad request: the address holds a NUL character.\n",
                content_type="text/plain; charset=utf-8",
            )
        raise Http404
