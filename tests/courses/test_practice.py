"""Practice questions: answered in the page with JavaScript, or by a form post without it; never graded."""

import pytest

from courses.factories import course_build, lesson_add
from courses.models import LessonProgress

pytestmark = pytest.mark.django_db

PRACTICE = {
    "type": "practice",
    "value": {
        "question": "Văn bản đã ký số có cần in ra để đóng dấu không?",
        "choices": [
            {"text": "Có, luôn luôn", "correct": False, "feedback": "Không cần: chữ ký số đã đủ giá trị."},
            {"text": "Không", "correct": True, "feedback": "Đúng."},
        ],
        "explanation": "Văn bản điện tử ký số có giá trị như bản gốc.",
    },
}


@pytest.fixture
def lesson(tree):
    course = course_build(title="Ôn tập", lessons=0)
    return lesson_add(course=course, title="Bài có câu hỏi", body=[PRACTICE])


def test_the_page_does_not_reveal_the_answer_before_answering(client, learner, lesson):
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert "Văn bản đã ký số có cần in ra" in html
    assert "giá trị như bản gốc" not in html
    assert "Đúng." not in html


def test_without_javascript_a_form_post_shows_the_explanation(client, learner, lesson):
    client.force_login(learner)
    response = client.post(f"{lesson.url}practice/0/", {"choice": "0"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Không cần: chữ ký số đã đủ giá trị." in html
    assert "giá trị như bản gốc" in html
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_with_javascript_the_answer_comes_back_as_json(client, learner, lesson):
    client.force_login(learner)
    response = client.post(f"{lesson.url}practice/0/", {"choice": "1"}, headers={"Accept": "application/json"})
    data = response.json()
    assert data["correct"] is True
    assert data["correct_answers"] == ["Không"]
    assert "giá trị như bản gốc" in data["html"]


@pytest.mark.parametrize("choice", ["", "7", "-1", "abc"])
def test_a_missing_or_invalid_answer_asks_again_without_error(client, learner, lesson, choice):
    client.force_login(learner)
    response = client.post(f"{lesson.url}practice/0/", {"choice": choice}, headers={"Accept": "application/json"})
    assert response.status_code == 200
    data = response.json()
    assert data["correct"] is False
    # Asking without answering reveals nothing about the right answer.
    assert data["correct_answers"] == [] and data["explanation"] == ""
    assert "giá trị như bản gốc" not in data["html"]


def test_an_unknown_practice_question_is_not_found(client, learner, lesson):
    client.force_login(learner)
    assert client.post(f"{lesson.url}practice/3/", {"choice": "0"}).status_code == 404
    assert client.get(f"{lesson.url}practice/3/", {"choice": "0"}).status_code == 404


def test_a_visitor_who_is_not_signed_in_checks_an_answer_with_the_form(client, lesson):
    page = client.get(lesson.url).content.decode()
    assert 'method="get" class="practice"' in page
    response = client.get(f"{lesson.url}practice/0/", {"choice": "0"})
    assert response.status_code == 200
    assert "Không cần: chữ ký số đã đủ giá trị." in response.content.decode()
