"""Trainers author under /courses/ only and cannot publish alone; lead trainers approve and publish."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow

from courses.factories import catalog_get, course_build
from courses.models import CoursePage
from lms.people.factories import OfficialFactory
from lms.people.roles import LEAD_TRAINERS_GROUP
from tests.conftest import enroll_totp

pytestmark = pytest.mark.django_db


@pytest.fixture
def lead_trainer(tree):
    user = OfficialFactory(user__email="lead@example.gov.vn", employee_code="T002", unit=tree.city).user
    catalog_get()
    user.groups.add(Group.objects.get(name=LEAD_TRAINERS_GROUP))
    enroll_totp(user)
    return user


def course_form(**overrides):
    data = {
        "title": "Khóa học mới",
        "slug": "khoa-hoc-moi",
        "summary": "Tóm tắt",
        "topic": "email",
        "audience": "",
        "learning_outcomes": "",
        "cover_image": "",
    }
    data.update(overrides)
    return data


def test_the_catalog_is_under_the_review_workflow(tree):
    catalog = catalog_get()
    workflow = catalog.get_workflow()
    assert isinstance(workflow, Workflow) and workflow.active
    assert [task.specific.groups.get().name for task in workflow.tasks] == [LEAD_TRAINERS_GROUP]


def test_trainer_creates_and_submits_but_cannot_publish(client, trainer, lead_trainer):
    catalog = catalog_get()
    client.force_login(trainer)
    url = f"/admin/pages/add/courses/coursepage/{catalog.pk}/"
    assert client.get(url).status_code == 200

    # "Publish" from a trainer is not honoured: the page stays a draft.
    client.post(url, {**course_form(), "action-publish": "publish"})
    course = CoursePage.objects.get(slug="khoa-hoc-moi")
    assert not course.live

    response = client.post(f"/admin/pages/{course.pk}/edit/", {**course_form(), "action-submit": "submit"})
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.workflow_in_progress
    assert not course.live

    # The lead trainer approves: the course is published and listed in the catalog.
    client.force_login(lead_trainer)
    state = course.current_workflow_state
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{course.pk}/approve/{task_state.pk}/", {"comment": "Đạt yêu cầu"}
    )
    assert response.status_code in (200, 302)
    course.refresh_from_db()
    assert course.live
    assert "Khóa học mới" in client.get("/courses/").content.decode()


def test_trainer_cannot_edit_pages_outside_the_catalog(client, trainer):
    catalog_get()
    client.force_login(trainer)
    home = Page.objects.get(depth=2, locale__language_code="vi")
    response = client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code in (302, 403)
    assert client.get(f"/admin/pages/add/courses/courseindexpage/{home.pk}/").status_code in (302, 403)


def test_trainer_can_edit_an_existing_course(client, trainer):
    course = course_build(title="Khóa có sẵn", lessons=1)
    client.force_login(trainer)
    assert client.get(f"/admin/pages/{course.pk}/edit/").status_code == 200


def test_long_lessons_get_a_warning_in_the_editor(client, trainer):
    course = course_build(title="Khóa dài", lessons=0)
    client.force_login(trainer)
    response = client.post(
        f"/admin/pages/add/courses/lessonpage/{course.pk}/",
        {"title": "Bài dài", "slug": "bai-dai", "estimated_minutes": "25", "body-count": "0"},
        follow=True,
    )
    messages = [str(message) for message in response.context["messages"]]
    assert any("25" in message for message in messages), messages
