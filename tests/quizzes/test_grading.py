"""Attempts are drawn and graded on the server; bad submissions change nothing."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from courses.factories import course_build
from courses.models import CourseCompletion
from courses.selectors import live_lessons
from courses.services import lesson_finish
from quizzes.factories import multiple, quiz_build, single, true_false
from quizzes.models import AttemptStatus, QuizAttempt
from quizzes.services import QuizError, attempt_start, attempt_submit, quiz_status

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def course(tree):
    return course_build(title="Chữ ký số", lessons=2)


@pytest.fixture
def quiz(course):
    return quiz_build(
        course=course,
        questions=[
            single("Chữ ký số có giá trị pháp lý?", [("Có", True), ("Không", False)]),
            multiple("Chọn các khóa", [("Khóa bí mật", True), ("Khóa công khai", True), ("Mật khẩu", False)]),
            true_false("Ảnh chữ ký là chữ ký số.", False),
            single("Câu dự phòng", [("A", True), ("B", False)]),
        ],
        pass_mark=75, max_attempts=3, cooldown_minutes=60, shuffle_questions=True, shuffle_answers=True,
    )  # fmt: skip


def correct_answers(attempt):
    return {question_id: key["correct"] for question_id, key in attempt.answer_key.items()}


def wrong_answers(attempt):
    answers = {}
    for question in attempt.served:
        correct = set(attempt.answer_key[question["id"]]["correct"])
        answers[question["id"]] = [next(a["id"] for a in question["answers"] if a["id"] not in correct)]
    return answers


def test_an_attempt_serves_every_question_without_the_key(learner, quiz):
    attempt = attempt_start(official=learner.official, quiz=quiz)
    assert len(attempt.served) == 4
    served_text = str(attempt.served)
    assert "correct" not in served_text and "feedback" not in served_text and "Phản hồi" not in served_text
    assert attempt.revision_id == quiz.live_revision_id


def test_draw_n_from_the_pool(learner, course):
    quiz = quiz_build(course=course, questions=[single(f"Câu {i}", [("A", True), ("B", False)]) for i in range(8)],
                      draw_count=5)  # fmt: skip
    attempt = attempt_start(official=learner.official, quiz=quiz)
    assert len(attempt.served) == 5
    assert len({question["id"] for question in attempt.served}) == 5


def test_all_correct_passes_and_completes_the_course_with_its_lessons(learner, course, quiz):
    for lesson in live_lessons(course):
        lesson_finish(official=learner.official, lesson=lesson)
    assert not CourseCompletion.objects.exists()  # the final quiz is still required
    attempt = attempt_start(official=learner.official, quiz=quiz)
    graded = attempt_submit(attempt_id=attempt.pk, official=learner.official, answers=correct_answers(attempt))
    assert graded.score == 100 and graded.passed
    assert CourseCompletion.objects.filter(official=learner.official).exists()


def test_failing_leaves_the_course_in_progress_and_cooldown_applies(learner, course, quiz):
    for lesson in live_lessons(course):
        lesson_finish(official=learner.official, lesson=lesson)
    attempt = attempt_start(official=learner.official, quiz=quiz)
    graded = attempt_submit(attempt_id=attempt.pk, official=learner.official, answers=wrong_answers(attempt))
    assert graded.score == 0 and not graded.passed
    assert not CourseCompletion.objects.exists()
    with pytest.raises(QuizError) as refused:
        attempt_start(official=learner.official, quiz=quiz)
    assert refused.value.code == "cooldown"
    with time_machine.travel(timezone.now() + timedelta(minutes=61)):
        second = attempt_start(official=learner.official, quiz=quiz)
        attempt_submit(attempt_id=second.pk, official=learner.official, answers=correct_answers(second))
    assert CourseCompletion.objects.filter(official=learner.official).exists()
    assert quiz_status(official=learner.official, quiz=quiz).passed


def test_partial_credit_and_all_or_nothing(learner, course):
    quiz = quiz_build(course=course, questions=[
        multiple("Một phần", [("A", True), ("B", True), ("C", False)], scoring="partial"),
        multiple("Tất cả", [("A", True), ("B", True), ("C", False)], scoring="all"),
    ], shuffle_questions=False, shuffle_answers=False, pass_mark=50)  # fmt: skip
    attempt = attempt_start(official=learner.official, quiz=quiz)
    first, second = (question["id"] for question in attempt.served)
    a_only = {first: [attempt.answer_key[first]["correct"][0]], second: [attempt.answer_key[second]["correct"][0]]}
    graded = attempt_submit(attempt_id=attempt.pk, official=learner.official, answers=a_only)
    assert graded.score == 25  # half of the first, none of the second


@pytest.mark.parametrize("problem", ["unserved_choice", "unserved_question", "two_for_single"])
def test_bad_answers_are_refused_and_change_nothing(learner, quiz, problem):
    attempt = attempt_start(official=learner.official, quiz=quiz)
    single_question = next(q for q in attempt.served if q["type"] == "single")
    answers = {
        "unserved_choice": {single_question["id"]: ["not-a-served-choice"]},
        "unserved_question": {"not-a-question": ["x"]},
        "two_for_single": {single_question["id"]: [a["id"] for a in single_question["answers"]]},
    }[problem]
    with pytest.raises(QuizError):
        attempt_submit(attempt_id=attempt.pk, official=learner.official, answers=answers)
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS and attempt.score is None


def test_another_officials_attempt_is_refused(learner, outsider, quiz):
    attempt = attempt_start(official=learner.official, quiz=quiz)
    with pytest.raises(QuizError) as refused:
        attempt_submit(attempt_id=attempt.pk, official=outsider.official, answers=correct_answers(attempt))
    assert refused.value.code == "not_found"
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS


def test_a_second_submission_is_graded_once(learner, quiz):
    attempt = attempt_start(official=learner.official, quiz=quiz)
    first = attempt_submit(attempt_id=attempt.pk, official=learner.official, answers=wrong_answers(attempt))
    with pytest.raises(QuizError) as refused:
        attempt_submit(attempt_id=attempt.pk, official=learner.official, answers=correct_answers(attempt))
    assert refused.value.code == "already_submitted"
    attempt.refresh_from_db()
    assert attempt.score == first.score == 0


def test_a_late_submission_is_not_graded(learner, course):
    quiz = quiz_build(course=course, questions=[single("Q", [("A", True), ("B", False)])], time_limit_minutes=10)
    attempt = attempt_start(official=learner.official, quiz=quiz)
    with time_machine.travel(timezone.now() + timedelta(minutes=11)), pytest.raises(QuizError) as refused:
        attempt_submit(attempt_id=attempt.pk, official=learner.official, answers=correct_answers(attempt))
    assert refused.value.code == "time_up"
    attempt.refresh_from_db()
    assert attempt.score is None and not attempt.passed


def test_attempts_are_limited(learner, course):
    quiz = quiz_build(course=course, questions=[single("Q", [("A", True), ("B", False)])], max_attempts=2,
                      cooldown_minutes=0)  # fmt: skip
    for _ in range(2):
        attempt = attempt_start(official=learner.official, quiz=quiz)
        attempt_submit(attempt_id=attempt.pk, official=learner.official, answers=wrong_answers(attempt))
    with pytest.raises(QuizError) as refused:
        attempt_start(official=learner.official, quiz=quiz)
    assert refused.value.code == "no_attempts_left"
    assert QuizAttempt.objects.count() == 2


def test_a_later_edit_does_not_change_a_past_grade(learner, course, quiz):
    attempt = attempt_start(official=learner.official, quiz=quiz)
    graded = attempt_submit(attempt_id=attempt.pk, official=learner.official, answers=correct_answers(attempt))
    quiz.questions = [single("Câu mới", [("X", True), ("Y", False)])]
    quiz.save_revision().publish()
    graded.refresh_from_db()
    assert graded.score == 100 and len(graded.served) == 4
