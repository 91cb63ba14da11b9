from __future__ import annotations

from django import template

from quizzes.models import QuizPage
from quizzes.selectors import final_quiz_of

register = template.Library()


@register.simple_tag
def final_quiz(course) -> QuizPage | None:
    """The course's live final quiz, if it has one (one query)."""
    return final_quiz_of(course)
