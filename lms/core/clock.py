"""One clock for decisions that several servers must agree on: the database's."""

from __future__ import annotations

from datetime import datetime

from django.db import connection
from django.utils import timezone


def db_now() -> datetime:
    """The current time as the database sees it (PostgreSQL); SQLite runs on this machine's clock.

    Validity of certificates is decided with it, so web servers whose clocks drift
    still agree on what is valid.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT statement_timestamp()")
            return cursor.fetchone()[0]
    return timezone.now()
