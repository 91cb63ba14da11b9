"""Public pages served from the cache to visitors who are not signed in.

A view opts a response in with ``public_page(response)``; the middleware stores it, keyed by
language and full path, and answers the next anonymous request for that path from the cache
without running the view. A request counts as anonymous when it carries no session and no
pending messages. Any publish, unpublish, move or deletion of a page retires every cached
page at once (a version number in the cache), and entries expire after
``LMS_PUBLIC_PAGE_CACHE_SECONDS`` in any case (0 turns the cache off).

Pages stored here must not depend on the visitor: they carry no CSRF token (the forms an
anonymous visitor can post, the language switcher and practice checks, change nothing
that a forged request could abuse) and no nonce (the site's policy allows no inline script).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

VERSION_KEY = "public-page:version"
_MARK = "_lms_public_page"


def _seconds() -> int:
    return int(getattr(settings, "LMS_PUBLIC_PAGE_CACHE_SECONDS", 600))


def public_page(response: HttpResponseBase) -> HttpResponseBase:
    """Let the middleware keep this response for other anonymous visitors."""
    setattr(response, _MARK, True)
    return response


def public_pages_retire(**kwargs) -> None:
    """Forget every cached page (content changed somewhere in the site's tree)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def _anonymous(request: HttpRequest) -> bool:
    return (
        request.method in {"GET", "HEAD"}
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.GET.get("preview")
    )


def content_version(request: HttpRequest) -> int:
    """The site's content version, read from the cache once per request (both page caches key on it)."""
    version = getattr(request, "_lms_content_version", None)
    if version is None:
        version = request._lms_content_version = cache.get(VERSION_KEY) or 1
    return version


def public_fragment(request: HttpRequest, name: str, render: Callable[[], str]) -> SafeString:
    """A rendered piece of published content that is the same for every reader (a lesson's
    body), kept as long as public pages are and retired with them; signed-in readers get it too."""
    seconds = _seconds()
    if not seconds:
        return mark_safe(render())  # noqa: S308  # nosec B308 B703 — rendered by our own templates
    key = f"public-fragment:{content_version(request)}:{get_language()}:{name}"
    html = cache.get(key)
    if html is None:
        html = str(render())
        cache.set(key, html, timeout=seconds)
    return mark_safe(html)  # noqa: S308  # nosec B308 B703 — rendered by our own templates, then stored


def _key(request: HttpRequest) -> str:
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"public-page:{content_version(request)}:{get_language()}:{path}"


class PublicPageCacheMiddleware:
    """Serves stored public pages to anonymous visitors; the innermost middleware, so every
    other middleware (headers, policy, device cookie) still runs for cached answers."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        seconds = _seconds()
        if not seconds or not _anonymous(request):
            return self.get_response(request)
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            content, content_type = stored
            response = HttpResponse(content, content_type=content_type)
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if getattr(response, _MARK, False) and response.status_code == 200 and not response.cookies:
            cache.set(key, (response.content, response["Content-Type"]), timeout=seconds)
        return response
