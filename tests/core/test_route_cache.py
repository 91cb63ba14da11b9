"""Wagtail's routing is remembered, and forgotten as soon as the tree or its restrictions change."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from courses.factories import course_build
from courses.selectors import live_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def routed(settings):
    settings.LMS_ROUTE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def course(tree):
    return course_build(title="Chữ ký số", lessons=3)


def _queries(client, url) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len([q for q in captured if "lms_cache" not in q["sql"]]), response.content.decode()


def test_a_signed_in_lesson_page_needs_three_queries_beyond_the_session(client, routed, learner, course):
    lesson = live_lessons(course)[1]
    client.force_login(learner)
    client.get(lesson.url)
    database_queries, html = _queries(client, lesson.url)
    # The session, the user (with their official record and roles), then the course's
    # lessons, the official's progress in it and their completion of it.
    assert database_queries == 2 + 3
    assert lesson.title in html and "Bài 3" in html


def test_unpublishing_a_lesson_takes_it_offline_at_once(client, routed, learner, course):
    lesson = live_lessons(course)[0]
    client.force_login(learner)
    assert client.get(lesson.url).status_code == 200
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_a_new_view_restriction_applies_at_once(client, routed, course):
    lesson = live_lessons(course)[0]
    assert client.get(lesson.url).status_code == 200
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(lesson.url)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_finishing_a_lesson_works_through_a_remembered_route(client, routed, learner, course):
    first, second = live_lessons(course)[:2]
    client.force_login(learner)
    client.get(first.url)
    response = client.post(f"{first.url}finish/")
    assert response.status_code == 302 and response["Location"] == second.url


def test_finishing_a_lesson_needs_eleven_queries_beyond_the_session(client, routed, learner, course):
    lesson = live_lessons(course)[1]
    client.force_login(learner)
    client.get(lesson.url)  # routed once; the lesson's entry also answers for its "finish" address
    with CaptureQueriesContext(connection) as captured:
        response = client.post(f"{lesson.url}finish/", {"start": ""})
    assert response.status_code == 302 and response["Location"] == live_lessons(course)[0].url
    database_queries = [q["sql"] for q in captured if "lms_cache" not in q["sql"]]
    # The session and the user; the course's lessons; in one transaction the progress row locked and
    # updated, the official locked, their completion of the course, the default locale, the lessons
    # they finished; then their progress and completion for the next step.
    assert len(database_queries) == 2 + 11, [q[:90] for q in database_queries]
