"""Reads for the learning pages. Every function issues a fixed number of queries,
whatever the number of courses or lessons."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Q
from wagtail.models import Locale, Page

from lms.people.models import Official
from lms.people.roles import OFFICIAL_CACHE, official_prime

from .models import CourseCompletion, CourseIndexPage, CoursePage, LessonPage, LessonProgress


def official_of(user: Any) -> Official | None:
    """The learner behind a request's user, or None (anonymous, or an account without a profile)."""
    if not getattr(user, "is_authenticated", False):
        return None
    cache = getattr(user, OFFICIAL_CACHE, False)
    if cache is False:
        cache = Official.objects.filter(user=user, is_active=True).select_related("unit").first()
        official_prime(user, cache)
    return cache


@dataclass
class LessonItem:
    lesson: LessonPage
    done: bool
    current: bool = False


@dataclass
class CourseProgress:
    course: CoursePage
    lessons: list[LessonItem]
    completed: bool = False
    completed_at: Any = None
    # Lessons the official has opened (finished or not), by translation key.
    visited_keys: frozenset = frozenset()

    @property
    def lesson_count(self) -> int:
        return len(self.lessons)

    @property
    def done_count(self) -> int:
        return sum(item.done for item in self.lessons)

    @property
    def total_minutes(self) -> int:
        return sum(item.lesson.estimated_minutes for item in self.lessons)

    @property
    def remaining_minutes(self) -> int:
        return sum(item.lesson.estimated_minutes for item in self.lessons if not item.done)

    @property
    def percent(self) -> int:
        if self.completed:
            return 100
        return round(100 * self.done_count / self.lesson_count) if self.lessons else 0

    @property
    def started(self) -> bool:
        return self.completed or self.done_count > 0

    @property
    def next_lesson(self) -> LessonPage | None:
        return next((item.lesson for item in self.lessons if not item.done), None)

    @property
    def continue_lesson(self) -> LessonPage | None:
        """Where "continue" leads: the first unfinished lesson (or the first, to review)."""
        return self.next_lesson or (self.lessons[0].lesson if self.lessons else None)


def course_of(page: Page) -> CoursePage:
    """The course a lesson or quiz belongs to (its parent page): kept from routing, else one query."""
    parent = page.__dict__.get("_cached_parent_obj")  # where treebeard's get_parent() keeps it
    if not isinstance(parent, CoursePage):
        parent = page._cached_parent_obj = CoursePage.objects.get(path=page.path[: -Page.steplen])
    return parent


def live_lessons(course: Page) -> list[LessonPage]:
    """The course's live lessons in tree order (one query; their bodies are read only if used)."""
    return list(LessonPage.objects.child_of(course).live().defer_streamfields().order_by("path"))


def _done_keys(official: Official | None, course_keys: list[uuid.UUID]) -> set[uuid.UUID]:
    if official is None or not course_keys:
        return set()
    return set(
        LessonProgress.objects.filter(
            official=official, course_key__in=course_keys, completed_at__isnull=False
        ).values_list("lesson_key", flat=True)
    )


def _progress_rows(official: Official | None, course_key: uuid.UUID) -> list[tuple[uuid.UUID, Any]]:
    """(lesson key, completed at or None) for every lesson of the course the official has opened."""
    if official is None:
        return []
    return list(
        LessonProgress.objects.filter(official=official, course_key=course_key).values_list(
            "lesson_key", "completed_at"
        )
    )


def _completions(official: Official | None, course_keys: list[uuid.UUID]) -> dict[uuid.UUID, CourseCompletion]:
    if official is None or not course_keys:
        return {}
    return {
        completion.course_key: completion
        for completion in CourseCompletion.objects.filter(official=official, course_key__in=course_keys)
    }


