"""A fixed-window rate limit per client address, kept in the shared cache."""

from __future__ import annotations

import time

from django.core.cache import cache
from django.http import HttpRequest

from .net import client_ip


def rate_limited(request: HttpRequest, *, scope: str, limit: int, period: int) -> bool:
    """Count this request against ``limit`` per ``period`` seconds for its address; True once over."""
    window = int(time.time() // period)
    key = f"ratelimit:{scope}:{client_ip(request) or 'unknown'}:{window}"
    # add() is atomic: the first request of a window creates the counter.
    if cache.add(key, 1, timeout=period + 1):
        return limit < 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=period + 1)
        count = 1
    return count > limit
