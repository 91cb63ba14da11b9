"""Lesson pages are served from the cache to visitors who are not signed in, and only to them."""

import pytest
from django.conf import settings
from django.core.cache import cache

from courses.factories import course_build, lesson_body
from courses.models import LessonPage
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


def test_signed_in_readers_share_the_rendered_body_until_the_lesson_is_published_again(client, cached, learner, lesson):
    client.force_login(learner)
    assert "Nội dung bài học." in client.get(lesson.url).content.decode()
    # Rendered once and kept: a change that was not published does not reach readers.
    LessonPage.objects.filter(pk=lesson.pk).update(body=lesson_body("Bản nháp chưa xuất bản."))
    assert "Bản nháp chưa xuất bản." not in client.get(lesson.url).content.decode()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body = lesson_body("Nội dung đã sửa và xuất bản.")
    lesson.save_revision().publish()
    page = client.get(lesson.url).content.decode()
    assert "Nội dung đã sửa và xuất bản." in page and "Nội dung bài học." not in page
    # The reader's own part of the page is never shared: the finish form carries their token.
    assert "csrfmiddlewaretoken" in page
