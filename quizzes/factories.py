"""Builders of quizzes for tests and load data."""

from __future__ import annotations

from typing import Any

from courses.models import CoursePage

from .models import QuizPage


def single(text: str, answers: list[tuple[str, bool]], explanation: str = "") -> dict[str, Any]:
    choices = [{"text": answer, "correct": correct, "feedback": f"Phản hồi: {answer}"} for answer, correct in answers]
    value = {"text": f"<p>{text}</p>", "image": None, "image_alt": "", "explanation": f"<p>{explanation}</p>"}
    return {"type": "single", "value": {**value, "answers": choices}}


def multiple(text: str, answers: list[tuple[str, bool]], scoring: str = "all") -> dict[str, Any]:
    block = single(text, answers)
    block["type"] = "multiple"
    block["value"]["scoring"] = scoring
    return block


def true_false(text: str, correct: bool) -> dict[str, Any]:
    value = {"text": f"<p>{text}</p>", "image": None, "image_alt": "", "explanation": "<p>Giải thích.</p>"}
    feedback = {"feedback_true": "Bạn chọn đúng", "feedback_false": "Bạn chọn sai"}
    return {"type": "true_false", "value": {**value, **feedback, "correct_answer": "true" if correct else "false"}}


def quiz_build(
    *, course: CoursePage, questions: list[dict[str, Any]], publish: bool = True, **settings: Any
) -> QuizPage:
    quiz = QuizPage(title="Bài kiểm tra cuối khóa", slug="kiem-tra", questions=questions, **settings)
    course.add_child(instance=quiz)
    if publish:
        quiz.save_revision().publish()
    return quiz
