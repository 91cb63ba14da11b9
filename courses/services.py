"""Writes of the learning domain: progress, and the course completion event."""

from __future__ import annotations

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Locale

from lms.people.models import Official

from .completion import extra_requirements_met
from .models import CourseCompletion, CoursePage, LessonPage, LessonProgress
from .selectors import course_of, live_lessons
from .signals import course_completed

logger = logging.getLogger(__name__)

# Time on a lesson is counted up to this multiple of its estimate per visit, so
# a tab left open overnight does not count as study.
MAX_VISIT_FACTOR = 3


def lesson_visit(*, official: Official, lesson: LessonPage) -> LessonProgress:
    """Record that the official opened the lesson (the first time only)."""
    course = course_of(lesson)
    progress, _created = LessonProgress.objects.get_or_create(
        official=official,
        lesson_key=lesson.translation_key,
        defaults={"course_key": course.translation_key, "first_viewed_at": timezone.now()},
    )
    return progress


@transaction.atomic
def lesson_finish(
    *,
    official: Official,
    lesson: LessonPage,
    seconds_spent: int = 0,
    course: CoursePage | None = None,
    lessons: list[LessonPage] | None = None,
) -> LessonProgress:
    """Mark the lesson finished (idempotent: the first completion time stands) and complete the course if due.

    ``course`` and its live ``lessons``, when the caller has them already, save reading them again.
    """
    course = course or course_of(lesson)
    now = timezone.now()
    progress, _created = LessonProgress.objects.select_for_update().get_or_create(
        official=official,
        lesson_key=lesson.translation_key,
        defaults={"course_key": course.translation_key, "first_viewed_at": now},
    )
    cap = lesson.estimated_minutes * 60 * MAX_VISIT_FACTOR
    progress.seconds_spent += max(0, min(int(seconds_spent), cap))
    if progress.completed_at is None:
        progress.completed_at = now
        progress.completed_revision_id = lesson.live_revision_id
    progress.save(update_fields=["seconds_spent", "completed_at", "completed_revision_id"])
    _completion_evaluate(official=official, course=course, lessons=lessons)
    return progress


def canonical_course(course: CoursePage) -> CoursePage:
    """The course in the default language: its live lessons define what "complete" means."""
    if course.locale_id == Locale.get_default().pk:
        return course
    return (
        CoursePage.objects.filter(translation_key=course.translation_key, locale=Locale.get_default()).first() or course
    )


@transaction.atomic
def course_completion_evaluate(*, official: Official, course: CoursePage) -> CourseCompletion | None:
    """Record the completion when every live lesson is finished and every extra requirement met.

    Returns the completion (existing or new), or None while the course is not complete.
    A database constraint allows one completion per official and course, so concurrent
    calls record it once and announce it once.
    """
    return _completion_evaluate(official=official, course=course)


def _completion_evaluate(
    *, official: Official, course: CoursePage, lessons: list[LessonPage] | None = None
) -> CourseCompletion | None:
    """course_completion_evaluate inside the caller's transaction; ``lessons`` are the course's live lessons."""
    # Serialise evaluations per official: two tabs finishing the last two lessons at once
    # must not each miss the other's lesson (PostgreSQL row lock; SQLite writers queue anyway).
    Official.objects.select_for_update().filter(pk=official.pk).first()
    existing = CourseCompletion.objects.filter(official=official, course_key=course.translation_key).first()
    if existing is not None:
        return existing
    canonical = canonical_course(course)
    if lessons is None or canonical.pk != course.pk:
        lessons = live_lessons(canonical)
    if not lessons:
        return None
    finished = set(
        LessonProgress.objects.filter(
            official=official, lesson_key__in=[lesson.translation_key for lesson in lessons], completed_at__isnull=False
        ).values_list("lesson_key", flat=True)
    )
    if len(finished) < len(lessons) or not extra_requirements_met(official=official, course=canonical):
        return None
    try:
        with transaction.atomic():
            completion = CourseCompletion.objects.create(
                official=official,
                course_key=course.translation_key,
                completed_at=timezone.now(),
                course_revision_id=canonical.live_revision_id,
                lesson_revisions={str(lesson.translation_key): lesson.live_revision_id for lesson in lessons},
            )
    except IntegrityError:
        return CourseCompletion.objects.get(official=official, course_key=course.translation_key)
    course_completed.send(
        sender=CourseCompletion, official_id=official.pk, course_key=course.translation_key,
        completion_id=completion.pk,
    )  # fmt: skip
    return completion
