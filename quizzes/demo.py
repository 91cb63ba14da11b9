"""Demo final quizzes: one per demo course, in Vietnamese with an English translation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wagtail.models import Locale

from courses.models import CoursePage
from courses.setup import page_publish, translation_ensure
from lms.core.demo import register

from .demo_content import QUIZZES
from .models import QuizPage

SLUG = "kiem-tra-cuoi-khoa"


def _fill(quiz: QuizPage, data: dict[str, Any], language: str) -> None:
    quiz.title = data["title"][language]
    quiz.intro = data["intro"][language]
    quiz.questions = data["questions"][language]
    for name, value in data["settings"].items():
        setattr(quiz, name, value)


def quiz_create(*, course: CoursePage, data: dict[str, Any], english: Locale) -> tuple[QuizPage, bool]:
    """Create the course's final quiz and its English translation once; later runs keep trainers' edits."""
    quiz = QuizPage.objects.child_of(course).first()
    created = quiz is None
    if created:
        quiz = QuizPage(slug=SLUG)
        _fill(quiz, data, "vi")
        course.add_child(instance=quiz)
        page_publish(quiz)
    translation_ensure(quiz, english, lambda page: _fill(page, data, "en"))
    return quiz, created


@register(order=30, name="final quizzes of the demo courses")
def seed(write: Callable[[str], None]) -> None:
    english = Locale.objects.get(language_code="en")
    vietnamese = Locale.objects.get(language_code="vi")
    for slug, data in QUIZZES.items():
        course = CoursePage.objects.filter(slug=slug, locale=vietnamese).first()
        if course is None:
            continue
        quiz, created = quiz_create(course=course, data=data, english=english)
        write(f"  {'created' if created else 'kept'}: {quiz.title} of {course.title}")
