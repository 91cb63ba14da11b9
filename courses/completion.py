"""What besides finished lessons a course needs before it counts as complete.

The quizzes app registers "the final quiz is passed" here; courses never imports
quizzes. A requirement is a callable ``(official, course) -> bool``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lms.people.models import Official

    from .models import CoursePage

Requirement = Callable[["Official", "CoursePage"], bool]
_requirements: list[Requirement] = []


def register_requirement(requirement: Requirement) -> Requirement:
    if requirement not in _requirements:
        _requirements.append(requirement)
    return requirement


def extra_requirements_met(*, official: Official, course: CoursePage) -> bool:
    return all(requirement(official, course) for requirement in _requirements)
