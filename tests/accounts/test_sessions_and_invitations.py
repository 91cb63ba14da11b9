"""Sessions end when they should; invitations and password reset work without revealing accounts."""

import re
from datetime import timedelta

import pytest
import time_machine
from allauth.usersessions.models import UserSession
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.utils import timezone

from lms.accounts.services import invitation_send
from lms.audit.models import AuditEvent
from lms.people.factories import OfficialFactory
from lms.people.services import official_set_active
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def sign_in(client, email: str) -> None:
    client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert SESSION_KEY in client.session


def test_idle_session_is_signed_out(client, learner, settings):
    sign_in(client, "learner@example.gov.vn")
    assert client.get("/").status_code == 200
    with time_machine.travel(timezone.now() + settings.LMS_IDLE_TIMEOUT + timedelta(minutes=1)):
        response = client.get("/accounts/email/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert SESSION_KEY not in client.session


def test_activity_keeps_the_session_alive(client, learner, settings):
    sign_in(client, "learner@example.gov.vn")
    start = timezone.now()
    step = settings.LMS_IDLE_TIMEOUT - timedelta(minutes=5)
    for i in range(1, 4):
        with time_machine.travel(start + step * i):
            assert client.get("/accounts/email/").status_code == 200


def test_deactivation_signs_the_official_out_everywhere(client, learner, django_capture_on_commit_callbacks):
    from django.test import Client

    other_device = Client()
    sign_in(client, "learner@example.gov.vn")
    sign_in(other_device, "learner@example.gov.vn")
    assert UserSession.objects.filter(user=learner).count() == 2

    with django_capture_on_commit_callbacks(execute=True):
        official_set_active(official=learner.official, active=False, reason="left the service")

    assert UserSession.objects.filter(user=learner).count() == 0
    for device in (client, other_device):
        assert device.get("/accounts/email/").status_code == 302
    assert AuditEvent.objects.filter(action="people.official_deactivated", target_id=str(learner.official.pk)).exists()
    # A deactivated account cannot sign in again.
    client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": PASSWORD})
    assert SESSION_KEY not in client.session


def test_invitation_link_lets_a_new_official_choose_a_password(client, tree):
    official = OfficialFactory(user__email="new@example.gov.vn", user__password=None, unit=tree.d1)
    official.user.set_unusable_password()
    official.user.save()
    invitation_send(user=official.user)

    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    link = re.search(r"https?://\S+", body).group(0)
    path = link.split("testserver", 1)[1]
    response = client.get(path, follow=True)
    assert response.status_code == 200
    form_path = response.redirect_chain[-1][0] if response.redirect_chain else path
    response = client.post(form_path, {"password1": "Chon-mat-khau-2026", "password2": "Chon-mat-khau-2026"})
    assert response.status_code == 302
    client.post("/accounts/login/", {"login": "new@example.gov.vn", "password": "Chon-mat-khau-2026"})
    assert SESSION_KEY in client.session


def test_password_reset_does_not_reveal_whether_an_account_exists(client, learner):
    known = client.post("/accounts/password/reset/", {"email": "learner@example.gov.vn"})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.gov.vn"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    recipients = [message.to for message in mail.outbox]
    assert ["learner@example.gov.vn"] in recipients
    assert ["nobody@example.gov.vn"] not in recipients


def test_sign_in_and_failures_are_audited(client, learner):
    client.post("/accounts/login/", {"login": "learner@example.gov.vn", "password": "wrong-one"})
    sign_in(client, "learner@example.gov.vn")
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert "account.login_failed" in actions
    assert "account.login" in actions
    login = AuditEvent.objects.get(action="account.login")
    assert login.ip_address == "127.0.0.1"
    assert login.actor_id == learner.pk


def test_audit_rows_cannot_be_changed_or_removed(learner):
    from django.db import DatabaseError, transaction

    from lms.audit.services import audit_log

    event = audit_log(action="test.event", actor=learner, target=learner)
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=event.pk).update(action="x")
    with pytest.raises(DatabaseError), transaction.atomic():
        # Even raw SQL is refused by the database's trigger.
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("UPDATE audit_auditevent SET action = 'x' WHERE id = %s", [event.pk])


def test_officials_cannot_change_their_own_email_address(client, learner):
    client.force_login(learner)
    page = client.get("/accounts/email/")
    assert page.status_code == 200
    assert "L001" in page.content.decode()
    client.post("/accounts/email/", {"action_add": "", "email": "elsewhere@example.com"})
    learner.refresh_from_db()
    assert learner.email == "learner@example.gov.vn"
    from allauth.account.models import EmailAddress

    assert not EmailAddress.objects.filter(email="elsewhere@example.com").exists()


@pytest.mark.django_db(transaction=True)
def test_staff_without_mfa_can_enrol_totp_from_the_page_they_are_sent_to(client, hr_without_mfa):
    # Transactional: allauth announces the enrolment after commit, inside the request.
    from allauth.mfa.models import Authenticator

    from tests.conftest import totp_now

    client.post("/accounts/login/", {"login": "hr-nomfa@example.gov.vn", "password": PASSWORD})
    response = client.get("/hr/")
    assert response["Location"].startswith("/accounts/2fa/totp/activate/")
    # Enrolling asks for the password once more (allauth's re-authentication).
    response = client.get(response["Location"], follow=True)
    reauthenticate = response.redirect_chain[-1][0]
    assert reauthenticate.startswith("/accounts/reauthenticate/")
    client.post(reauthenticate, {"password": PASSWORD})
    assert client.get("/accounts/2fa/totp/activate/").status_code == 200
    secret = client.session["mfa.totp.secret"]
    response = client.post("/accounts/2fa/totp/activate/", {"code": totp_now(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=hr_without_mfa, type="totp").exists()
    assert client.get("/hr/").status_code == 200
