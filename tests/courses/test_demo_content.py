"""The demo courses are sound data: valid blocks, parallel languages, short lessons (no database)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from courses.blocks import LessonBodyBlock
from courses.demo_content import COURSES, DASHBOARD, EMAIL, ESIGNATURE
from courses.models import Topic

LANGUAGES = ("vi", "en")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
VIETNAMESE_LETTERS = set("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
TAG = re.compile(r"</?([a-zA-Z0-9]+)[^>]*>")
RICH_TEXT_TAGS = {"p", "b", "i", "ul", "ol", "li", "h3"}
CALLOUT_TAGS = {"p", "b", "i"}
BLOCK_TYPES = {"heading", "text", "steps", "callout", "takeaways", "practice", "data_table"}
# Reading speed of the Vietnamese text, in words (syllables) per estimated minute.
WORDS_PER_MINUTE = (130, 210)

LESSONS = [(course, lesson) for course in COURSES for lesson in course["lessons"]]
LESSON_IDS = [f"{course['topic']}/{lesson['slug']}" for course, lesson in LESSONS]
BODIES = [(course, lesson, language) for course, lesson in LESSONS for language in LANGUAGES]
BODY_IDS = [f"{course['topic']}/{lesson['slug']}/{language}" for course, lesson, language in BODIES]


def strings(value: Any) -> Iterator[str]:
    """Every human-readable string inside a block value (not choice keys such as level or kind)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"level", "kind", "chart", "chart_column", "screenshot", "correct"}:
                yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def words(blocks: list[dict[str, Any]]) -> list[str]:
    text = " ".join(strings([block["value"] for block in blocks]))
    return TAG.sub(" ", text).split()


def is_vietnamese(word: str) -> bool:
    return any(letter in VIETNAMESE_LETTERS for letter in word.lower())


def plain_fields(block: dict[str, Any]) -> Iterator[str]:
    """The fields rendered as escaped plain text, which must not carry markup."""
    value = block["value"]
    if block["type"] == "heading":
        yield value["text"]
    elif block["type"] == "steps":
        yield value["title"]
        yield from (step["instruction"] for step in value["steps"])
    elif block["type"] == "callout":
        yield value["title"]
    elif block["type"] == "takeaways":
        yield value["title"]
        yield from value["items"]
    elif block["type"] == "practice":
        yield value["question"]
        yield value["explanation"]
        for choice in value["choices"]:
            yield choice["text"]
            yield choice["feedback"]
    elif block["type"] == "data_table":
        yield from (value["title"], value["columns"], value["unit"], value["caption"])
        for row in value["rows"]:
            yield from (row["label"], row["values"])


def test_the_three_courses_in_order():
    assert COURSES == [EMAIL, ESIGNATURE, DASHBOARD]
    assert [course["topic"] for course in COURSES] == ["email", "esignature", "dashboard"]
    assert {course["topic"] for course in COURSES} <= set(Topic.values)


@pytest.mark.parametrize("course", COURSES, ids=[course["topic"] for course in COURSES])
def test_course_fields(course):
    assert SLUG.match(course["slug"])
    assert len(course["lessons"]) >= 4
    for language in LANGUAGES:
        assert course["title"][language].strip()
        assert 0 < len(course["summary"][language]) <= 400
        assert 0 < len(course["audience"][language]) <= 200
        assert 3 <= len(course["outcomes"][language]) <= 5
        assert all(outcome.strip() for outcome in course["outcomes"][language])
    assert len(course["outcomes"]["vi"]) == len(course["outcomes"]["en"])
    for text in [course["title"]["vi"], course["summary"]["vi"], course["audience"]["vi"], *course["outcomes"]["vi"]]:
        assert any(is_vietnamese(word) for word in text.split()), text


def test_slugs_are_unique_and_url_safe():
    course_slugs = [course["slug"] for course in COURSES]
    assert len(set(course_slugs)) == len(course_slugs)
    for course in COURSES:
        lesson_slugs = [lesson["slug"] for lesson in course["lessons"]]
        assert len(set(lesson_slugs)) == len(lesson_slugs), course["slug"]
        assert all(SLUG.match(slug) for slug in lesson_slugs), lesson_slugs
    every_slug = course_slugs + [lesson["slug"] for _, lesson in LESSONS]
    assert len(set(every_slug)) == len(every_slug)


