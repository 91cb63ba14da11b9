"""The production shape on loopback (``lms.settings.stack``) plus the baseline views of the benchmark.

The baselines answer through the same gunicorn, settings and middleware as the pages they are
compared with; only the URL configuration differs, by the few ``/_bench/`` routes.
"""

from lms.settings.stack import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
LMS_ENVIRONMENT = "bench"
# The benchmark's clients are all on 127.0.0.1; per-address limits would measure the limiter.
LMS_BENCH = True
