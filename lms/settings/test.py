"""Settings for the test suite."""

import os

from .base import *  # noqa: F403

LMS_ENVIRONMENT = "test"
# Tests share one process cache; the tests of the public page cache turn it on themselves.
LMS_PUBLIC_PAGE_CACHE_SECONDS = 0
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests run tasks in-process unless an integration test points at a real broker.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", True)  # noqa: F405
CELERY_TASK_EAGER_PROPAGATES = True
WAGTAILADMIN_BASE_URL = "http://testserver"
# One folder per xdist worker: parallel tests must not share stored files.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
MEDIA_ROOT = VAR_DIR / f"test-media-{_WORKER}"  # noqa: F405
PRIVATE_MEDIA_ROOT = VAR_DIR / f"test-private-{_WORKER}"  # noqa: F405
STORAGES["private"]["OPTIONS"]["location"] = str(PRIVATE_MEDIA_ROOT)  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
