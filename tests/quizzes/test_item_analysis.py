"""Trainers see per-question statistics for a quiz after a few attempts."""

import pytest

from courses.factories import course_build
from lms.people.factories import OfficialFactory
from quizzes.factories import quiz_build, single, true_false
from quizzes.selectors import item_analysis
from quizzes.services import attempt_start, attempt_submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(tree):
    course = course_build(title="Phân tích", lessons=1)
    return quiz_build(course=course, questions=[
        single("Câu dễ", [("Đúng", True), ("Sai", False)]),
        true_false("Câu khó", False),
    ], shuffle_questions=False, shuffle_answers=False, cooldown_minutes=0, pass_mark=100)  # fmt: skip


def take(official, quiz, *, first_right: bool, second_right: bool):
    attempt = attempt_start(official=official, quiz=quiz)
    easy, hard = attempt.served
    easy_key, hard_key = attempt.answer_key[easy["id"]]["correct"], attempt.answer_key[hard["id"]]["correct"]
    answers = {
        easy["id"]: easy_key if first_right else [a["id"] for a in easy["answers"] if a["id"] not in easy_key][:1],
        hard["id"]: hard_key if second_right else ["true"],
    }
    return attempt_submit(attempt_id=attempt.pk, official=official, answers=answers)


def test_statistics_per_quiz_question_and_answer(quiz, tree):
    officials = [OfficialFactory(unit=tree.d1) for _ in range(3)]
    take(officials[0], quiz, first_right=True, second_right=True)
    take(officials[1], quiz, first_right=True, second_right=False)
    take(officials[2], quiz, first_right=False, second_right=False)
    analysis = item_analysis(quiz=quiz)
    assert (analysis.attempts, analysis.passed, analysis.pass_rate) == (3, 1, 33)
    assert analysis.average_score == 50
    hard, easy = analysis.questions  # most often missed first
    assert (hard.served, hard.answered_correctly) == (3, 1)
    assert {answer.id: answer.picked for answer in hard.answers.values()} == {"true": 2, "false": 1}
    assert (easy.served, easy.answered_correctly, easy.percent_correct) == (3, 2, 67)


def test_a_trainer_opens_the_item_analysis_in_the_admin(client, trainer, quiz, tree):
    take(OfficialFactory(unit=tree.d1), quiz, first_right=True, second_right=False)
    client.force_login(trainer)
    response = client.get(f"/admin/quizzes/{quiz.pk}/analysis/")
    assert response.status_code == 200
    assert "Câu khó" in response.content.decode()


def test_a_learner_cannot_open_the_item_analysis(client, learner, quiz):
    client.force_login(learner)
    assert client.get(f"/admin/quizzes/{quiz.pk}/analysis/").status_code in (302, 403)


def test_the_quiz_editor_links_to_the_item_analysis(client, trainer, quiz):
    client.force_login(trainer)
    response = client.get(f"/admin/pages/{quiz.pk}/edit/")
    assert response.status_code == 200
    assert f"/admin/quizzes/{quiz.pk}/analysis/" in response.content.decode()
