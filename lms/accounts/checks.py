"""Deployment invariants as system checks."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, register

_PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.security)
def check_shared_cache(app_configs, **kwargs):
    """Login rate limits and used MFA codes live in the cache: it must be shared by all processes."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in _PROCESS_LOCAL_CACHES:
        return [
            Error(
                "The default cache is local to one process, so login rate limits and used MFA codes "
                "would not be shared between processes.",
                hint="Use the database cache (the default) or Redis through CACHE_URL.",
                id="lms.E001",
            )
        ]
    return []


@register(Tags.security)
def check_every_login_goes_through_allauth(app_configs, **kwargs):
    from allauth.account.auth_backends import AuthenticationBackend
    from django.utils.module_loading import import_string

    backends = settings.AUTHENTICATION_BACKENDS
    if len(backends) != 1 or not issubclass(import_string(backends[0]), AuthenticationBackend):
        return [
            Error(
                "Only allauth's authentication backend may be configured, so that rate limits and MFA apply.",
                id="lms.E002",
            )
        ]
    return []
