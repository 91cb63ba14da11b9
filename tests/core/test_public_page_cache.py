"""Lesson pages are served from the cache to visitors who are not signed in, and only to them."""

import pytest
from django.conf import settings
from django.core.cache import cache

from courses.factories import course_build
from courses.selectors import live_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.LMS_PUBLIC_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def lesson(tree):
    course = course_build(title="Thư điện tử công vụ", lessons=2)
    return live_lessons(course)[0]


def test_the_second_anonymous_visit_is_served_from_the_cache_with_the_same_page_and_headers(client, cached, lesson):
    first = client.get(lesson.url)
    second = client.get(lesson.url)
    assert "X-Cache" not in first and second["X-Cache"] == "hit"
    assert second.content == first.content
    assert "unsafe-inline" not in second["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"
    # A cached page is shared between visitors: it carries nobody's token.
    assert b"csrfmiddlewaretoken" not in second.content


def test_publishing_a_change_retires_the_cached_page(client, cached, lesson):
    client.get(lesson.url)
    lesson.title = "Tiêu đề mới của bài học"
    lesson.save_revision().publish()
    response = client.get(lesson.url)
    assert "X-Cache" not in response
    assert "Tiêu đề mới của bài học" in response.content.decode()


def test_each_language_has_its_own_cached_page(client, cached, lesson):
    vietnamese = client.get(lesson.url, headers={"Accept-Language": "vi"})
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get(lesson.url)
    assert "X-Cache" not in english
    assert english.content != vietnamese.content


def test_signed_in_officials_never_get_a_cached_page(client, cached, learner, lesson):
    client.get(lesson.url)
    client.force_login(learner)
    response = client.get(lesson.url)
    assert "X-Cache" not in response
    assert "I have finished this lesson" in response.content.decode() or "Tôi đã học xong" in response.content.decode()


def test_the_language_switcher_works_for_a_visitor_without_a_token(cached, lesson):
    from django.test import Client

    visitor = Client(enforce_csrf_checks=True)
    response = visitor.post("/i18n/setlang/", {"language": "en", "next": lesson.url})
    assert response.status_code == 302
    assert visitor.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
