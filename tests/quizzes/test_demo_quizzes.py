"""The demo final quizzes are sound data: valid question blocks, parallel languages, a useful mix of questions."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from courses.demo_content import COURSES
from quizzes.blocks import QuestionPoolBlock
from quizzes.demo_content import QUIZZES
from quizzes.models import ReviewPolicy

LANGUAGES = ("vi", "en")
VIETNAMESE_LETTERS = set("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
TAG = re.compile(r"</?([a-zA-Z0-9]+)[^>]*>")
RICH_TEXT_TAGS = {"p", "b", "i"}
SETTING_NAMES = {
    "pass_mark",
    "max_attempts",
    "cooldown_minutes",
    "time_limit_minutes",
    "draw_count",
    "shuffle_questions",
    "shuffle_answers",
    "review_policy",
}

COURSE_SLUGS = [course["slug"] for course in COURSES]
QUESTIONS = [
    (slug, language, index, question)
    for slug, quiz in QUIZZES.items()
    for language in LANGUAGES
    for index, question in enumerate(quiz["questions"][language], start=1)
]
QUESTION_IDS = [f"{slug}/{language}/{index}" for slug, language, index, _ in QUESTIONS]


def plain(html: str) -> str:
    return TAG.sub(" ", html).strip()


def is_vietnamese(text: str) -> bool:
    return any(letter in VIETNAMESE_LETTERS for letter in text.lower())


def shape(question: dict[str, Any]) -> tuple[Any, ...]:
    """What must match between the two languages: type, scoring, and which answers are correct."""
    value = question["value"]
    if question["type"] == "true_false":
        return ("true_false", value["correct_answer"])
    return (question["type"], value.get("scoring"), tuple(answer["correct"] for answer in value["answers"]))


def human_strings(question: dict[str, Any]) -> list[str]:
    value = question["value"]
    strings = [value["text"], value["explanation"]]
    if question["type"] == "true_false":
        strings += [value["feedback_true"], value["feedback_false"]]
    else:
        for answer in value["answers"]:
            strings += [answer["text"], answer["feedback"]]
    return strings


def test_every_course_has_a_quiz_and_every_quiz_a_course():
    assert sorted(QUIZZES) == sorted(COURSE_SLUGS)


@pytest.mark.parametrize("slug", list(QUIZZES))
def test_quiz_settings_are_valid(slug):
    quiz = QUIZZES[slug]
    settings = quiz["settings"]
    pool = len(quiz["questions"]["vi"])
    assert set(settings) == SETTING_NAMES
    assert 1 <= settings["pass_mark"] <= 100
    assert settings["max_attempts"] >= 1
    assert settings["cooldown_minutes"] >= 0
    assert settings["time_limit_minutes"] >= 1
    assert settings["review_policy"] in ReviewPolicy.values
    assert 8 <= pool <= 10
    assert 5 <= settings["draw_count"] <= 6
    assert settings["draw_count"] <= pool


@pytest.mark.parametrize("slug", list(QUIZZES))
def test_title_and_intro_in_both_languages(slug):
    quiz = QUIZZES[slug]
    settings = quiz["settings"]
    pool = len(quiz["questions"]["vi"])
    for language in LANGUAGES:
        assert quiz["title"][language].strip()
        intro = quiz["intro"][language]
        assert 0 < len(intro) <= 600
        numbers = set(re.findall(r"\d+", intro))
        for expected in (pool, settings["draw_count"], settings["pass_mark"], settings["max_attempts"]):
            assert str(expected) in numbers, (language, expected)
    assert is_vietnamese(quiz["title"]["vi"])
    assert is_vietnamese(quiz["intro"]["vi"])


@pytest.mark.parametrize("slug", list(QUIZZES))
def test_languages_have_the_same_questions_in_the_same_order(slug):
    questions = QUIZZES[slug]["questions"]
    assert [shape(question) for question in questions["vi"]] == [shape(question) for question in questions["en"]]
    for vi, en in zip(questions["vi"], questions["en"], strict=True):
        assert vi["value"]["text"] != en["value"]["text"]


@pytest.mark.parametrize("slug", list(QUIZZES))
def test_mix_of_question_types(slug):
    for language in LANGUAGES:
        questions = QUIZZES[slug]["questions"][language]
        types = Counter(question["type"] for question in questions)
        assert types["single"] >= 4
        assert types["multiple"] >= 2
        assert types["true_false"] >= 2
        scorings = {question["value"]["scoring"] for question in questions if question["type"] == "multiple"}
        assert "partial" in scorings


@pytest.mark.parametrize(("slug", "language", "index", "question"), QUESTIONS, ids=QUESTION_IDS)
def test_question_is_a_valid_block(slug, language, index, question):
    block = QuestionPoolBlock()
    value = block.to_python([question])
    cleaned = block.clean(value)  # raises ValidationError when the question is not valid
    # The sanitiser keeps the text as written: nothing is silently stripped when a trainer saves it.
    assert cleaned[0].value["text"].source == question["value"]["text"]
    assert cleaned[0].value["explanation"].source == question["value"]["explanation"]


@pytest.mark.parametrize(("slug", "language", "index", "question"), QUESTIONS, ids=QUESTION_IDS)
def test_question_content(slug, language, index, question):
    value = question["value"]
    assert value["image"] is None
    assert value["image_alt"] == ""
    for field in ("text", "explanation"):
        assert set(TAG.findall(value[field])) <= RICH_TEXT_TAGS, field
        assert value[field].startswith("<p>"), field
        assert plain(value[field]), field
    assert len(plain(value["explanation"])) >= 120, "the explanation should teach, not just say “correct”"
    if question["type"] == "true_false":
        assert value["correct_answer"] in {"true", "false"}
        assert value["feedback_true"].strip()
        assert value["feedback_false"].strip()
        assert len(value["feedback_true"]) <= 400
        assert len(value["feedback_false"]) <= 400
    else:
        answers = value["answers"]
        correct = sum(1 for answer in answers if answer["correct"])
        if question["type"] == "single":
            assert 3 <= len(answers) <= 4
            assert correct == 1
        else:
            assert value["scoring"] in {"all", "partial"}
            assert 2 <= correct < len(answers)
        for answer in answers:
            assert answer["text"].strip()
            assert answer["feedback"].strip()
            assert len(answer["text"]) <= 300
            assert len(answer["feedback"]) <= 400
            assert not TAG.search(answer["text"] + answer["feedback"])
        assert len({answer["text"] for answer in answers}) == len(answers)
    for text in human_strings(question):
        assert "  " not in text
        assert text == text.strip()


@pytest.mark.parametrize("slug", list(QUIZZES))
def test_vietnamese_text_has_diacritics(slug):
    for question in QUIZZES[slug]["questions"]["vi"]:
        value = question["value"]
        assert is_vietnamese(plain(value["text"]))
        assert is_vietnamese(plain(value["explanation"]))
        for answer in value.get("answers", []):
            assert is_vietnamese(answer["text"] + answer["feedback"])
        if question["type"] == "true_false":
            assert is_vietnamese(value["feedback_true"])
            assert is_vietnamese(value["feedback_false"])


@pytest.mark.parametrize("slug", list(QUIZZES))
def test_questions_are_not_repeated(slug):
    for language in LANGUAGES:
        texts = [question["value"]["text"] for question in QUIZZES[slug]["questions"][language]]
        assert len(set(texts)) == len(texts)
