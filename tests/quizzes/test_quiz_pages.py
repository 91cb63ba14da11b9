"""Taking a quiz through its pages: no correctness before submission, clear refusals, one grade."""

import re

import pytest

from courses.factories import course_build
from quizzes.factories import multiple, quiz_build, single, true_false
from quizzes.models import AttemptStatus, QuizAttempt

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(tree):
    course = course_build(title="Khóa có kiểm tra", lessons=1)
    return quiz_build(
        course=course,
        questions=[
            single("Câu một lựa chọn", [("Đáp án A", True), ("Đáp án B", False)], explanation="Giải thích A"),
            multiple("Câu nhiều lựa chọn", [("M1", True), ("M2", True), ("M3", False)]),
            true_false("Câu đúng sai", True),
        ],
        pass_mark=60, cooldown_minutes=0, review_policy="after_passing",
    )  # fmt: skip


def start(client, quiz):
    client.step_up()
    response = client.post(f"{quiz.url}start/", {"attest": "1"})
    assert response.status_code == 302
    attempt = QuizAttempt.objects.latest("pk")
    assert response["Location"].endswith(f"attempt/{attempt.pk}/")
    return attempt


def test_the_attempt_page_carries_no_trace_of_the_correct_answers(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    raw = client.get(f"{quiz.url}attempt/{attempt.pk}/").content
    text = raw.decode()
    for key in attempt.answer_key.values():
        for feedback in key["feedback"].values():
            if feedback:
                assert feedback not in text
    assert b"Gi\xe1\xba\xa3i th\xc3\xadch A" not in raw  # the explanation
    assert b"correct" not in raw.lower().replace(b"correct answer", b"")
    # The answer inputs of each question look alike: same attributes, ids only.
    inputs = re.findall(r"<input[^>]*name=\"q-[^\"]+\"[^>]*>", text)
    assert len(inputs) == 7
    assert len({re.sub(r'(name|value)="[^"]*"', "", tag) for tag in inputs if "radio" in tag}) == 1


def test_submitting_through_the_pages_grades_once(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    data = {f"q-{qid}": key["correct"] for qid, key in attempt.answer_key.items()}
    first = client.post(f"{quiz.url}attempt/{attempt.pk}/submit/", data)
    assert first.status_code == 302 and first["Location"].endswith("result/")
    second = client.post(f"{quiz.url}attempt/{attempt.pk}/submit/", {})
    assert second.status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED and attempt.score == 100
    result = client.get(f"{quiz.url}attempt/{attempt.pk}/result/").content.decode()
    assert "100" in result and "Giải thích A" in result


def test_an_unserved_choice_gets_a_clear_400_and_changes_nothing(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    question_id = attempt.served[0]["id"]
    response = client.post(f"{quiz.url}attempt/{attempt.pk}/submit/", {f"q-{question_id}": "forged"})
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS and attempt.score is None


def test_another_officials_attempt_is_not_found(client, learner, outsider, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    client.force_login(outsider)
    assert client.get(f"{quiz.url}attempt/{attempt.pk}/").status_code == 404
    assert client.post(f"{quiz.url}attempt/{attempt.pk}/submit/", {}).status_code == 404
    assert client.get(f"{quiz.url}attempt/{attempt.pk}/result/").status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS


def test_the_review_setting_hides_answers_after_a_failed_attempt(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    wrong = {}
    for question in attempt.served:
        correct = set(attempt.answer_key[question["id"]]["correct"])
        wrong[f"q-{question['id']}"] = [next(a["id"] for a in question["answers"] if a["id"] not in correct)]
    client.post(f"{quiz.url}attempt/{attempt.pk}/submit/", wrong)
    result = client.get(f"{quiz.url}attempt/{attempt.pk}/result/").content.decode()
    assert "Giải thích A" not in result
    assert "Phản hồi" not in result


def test_anonymous_visitors_are_asked_to_sign_in(client, quiz):
    assert client.get(quiz.url).status_code == 200
    response = client.post(f"{quiz.url}start/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not QuizAttempt.objects.exists()
