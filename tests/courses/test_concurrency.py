"""Finishing the last two lessons at the same moment still completes the course, once (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections

from courses.factories import course_build
from courses.models import CourseCompletion
from courses.selectors import live_lessons
from courses.services import lesson_finish

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_tabs_finishing_the_last_lessons_complete_the_course_once(learner, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("row locks are only meaningful on PostgreSQL (make test runs this there)")
    import time

    import courses.services

    original = courses.services.live_lessons

    def slow_live_lessons(course):
        # Widen the window between recording progress and checking completion, where
        # two transactions would each miss the other's uncommitted lesson.
        time.sleep(0.3)
        return original(course)

    monkeypatch.setattr(courses.services, "live_lessons", slow_live_lessons)
    for round_number in range(3):
        course = course_build(title=f"Song song {round_number}", lessons=2)
        lessons = live_lessons(course)
        barrier = threading.Barrier(2)
        errors: list[str] = []

        def finish(lesson, barrier=barrier, errors=errors):
            try:
                barrier.wait()
                lesson_finish(official=learner.official, lesson=lesson)
            except Exception as error:
                errors.append(repr(error))
            finally:
                connections.close_all()

        threads = [threading.Thread(target=finish, args=(lesson,)) for lesson in lessons]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        completions = CourseCompletion.objects.filter(official=learner.official, course_key=course.translation_key)
        assert completions.count() == 1
