"""The leader demo account fails a demo final quiz, waits out the cooldown, passes, and the course completes."""

import io
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from courses.models import CourseCompletion, CoursePage
from courses.selectors import live_lessons
from courses.services import lesson_finish
from lms.people.models import Official
from quizzes.models import QuizAttempt, QuizPage

pytestmark = pytest.mark.django_db


def answers(attempt, *, right: bool) -> dict[str, list[str]]:
    data = {}
    for question in attempt.served:
        correct = attempt.answer_key[question["id"]]["correct"]
        wrong = [answer["id"] for answer in question["answers"] if answer["id"] not in correct][:1]
        data[f"q-{question['id']}"] = correct if right else wrong
    return data


def test_fail_wait_pass_complete(client):
    call_command("seed_demo", stdout=io.StringIO())
    leader = Official.objects.get(employee_code="DEMO001")
    course = CoursePage.objects.get(slug="chu-ky-so-van-ban-dien-tu", locale__language_code="vi")
    quiz = QuizPage.objects.child_of(course).get()
    assert len(quiz.questions) >= 8 and quiz.draw_count in (5, 6)
    for lesson in live_lessons(course):
        lesson_finish(official=leader, lesson=lesson)
    client.force_login(leader.user)
    client.step_up(leader.user)

    client.post(f"{quiz.url}start/", {"attest": "1"})
    first = QuizAttempt.objects.get(official=leader)
    assert len(first.served) == quiz.draw_count
    client.post(f"{quiz.url}attempt/{first.pk}/submit/", answers(first, right=False))
    first.refresh_from_db()
    assert not first.passed
    assert not CourseCompletion.objects.filter(official=leader).exists()
    result = client.get(f"{quiz.url}attempt/{first.pk}/result/")
    assert result.context["status"].attempts_left == quiz.max_attempts - 1
    assert result.context["status"].next_allowed_at is not None

    # Too early: refused with the time of the next attempt, nothing started.
    client.post(f"{quiz.url}start/", {"attest": "1"})
    assert QuizAttempt.objects.filter(official=leader).count() == 1

    with time_machine.travel(timezone.now() + timedelta(minutes=quiz.cooldown_minutes + 1)):
        client.force_login(leader.user)  # the idle session has timed out meanwhile
        client.step_up(leader.user)
        client.post(f"{quiz.url}start/", {"attest": "1"})
        second = QuizAttempt.objects.filter(official=leader).latest("number")
        assert second.number == 2
        client.post(f"{quiz.url}attempt/{second.pk}/submit/", answers(second, right=True))
    second.refresh_from_db()
    assert second.passed
    assert CourseCompletion.objects.filter(official=leader, course_key=course.translation_key).exists()
    assert client.get(course.url).context["progress"].completed
