"""The production shape on one machine's loopback (``make stack`` and the stack tests): plain HTTP.

Everything else is production: DEBUG off, whitenoise with the manifest, PostgreSQL and Redis from
the environment. Only what needs HTTPS is relaxed, because loopback has no certificate.
"""

import os

os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("TRUSTED_PROXY_COUNT", "0")

from .production import *  # noqa: F403

LMS_ENVIRONMENT = "stack"
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = MFA_TRUST_COOKIE_SECURE = False
SESSION_COOKIE_NAME = "sessionid"
CSRF_COOKIE_NAME = "csrftoken"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")  # noqa: F405
# The demo runs on the stack too; a real deployment uses lms.settings.production, which refuses it.
LMS_SEED_ALLOWED = True
SILENCED_SYSTEM_CHECKS = ["security.W004", "security.W008", "security.W012", "security.W016"]
