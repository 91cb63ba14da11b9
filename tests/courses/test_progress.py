"""Leaders finish lessons; a course completion is recorded once and stands when content changes."""

import pytest
from django.core.exceptions import PermissionDenied  # noqa: F401

from courses.factories import course_build, lesson_add, translate
from courses.models import CourseCompletion, LessonProgress
from courses.selectors import course_progress, live_lessons
from courses.services import course_completion_evaluate, lesson_finish, lesson_visit
from courses.signals import course_completed

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def course(tree):
    return course_build(title="Thư điện tử công vụ", lessons=3, minutes=6)


def finish_all(official, course):
    for lesson in live_lessons(course):
        lesson_finish(official=official, lesson=lesson, seconds_spent=120)


def test_finishing_a_lesson_is_idempotent(learner, course):
    lesson = live_lessons(course)[0]
    first = lesson_finish(official=learner.official, lesson=lesson, seconds_spent=60)
    second = lesson_finish(official=learner.official, lesson=lesson, seconds_spent=60)
    assert LessonProgress.objects.filter(official=learner.official).count() == 1
    assert second.completed_at == first.completed_at
    assert second.seconds_spent == 120


def test_time_spent_per_visit_is_capped_by_the_estimate(learner, course):
    lesson = live_lessons(course)[0]
    progress = lesson_finish(official=learner.official, lesson=lesson, seconds_spent=10 * 60 * 60)
    assert progress.seconds_spent == 6 * 60 * 3


def test_the_course_completes_when_every_live_lesson_is_finished(learner, course):
    received = []
    course_completed.connect(lambda **kwargs: received.append(kwargs), weak=False, dispatch_uid="test-receiver")
    try:
        lessons = live_lessons(course)
        for lesson in lessons[:-1]:
            lesson_finish(official=learner.official, lesson=lesson)
        assert not CourseCompletion.objects.exists()
        lesson_finish(official=learner.official, lesson=lessons[-1])
        lesson_finish(official=learner.official, lesson=lessons[-1])
    finally:
        course_completed.disconnect(dispatch_uid="test-receiver")
    completion = CourseCompletion.objects.get()
    assert completion.course_key == course.translation_key
    assert set(completion.lesson_revisions) == {str(lesson.translation_key) for lesson in lessons}
    assert len(received) == 1 and received[0]["official_id"] == learner.official.pk


def test_earned_completion_stands_when_a_lesson_is_added_later(learner, course):
    finish_all(learner.official, course)
    lesson_add(course=course, title="Bài bổ sung")
    progress = course_progress(course=course, user=learner)
    assert progress.completed
    assert progress.done_count == 3 and progress.lesson_count == 4
    assert CourseCompletion.objects.count() == 1


def test_progress_counts_against_current_live_lessons(learner, course):
    lessons = live_lessons(course)
    lesson_finish(official=learner.official, lesson=lessons[0])
    lessons[1].unpublish()
    progress = course_progress(course=course, user=learner)
    assert (progress.done_count, progress.lesson_count) == (1, 2)
    # With the unpublished lesson gone, finishing the remaining one completes the course.
    lesson_finish(official=learner.official, lesson=lessons[2])
    assert CourseCompletion.objects.filter(official=learner.official).exists()


def test_reading_in_english_counts_for_the_same_lesson(learner, course):
    english_course = translate(course, title="Official email")
    lessons = live_lessons(course)
    english_lessons = [translate(lesson, title=f"Lesson {i}") for i, lesson in enumerate(lessons, 1)]
    lesson_finish(official=learner.official, lesson=english_lessons[0])
    assert course_progress(course=course, user=learner).done_count == 1
    for lesson in lessons[1:]:
        lesson_finish(official=learner.official, lesson=lesson)
    assert course_progress(course=english_course, user=learner).completed


def test_a_visit_records_first_view_once(learner, course):
    lesson = live_lessons(course)[0]
    first = lesson_visit(official=learner.official, lesson=lesson)
    second = lesson_visit(official=learner.official, lesson=lesson)
    assert first.pk == second.pk and second.first_viewed_at == first.first_viewed_at
    assert second.completed_at is None


def test_a_course_without_live_lessons_is_never_complete(learner, tree):
    empty = course_build(title="Rỗng", lessons=0)
    assert course_completion_evaluate(official=learner.official, course=empty) is None
