"""Demo courses: three real short courses, in Vietnamese with English translations.

Pages are created once; a later run leaves existing pages (and trainers' edits) alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wagtail.models import Locale, Page

from lms.core.demo import register

from .demo_content import COURSES
from .models import CourseIndexPage, CoursePage, LessonPage
from .setup import authoring_setup, page_publish, translation_ensure


def _fill_course(page: CoursePage, data: dict[str, Any], language: str) -> None:
    page.title = data["title"][language]
    page.summary = data["summary"][language]
    page.audience = data["audience"][language]
    page.learning_outcomes = "\n".join(data["outcomes"][language])
    page.topic = data["topic"]


def _fill_lesson(page: LessonPage, data: dict[str, Any], language: str) -> None:
    page.title = data["title"][language]
    page.estimated_minutes = data["minutes"]
    page.body = data["body"][language]


def _ensure(parent: Page, model: type[Page], slug: str, fill: Callable[[Page], None]) -> tuple[Page, bool]:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = model(slug=slug)
    fill(page)
    parent.add_child(instance=page)
    page_publish(page)
    return page, True


def course_create(*, catalog: CourseIndexPage, data: dict[str, Any], english: Locale) -> tuple[CoursePage, bool]:
    course, created = _ensure(catalog, CoursePage, data["slug"], lambda page: _fill_course(page, data, "vi"))
    translation_ensure(course, english, lambda page: _fill_course(page, data, "en"))
    for lesson_data in data["lessons"]:
        lesson, _ = _ensure(
            course, LessonPage, lesson_data["slug"], lambda page, d=lesson_data: _fill_lesson(page, d, "vi")
        )
        translation_ensure(lesson, english, lambda page, d=lesson_data: _fill_lesson(page, d, "en"))
    return course, created


@register(order=20, name="course catalog and demo courses")
def seed(write: Callable[[str], None]) -> None:
    catalogs = authoring_setup()
    english = Locale.objects.get(language_code="en")
    for data in COURSES:
        course, created = course_create(catalog=catalogs["vi"], data=data, english=english)
        write(f"  {'created' if created else 'kept'}: {course.title} ({len(data['lessons'])} lessons)")
