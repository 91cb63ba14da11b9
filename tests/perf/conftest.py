"""Fixtures of the query-count tests: programs, courses with final quizzes, signed-in clients, an API client."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from certification.api.tokens import api_client_create
from certification.factories import program_build
from courses.factories import course_build
from quizzes.factories import quiz_build, single, true_false
from tests.conftest import MFAClient

API_TOKEN = "perf-api-token-2026"


@pytest.fixture
def program(db):
    """A program for tests about certificates and figures, where its courses play no part."""
    return program_build(courses=[], code="DLF", name="Nền tảng lãnh đạo số", name_en="Digital leadership")


def _final_course(title: str, slug: str):
    course = course_build(title=title, slug=slug, lessons=1)
    quiz_build(
        course=course,
        questions=[single("Câu 1", [("Đúng", True), ("Sai", False)]), true_false("Câu 2", True)],
        cooldown_minutes=0,
        max_attempts=0,
    )
    return course


@pytest.fixture
def courses(db):
    """Two courses of one lesson, each with a final quiz that may be taken any number of times."""
    return [_final_course("Thư điện tử công vụ", "thu-dien-tu"), _final_course("Chữ ký số", "chu-ky-so")]


@pytest.fixture
def earned_program(courses):
    """A program that requires both courses."""
    return program_build(courses=courses, code="DLF", name="Nền tảng lãnh đạo số", name_en="Digital leadership")


@pytest.fixture
def hr_client(hr_a):
    """A client of its own, signed in as hr_a with the second factor."""
    client = MFAClient()
    client.force_login(hr_a)
    return client


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def api_headers(tree):
    """A client system that sees the whole city, and the header that authenticates it."""
    cache.clear()
    api_client_create(name="Hệ thống một cửa", units=[tree.city], token=API_TOKEN)
    return {"HTTP_AUTHORIZATION": f"Bearer {API_TOKEN}"}
