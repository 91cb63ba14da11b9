"""seed_demo creates PRODUCT.md's public contract, and running it twice changes nothing."""

import io

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management import call_command

from lms.people.models import HRScope, Official, Unit
from lms.people.roles import is_hr, is_trainer
from lms.people.scope import scoped_units

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

CONTRACT = {
    "leader@demo.gov.vn": ("DEMO001", "D1"),
    "certified@demo.gov.vn": ("DEMO002", "D1"),
    "trainer@demo.gov.vn": ("DEMO003", "CITY"),
    "hr@demo.gov.vn": ("DEMO004", "D1"),
    "hr2@demo.gov.vn": ("DEMO005", "D2"),
    "admin@demo.gov.vn": ("DEMO006", "CITY"),
}


def counts():
    return (
        get_user_model().objects.count(),
        Official.objects.count(),
        Unit.objects.count(),
        HRScope.objects.count(),
        Authenticator.objects.count(),
    )


def test_seed_creates_the_contract_and_is_idempotent():
    call_command("seed_demo", stdout=io.StringIO())
    first = counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert counts() == first

    for email, (code, unit) in CONTRACT.items():
        official = Official.objects.select_related("user", "unit").get(user__email=email)
        assert (official.employee_code, official.unit.code) == (code, unit)
        assert official.user.check_password("demo-pass-2026")
    assert 25 <= Official.objects.count() <= 40
    codes = set(Unit.objects.values_list("code", flat=True))
    assert {"CITY", "D1", "D2", "D3", "D1-W1", "D1-W2", "DEP-HA", "DEP-IC"} <= codes

    users = {u.email: u for u in get_user_model().objects.all()}
    assert is_trainer(users["trainer@demo.gov.vn"])
    assert users["admin@demo.gov.vn"].is_superuser
    assert set(scoped_units(users["hr@demo.gov.vn"]).values_list("code", flat=True)) == {
        "D1",
        "D1-W1",
        "D1-W2",
        "D1-W3",
    }
    assert is_hr(users["hr2@demo.gov.vn"])
    for email in ("trainer@demo.gov.vn", "hr@demo.gov.vn", "hr2@demo.gov.vn", "admin@demo.gov.vn"):
        assert Authenticator.objects.filter(user=users[email], type="totp").count() == 1
    assert not Authenticator.objects.filter(user=users["leader@demo.gov.vn"]).exists()


def test_demo_staff_sign_in_with_the_documented_totp_secret(client):
    from tests.conftest import totp_now

    call_command("seed_demo", stdout=io.StringIO())
    client.post("/accounts/login/", {"login": "hr@demo.gov.vn", "password": "demo-pass-2026"})
    client.post("/accounts/2fa/authenticate/", {"code": totp_now("JBSWY3DPEHPK3PXP")})
    assert client.get("/hr/").status_code == 200


def test_seed_creates_three_bilingual_demo_courses_under_the_review_workflow():
    from courses.models import CourseIndexPage, CoursePage, LessonPage

    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())
    vietnamese = CoursePage.objects.live().filter(locale__language_code="vi")
    assert vietnamese.count() == 3
    assert {course.topic for course in vietnamese} == {"email", "esignature", "dashboard"}
    for course in vietnamese:
        lessons = LessonPage.objects.child_of(course).live()
        assert lessons.count() >= 4
        assert all(5 <= lesson.estimated_minutes <= 10 for lesson in lessons)
        assert course.get_translations().filter(locale__language_code="en", live=True).exists()
    catalog = CourseIndexPage.objects.get(locale__language_code="vi")
    assert catalog.url == "/courses/"
    assert catalog.get_workflow() is not None
