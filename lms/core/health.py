"""/healthz for load balancers: the database and the broker answer. No details to the public."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone()[0] == 1
    except Exception:  # any database failure means unhealthy
        logger.warning("Health check: the database does not answer.", exc_info=True)
        return False


def broker_ok() -> bool:
    from lms.celery import app

    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=0, timeout=settings.LMS_HEALTH_BROKER_TIMEOUT)
        return True
    except Exception:  # any broker failure means unhealthy
        logger.warning("Health check: the broker does not answer.", exc_info=True)
        return False


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    healthy = database_ok() and broker_ok()
    return HttpResponse(
        "ok\n" if healthy else "unavailable\n", status=200 if healthy else 503, content_type="text/plain"
    )
