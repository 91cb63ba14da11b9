"""Builders of catalogs, courses and lessons for tests and load data."""

from __future__ import annotations

from typing import Any

from wagtail.models import Locale, Page

from .models import CourseIndexPage, CoursePage, LessonPage, Topic
from .setup import authoring_setup, translation_ensure


def catalog_get() -> CourseIndexPage:
    return authoring_setup()["vi"]


def lesson_body(text: str = "Nội dung bài học.") -> list[dict[str, Any]]:
    return [
        {"type": "heading", "value": {"text": "Mục 1", "level": "h2"}},
        {"type": "text", "value": f"<p>{text}</p>"},
    ]


def course_build(
    *,
    catalog: Page | None = None,
    title: str = "Khóa học mẫu",
    slug: str | None = None,
    topic: str = Topic.EMAIL,
    lessons: int = 3,
    minutes: int = 5,
    publish: bool = True,
) -> CoursePage:
    """A published course with ``lessons`` published lessons."""
    catalog = catalog or catalog_get()
    course = CoursePage(title=title, slug=slug or _slug(title, catalog), summary=f"Tóm tắt {title}", topic=topic)
    catalog.add_child(instance=course)
    if publish:
        course.save_revision().publish()
    for number in range(1, lessons + 1):
        lesson_add(course=course, title=f"Bài {number}", minutes=minutes, publish=publish)
    return course


def lesson_add(*, course: CoursePage, title: str, minutes: int = 5, publish: bool = True,
               body: list[dict[str, Any]] | None = None) -> LessonPage:  # fmt: skip
    lesson = LessonPage(title=title, slug=_slug(title, course), estimated_minutes=minutes, body=body or lesson_body())
    course.add_child(instance=lesson)
    if publish:
        lesson.save_revision().publish()
    return lesson


def translate(page: Page, language: str = "en", **fields: Any) -> Page:
    """Publish a translation of ``page`` (its parent must be translated already)."""

    def fill(translation: Page) -> None:
        for name, value in fields.items():
            setattr(translation, name, value)

    return translation_ensure(page, Locale.objects.get(language_code=language), fill)


def _slug(title: str, parent: Page) -> str:
    from django.utils.text import slugify

    base = slugify(title) or "page"
    slug, number = base, 1
    while Page.objects.child_of(parent).filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug
