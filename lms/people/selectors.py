"""Reads about units and officials, always through the HR scope."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q, QuerySet

from .models import LeaderLevel, Unit
from .scope import scoped_units


def units_with_headcount(user: Any) -> QuerySet[Unit]:
    """The units an HR officer may see, each with its active officials and leaders counted."""
    return (
        scoped_units(user)
        .annotate(
            official_count=Count("officials", filter=Q(officials__is_active=True)),
            leader_count=Count(
                "officials",
                filter=Q(officials__is_active=True, officials__leader_level__in=[LeaderLevel.HEAD, LeaderLevel.DEPUTY]),
            ),
        )
        .order_by("path")
    )
