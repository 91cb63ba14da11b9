"""Twenty simultaneous submissions of one attempt produce exactly one grade (PostgreSQL row locks)."""

import threading

import pytest
from django.db import connection, connections

from courses.factories import course_build
from quizzes.factories import quiz_build, single
from quizzes.models import AttemptStatus, QuizAttempt
from quizzes.services import QuizError, attempt_start, attempt_submit

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_twenty_concurrent_submissions_are_graded_once(learner):
    if connection.vendor != "postgresql":
        pytest.skip("row locks are only meaningful on PostgreSQL (make test runs this there)")
    course = course_build(title="Đồng thời", lessons=1)
    quiz = quiz_build(course=course, questions=[single("Q", [("A", True), ("B", False)])], cooldown_minutes=0)
    attempt = attempt_start(official=learner.official, quiz=quiz)
    question = attempt.served[0]
    right = attempt.answer_key[question["id"]]["correct"]
    wrong = [a["id"] for a in question["answers"] if a["id"] not in right]
    barrier = threading.Barrier(20)
    graded, refused, errors = [], [], []

    def submit(index: int) -> None:
        try:
            barrier.wait()
            answers = {question["id"]: right if index % 2 else wrong}
            graded.append(attempt_submit(attempt_id=attempt.pk, official=learner.official, answers=answers).score)
        except QuizError as error:
            refused.append(error.code)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(graded) == 1
    assert refused == ["already_submitted"] * 19
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED and attempt.score == graded[0]
    assert QuizAttempt.objects.filter(pk=attempt.pk, status=AttemptStatus.SUBMITTED).count() == 1
