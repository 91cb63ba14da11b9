"""The catalog, a course, a lesson and "my learning", as a leader uses them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.factories import course_build
from courses.models import LessonProgress, Topic
from courses.selectors import live_lessons
from courses.services import lesson_finish
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses(tree):
    email = course_build(title="Thư điện tử công vụ", topic=Topic.EMAIL, lessons=3, minutes=6)
    signature = course_build(title="Chữ ký số", topic=Topic.ESIGNATURE, lessons=2, minutes=8)
    return email, signature


def test_catalog_lists_courses_with_minutes_and_filters_by_topic(client, courses):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    email, _ = courses
    email.cover_image = Image.objects.create(title="Bìa", file=get_test_image_file())
    email.save_revision().publish()
    response = client.get("/courses/")
    assert response.status_code == 200
    cards = {card.course.title: card for card in response.context["cards"]}
    assert set(cards) == {"Thư điện tử công vụ", "Chữ ký số"}
    assert cards["Thư điện tử công vụ"].progress.total_minutes == 18
    assert "18" in response.content.decode()
    filtered = client.get("/courses/?topic=esignature")
    assert [card.course.title for card in filtered.context["cards"]] == ["Chữ ký số"]


def test_course_page_ticks_finished_lessons_and_continues_at_the_first_unfinished(client, learner, courses):
    email, _ = courses
    lessons = live_lessons(email)
    lesson_finish(official=learner.official, lesson=lessons[0])
    client.force_login(learner)
    response = client.get(email.url)
    progress = response.context["progress"]
    assert [item.done for item in progress.lessons] == [True, False, False]
    assert progress.continue_lesson.pk == lessons[1].pk
    assert progress.remaining_minutes == 12
    assert f'href="{lessons[1].url}"' in response.content.decode()


def test_the_leader_finishes_every_lesson_and_the_course_shows_complete(client, learner, courses):
    email, _ = courses
    client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": PASSWORD})
    for lesson in live_lessons(email):
        page = client.get(lesson.url)
        assert page.status_code == 200
        token = page.context["start_token"]
        response = client.post(f"{lesson.url}finish/", {"start": token})
        assert response.status_code == 302
    assert client.get(email.url).context["progress"].completed
    assert "Thư điện tử công vụ" in [card.course.title for card in client.get("/learn/").context["learning"].completed]

    # It survives signing out and in again.
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": PASSWORD})
    catalog = client.get("/courses/")
    card = next(card for card in catalog.context["cards"] if card.course.pk == email.pk)
    assert card.progress.completed


def test_finishing_requires_a_signed_in_official(client, courses):
    lesson = live_lessons(courses[0])[0]
    response = client.post(f"{lesson.url}finish/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not LessonProgress.objects.exists()


def test_finish_is_post_only(client, learner, courses):
    client.force_login(learner)
    lesson = live_lessons(courses[0])[0]
    assert client.get(f"{lesson.url}finish/").status_code == 405


def test_learn_shows_courses_in_progress_with_continue(client, learner, courses):
    email, _ = courses
    lessons = live_lessons(email)
    lesson_finish(official=learner.official, lesson=lessons[0])
    client.force_login(learner)
    learning = client.get("/learn/").context["learning"]
    assert [card.course.pk for card in learning.in_progress] == [email.pk]
    assert learning.in_progress[0].progress.continue_lesson.pk == lessons[1].pk
    assert learning.completed == []


def test_staff_preview_records_nothing(client, admin_user, courses):
    from lms.people.factories import OfficialFactory

    OfficialFactory(user=admin_user)
    client.force_login(admin_user)
    lesson = live_lessons(courses[0])[0]
    response = client.get(f"/admin/pages/{lesson.pk}/edit/preview/")
    assert response.status_code in (200, 405)
    assert not LessonProgress.objects.exists()
    # Reading the live page as oneself is one's own progress.
    client.get(lesson.url)
    assert LessonProgress.objects.filter(official__user=admin_user).count() == 1


def test_lesson_page_has_previous_and_next(client, learner, courses):
    lessons = live_lessons(courses[0])
    client.force_login(learner)
    context = client.get(lessons[1].url).context
    assert context["previous_lesson"].pk == lessons[0].pk
    assert context["next_lesson"].pk == lessons[2].pk
    assert context["position"] == 2


def count_queries(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_lesson_page_queries_do_not_grow_with_the_number_of_lessons(client, learner, tree):
    counts = {}
    for size in (2, 9):
        course = course_build(title=f"Khóa {size}", lessons=size)
        lessons = live_lessons(course)
        for lesson in lessons[: size // 2]:
            lesson_finish(official=learner.official, lesson=lesson)
        client.force_login(learner)
        counts[size] = count_queries(client, lessons[1].url)
    assert counts[2] == counts[9], counts


def test_learn_and_catalog_queries_do_not_grow_with_the_number_of_courses(client, learner, tree):
    client.force_login(learner)
    learn, catalog = {}, {}
    built = 0
    for size in (1, 5):
        while built < size:
            built += 1
            course = course_build(title=f"Khóa {built}", lessons=3)
            lesson_finish(official=learner.official, lesson=live_lessons(course)[0])
        learn[size] = count_queries(client, "/learn/")
        catalog[size] = count_queries(client, "/courses/")
    assert learn[1] == learn[5], learn
    assert catalog[1] == catalog[5], catalog
