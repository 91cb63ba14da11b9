"""The Content-Security-Policy, strict everywhere except inside the CMS."""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest, HttpResponseBase

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