def course_progress(*, course: CoursePage, user: Any, current: LessonPage | None = None,
                    lessons: list[LessonPage] | None = None) -> CourseProgress:  # fmt: skip
    """Progress against the course's current live lessons; a recorded completion stands regardless."""
    official = official_of(user)
    lessons = live_lessons(course) if lessons is None else lessons
    opened = _progress_rows(official, course.translation_key)
    done = {key for key, completed_at in opened if completed_at is not None}
    completion = _completions(official, [course.translation_key]).get(course.translation_key)
    current_pk = current.pk if current is not None else None
    items = [
        LessonItem(lesson=lesson, done=lesson.translation_key in done, current=lesson.pk == current_pk)
        for lesson in lessons
    ]
    return CourseProgress(
        course=course, lessons=items, completed=completion is not None,
        completed_at=completion.completed_at if completion else None,
        visited_keys=frozenset(key for key, _completed_at in opened),
    )  # fmt: skip


@dataclass
class CatalogCard:
    course: CoursePage
    progress: CourseProgress


def _courses_with_lessons(courses: list[CoursePage]) -> dict[int, list[LessonPage]]:
    """Live lessons of many courses in one query, grouped by course."""
    by_path = {course.path: course.pk for course in courses}
    grouped: dict[int, list[LessonPage]] = defaultdict(list)
    if not courses:
        return grouped
    steplen = Page.steplen
    depth = courses[0].depth + 1
    under_courses = reduce(or_, (Q(path__startswith=course.path) for course in courses))
    lessons = LessonPage.objects.live().filter(under_courses, depth=depth).defer_streamfields()
    for lesson in lessons.order_by("path"):
        course_pk = by_path.get(lesson.path[:-steplen])
        if course_pk is not None:
            grouped[course_pk].append(lesson)
    return grouped


def catalog_for(*, catalog: CourseIndexPage, user: Any, topic: str = "") -> list[CatalogCard]:
    courses = CoursePage.objects.child_of(catalog).live().select_related("cover_image").order_by("path")
    if topic:
        courses = courses.filter(topic=topic)
    return _cards(list(courses), user)


def _cards(courses: list[CoursePage], user: Any) -> list[CatalogCard]:
    official = official_of(user)
    lessons = _courses_with_lessons(courses)
    keys = [course.translation_key for course in courses]
    done = _done_keys(official, keys)
    completions = _completions(official, keys)
    cards = []
    for course in courses:
        completion = completions.get(course.translation_key)
        items = [LessonItem(lesson=lesson, done=lesson.translation_key in done) for lesson in lessons[course.pk]]
        progress = CourseProgress(
            course=course, lessons=items, completed=completion is not None,
            completed_at=completion.completed_at if completion else None,
        )  # fmt: skip
        cards.append(CatalogCard(course=course, progress=progress))
    return cards


def courses_progress(*, courses: list[CoursePage], user: Any) -> list[CourseProgress]:
    """Progress in each of several courses (of one catalog), with a fixed number of queries."""
    return [card.progress for card in _cards(courses, user)]


@dataclass
class MyLearning:
    in_progress: list[CatalogCard] = field(default_factory=list)
    completed: list[CatalogCard] = field(default_factory=list)


def my_learning(*, user: Any) -> MyLearning:
    """Courses the official has started or completed, in the interface's language where translated."""
    official = official_of(user)
    result = MyLearning()
    if official is None:
        return result
    started_keys = set(
        LessonProgress.objects.filter(official=official).values_list("course_key", flat=True).distinct()
    ) | set(CourseCompletion.objects.filter(official=official).values_list("course_key", flat=True))
    if not started_keys:
        return result
    locale = Locale.get_active()
    courses = list(
        CoursePage.objects.live().filter(translation_key__in=started_keys, locale=locale).select_related("cover_image")
    )
    missing = started_keys - {course.translation_key for course in courses}
    if missing:  # not translated into this language: show the original
        courses += _first_per_key(missing)
    courses.sort(key=lambda course: course.path)
    for card in _cards(courses, user):
        (result.completed if card.progress.completed else result.in_progress).append(card)
    return result


def _first_per_key(keys: set[uuid.UUID]) -> list[CoursePage]:
    seen: dict[uuid.UUID, CoursePage] = {}
    for course in CoursePage.objects.live().filter(translation_key__in=keys).select_related("cover_image"):
        seen.setdefault(course.translation_key, course)
    return list(seen.values())
