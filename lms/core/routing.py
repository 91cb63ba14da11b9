"""Wagtail's page routing, remembered in the cache.

Wagtail finds the page for a path by walking the tree from the site's root, one or two
queries per level, and checks view restrictions with two more: about ten queries before a
lesson's own work begins. The middleware below remembers, per host, language and path,
the site, the page (with its parents, which the page keeps from routing) and the view
restrictions that apply, and hands them to Wagtail's own ``serve`` view through the
attributes Wagtail caches them in on the request. Everything else (hooks, restrictions,
the page's own ``route`` for its sub-pages) still runs as Wagtail runs it. A routable page's
entry also answers for its sub-routes (a lesson's "finish", each quiz attempt's address), which
are found by looking up the address and every shorter prefix of it in one round trip.

Any change to the tree or its restrictions retires every entry at once (the content version
shared with the public page cache), and entries expire after ``LMS_ROUTE_CACHE_SECONDS``
(0 turns the route cache off).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponseBase
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from .pagecache import content_version
from .pages import RESTRICTIONS_ATTRIBUTE

# The most path segments a routable page's sub-route has (a quiz's "attempt/<id>/submit" has three).
SUB_ROUTE_SEGMENTS = 4


def _seconds() -> int:
    return int(getattr(settings, "LMS_ROUTE_CACHE_SECONDS", 600))


def _key(request: HttpRequest, components: list[str]) -> str:
    digest = hashlib.sha256(f"{request.get_host()}|{'/'.join(components)}".encode()).hexdigest()
    return f"page-route:{content_version(request)}:{get_language()}:{digest}"


def _remember(request: HttpRequest, components: list[str]) -> None:
    result = Page.route_for_request(request, "/".join(components) + "/")
    site = Site.find_for_request(request)
    if result is None or site is None:
        return
    page = result[0]
    depth = page.depth - site.root_page.depth
    remaining = components[depth:]
    restrictions = list(page.get_view_restrictions())
    entries = {_key(request, components): (site, page, remaining, restrictions)}
    if remaining and isinstance(page, RoutablePageMixin):
        # The page's own entry serves its other sub-routes too (a quiz's attempts each have an address).
        entries[_key(request, components[:depth])] = (site, page, [], restrictions)
    cache.set_many(entries, timeout=_seconds())


class PageRouteCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> None:
        if view_func is not wagtail_views.serve or not _seconds():
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        components = [component for component in path.split("/") if component]
        # The address itself, or the longest routable page above it (sub-routes are a few segments
        # long), in one round trip.
        lengths = range(len(components), max(len(components) - SUB_ROUTE_SEGMENTS, 0) - 1, -1)
        keys = {n: _key(request, components[:n]) for n in lengths}
        stored = cache.get_many(list(keys.values()))
        for n in lengths:
            entry = stored.get(keys[n])
            if entry is None:
                continue
            site, page, remaining, restrictions = entry
            if n < len(components):
                if remaining or not isinstance(page, RoutablePageMixin):
                    continue
                remaining = components[n:]
            page.__dict__[RESTRICTIONS_ATTRIBUTE] = restrictions
            request._wagtail_site = site
            try:
                request._wagtail_route_for_request = page.route(request, remaining)
            except Http404:
                request._wagtail_route_for_request = None
            return None
        _remember(request, components)
        return None