@pytest.mark.parametrize(("course", "lesson"), LESSONS, ids=LESSON_IDS)
def test_lesson_fields_and_parallel_languages(course, lesson):
    assert 5 <= lesson["minutes"] <= 10
    assert set(lesson["title"]) == set(LANGUAGES) == set(lesson["body"])
    assert all(lesson["title"][language].strip() for language in LANGUAGES)
    assert any(is_vietnamese(word) for word in lesson["title"]["vi"].split())
    vi, en = lesson["body"]["vi"], lesson["body"]["en"]
    assert [block["type"] for block in vi] == [block["type"] for block in en]
    for vi_block, en_block in zip(vi, en, strict=True):
        kind = vi_block["type"]
        if kind == "heading":
            assert vi_block["value"]["level"] == en_block["value"]["level"]
        elif kind == "callout":
            assert vi_block["value"]["kind"] == en_block["value"]["kind"]
        elif kind == "steps":
            assert len(vi_block["value"]["steps"]) == len(en_block["value"]["steps"])
        elif kind == "takeaways":
            assert len(vi_block["value"]["items"]) == len(en_block["value"]["items"])
        elif kind == "practice":
            assert [choice["correct"] for choice in vi_block["value"]["choices"]] == [
                choice["correct"] for choice in en_block["value"]["choices"]
            ]
        elif kind == "data_table":
            for key in ("chart", "chart_column"):
                assert vi_block["value"][key] == en_block["value"][key]
            assert len(vi_block["value"]["rows"]) == len(en_block["value"]["rows"])
            assert len(vi_block["value"]["columns"].split("|")) == len(en_block["value"]["columns"].split("|"))


@pytest.mark.parametrize(("course", "lesson"), LESSONS, ids=LESSON_IDS)
def test_lesson_shape(course, lesson):
    """Opening text, 2-4 headings, a guide or callout, one practice question, takeaways last."""
    types = [block["type"] for block in lesson["body"]["vi"]]
    assert types[0] == "text"
    assert types[-1] == "takeaways"
    assert 2 <= types.count("heading") <= 4
    assert "steps" in types or "callout" in types
    assert types.count("practice") == 1
    assert set(types) <= BLOCK_TYPES


@pytest.mark.parametrize(("course", "lesson"), LESSONS, ids=LESSON_IDS)
def test_reading_time_matches_the_estimate(course, lesson):
    count = len(words(lesson["body"]["vi"]))
    low, high = WORDS_PER_MINUTE
    assert 700 <= count <= 1500, count
    assert low <= count / lesson["minutes"] <= high, (count, lesson["minutes"])


@pytest.mark.parametrize(("course", "lesson", "language"), BODIES, ids=BODY_IDS)
def test_every_block_validates(course, lesson, language):
    block = LessonBodyBlock()
    value = block.to_python(lesson["body"][language])
    block.clean(value)
    assert len(value) == len(lesson["body"][language])


@pytest.mark.parametrize(("course", "lesson", "language"), BODIES, ids=BODY_IDS)
def test_markup_and_practice_questions(course, lesson, language):
    for block in lesson["body"][language]:
        value = block["value"]
        if block["type"] == "text":
            assert set(TAG.findall(value)) <= RICH_TEXT_TAGS
        elif block["type"] == "callout":
            assert set(TAG.findall(value["text"])) <= CALLOUT_TAGS
        elif block["type"] == "practice":
            assert 2 <= len(value["choices"]) <= 4
            assert any(choice["correct"] for choice in value["choices"])
            assert all(choice["feedback"].strip() for choice in value["choices"])
        elif block["type"] == "steps":
            assert all(step["screenshot"] is None for step in value["steps"])
        for text in plain_fields(block):
            assert "<" not in text and ">" not in text, text


@pytest.mark.parametrize(("course", "lesson"), LESSONS, ids=LESSON_IDS)
def test_the_vietnamese_is_vietnamese_and_the_english_is_english(course, lesson):
    vi, en = words(lesson["body"]["vi"]), words(lesson["body"]["en"])
    assert sum(map(is_vietnamese, vi)) / len(vi) > 0.4
    # Place names (Phường Hoa Sen, Quận Bình Minh) and quoted titles keep their diacritics in English.
    assert sum(map(is_vietnamese, en)) / len(en) < 0.05


@pytest.mark.parametrize("course", COURSES, ids=[course["topic"] for course in COURSES])
def test_every_block_type_is_used_in_each_course(course):
    blocks = [block for lesson in course["lessons"] for block in lesson["body"]["vi"]]
    assert {block["type"] for block in blocks} == BLOCK_TYPES
    callouts = {block["value"]["kind"] for block in blocks if block["type"] == "callout"}
    assert callouts == {"tip", "warning", "legal"}


def test_the_dashboard_course_charts_on_time_rates_per_ward():
    tables = [
        block["value"]
        for lesson in DASHBOARD["lessons"]
        for block in lesson["body"]["vi"]
        if block["type"] == "data_table"
    ]
    assert len(tables) >= 2
    block = LessonBodyBlock()
    charted = [table for table in tables if table["chart"] == "bar"]
    assert charted
    first = block.to_python([{"type": "data_table", "value": charted[0]}])[0].value
    bars = first.chart_bars()
    assert len(bars) == len(charted[0]["rows"]) >= 4
    assert all(0 < bar["value"] <= 100 for bar in bars)
    assert all(label.startswith("Phường ") for label in (bar["label"] for bar in bars))
