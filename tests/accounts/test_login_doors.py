"""Every sign-in door goes through allauth: password alone never opens a staff area."""

import pytest
from django.contrib.auth import SESSION_KEY

from tests.conftest import PASSWORD, totp_now

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def signed_in(client) -> bool:
    return SESSION_KEY in client.session


def test_learner_signs_in_with_email_and_password(client, learner):
    response = client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": PASSWORD})
    assert response.status_code == 302
    assert signed_in(client)


def test_email_is_matched_case_insensitively(client, learner):
    client.post("/accounts/login/", {"login": "Learner@Example.gov.vn", "password": PASSWORD})
    assert signed_in(client)


def test_wrong_password_is_refused(client, learner):
    response = client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": "wrong-password"})
    assert response.status_code == 200
    assert not signed_in(client)


@pytest.mark.parametrize("door", ["/admin/login/", "/django-admin/login/"])
def test_password_only_post_to_admin_login_does_not_sign_in(client, admin_user, door):
    response = client.post(door, {"username": "admin@example.gov.vn", "password": PASSWORD, "login": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not signed_in(client)
    # And the admin stays closed.
    assert client.get("/admin/").status_code == 302
    assert client.get("/django-admin/").status_code == 302


def test_wagtail_admin_sends_anonymous_visitors_to_allauth_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/") or "/admin/login/" in response["Location"]
    follow = client.get(response["Location"])
    assert follow.status_code in (200, 302)


def test_admin_needs_the_totp_step_after_the_password(client, admin_user):
    response = client.post("/accounts/login/", {"login": "admin@example.gov.vn", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302

    response = client.post("/accounts/2fa/authenticate/", {"code": totp_now()})
    assert response.status_code == 302
    assert signed_in(client)
    assert client.get("/admin/").status_code == 200
    assert client.get("/django-admin/").status_code == 200


def test_wrong_totp_code_does_not_sign_in(client, hr_a):
    client.post("/accounts/login/", {"login": "hr-a@example.gov.vn", "password": PASSWORD})
    response = client.post("/accounts/2fa/authenticate/", {"code": "000000" if totp_now() != "000000" else "111111"})
    assert response.status_code == 200
    assert not signed_in(client)


def test_a_totp_code_cannot_be_used_twice(client, hr_a):
    code = totp_now()
    client.post("/accounts/login/", {"login": "hr-a@example.gov.vn", "password": PASSWORD})
    client.post("/accounts/2fa/authenticate/", {"code": code})
    assert signed_in(client)
    client.post("/accounts/logout/")
    assert not signed_in(client)

    client.post("/accounts/login/", {"login": "hr-a@example.gov.vn", "password": PASSWORD})
    client.post("/accounts/2fa/authenticate/", {"code": code})
    assert not signed_in(client)


def test_hr_reaches_hr_area_only_after_totp(client, hr_a):
    client.post("/accounts/login/", {"login": "hr-a@example.gov.vn", "password": PASSWORD})
    assert client.get("/hr/").status_code == 302
    client.post("/accounts/2fa/authenticate/", {"code": totp_now()})
    assert client.get("/hr/").status_code == 200


def test_hr_without_mfa_is_sent_to_set_it_up(client, hr_without_mfa):
    client.post("/accounts/login/", {"login": "hr-nomfa@example.gov.vn", "password": PASSWORD})
    assert signed_in(client)
    response = client.get("/hr/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/totp/activate/")


def test_trainer_without_mfa_cannot_reach_the_cms(client, trainer):
    from allauth.mfa.models import Authenticator

    Authenticator.objects.filter(user=trainer).delete()
    client.force_login(trainer)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/totp/activate/")


def test_learner_is_refused_from_hr_area(client, learner):
    client.force_login(learner)
    assert client.get("/hr/").status_code == 403


def test_session_id_changes_at_login(client, learner):
    client.get("/accounts/login/")
    client.session.save()
    before = client.session.session_key
    client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": PASSWORD})
    assert signed_in(client)
    assert client.session.session_key != before


def test_repeated_failures_lock_the_account_for_a_while(client, learner):
    for i in range(5):
        client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": f"wrong-{i}"})
    # Even the right password is refused while the limit holds, with a message saying why.
    response = client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": PASSWORD})
    assert not signed_in(client)
    assert response.status_code == 200
    assert response.context["form"].errors


def test_one_address_hammering_the_login_gets_429(client, learner):
    statuses = {
        client.post("/accounts/login/", {"login": f"nobody{i}@example.gov.vn", "password": "x"}).status_code
        for i in range(35)
    }
    assert 429 in statuses


def test_there_is_no_public_sign_up(client):
    response = client.get("/accounts/signup/")
    assert response.status_code == 200
    assert b'name="password1"' not in response.content
    response = client.post(
        "/accounts/signup/", {"email": "new@example.gov.vn", "password1": "x-Pass-2026!", "password2": "x-Pass-2026!"}
    )
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="new@example.gov.vn").exists()


def test_wagtail_front_end_login_does_not_sign_in(client, admin_user):
    response = client.post("/_util/login/", {"username": "admin@example.gov.vn", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not signed_in(client)


def test_a_session_that_skipped_the_totp_step_is_turned_away_from_staff_areas(hr_a):
    from django.test import Client

    plain = Client()
    plain.force_login(hr_a)  # a session opened without the second factor, by whatever door
    response = plain.get("/hr/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not signed_in(plain)


def test_cms_access_from_any_group_requires_mfa(client, learner):
    from django.contrib.auth.models import Group, Permission

    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    learner.groups.add(editors)
    client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": PASSWORD})
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/totp/activate/")
