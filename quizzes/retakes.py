"""When earlier attempts stop counting, so that a quiz can be taken again.

A passed quiz normally cannot be retaken. Another domain can open a fresh round
(certification does, when a certificate enters its renewal window, expires or is
revoked): a provider returns the moment from which attempts count, or None.
Attempts started before that moment count neither as passed nor against the
attempt limit. Quizzes never import the providers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lms.people.models import Official

    from .models import QuizPage

RoundStart = Callable[["Official", "QuizPage"], "datetime | None"]
_providers: list[RoundStart] = []


def register_round_start(provider: RoundStart) -> RoundStart:
    if provider not in _providers:
        _providers.append(provider)
    return provider


def round_start(official: Official, quiz: QuizPage) -> datetime | None:
    """The latest moment any provider asks attempts to count from (None: every attempt counts)."""
    starts = [start for provider in _providers if (start := provider(official, quiz)) is not None]
    return max(starts, default=None)
