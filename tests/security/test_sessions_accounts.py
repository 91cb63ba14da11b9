"""Sessions and accounts under attack: fixation, replay, enumeration and every door around the second factor.

What tests/accounts already proves is not repeated here:
- test_login_doors.py: the session id changes at a password sign-in; a TOTP code is refused the second time
  within its period; /admin/login/, /django-admin/login/ and /_util/login/ never sign in; the TOTP step is asked
  after the password; a session opened without the second factor is signed out at the staff areas; no sign-up.
- test_sessions_and_invitations.py: deactivation through the service ends two sessions; idle timeout; the
  password-reset request answers known and unknown addresses with the same redirect and mails only the known one.
- test_oidc.py: staff still pass the TOTP step after the identity provider.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.utils import timezone

from lms.people.services import hr_scope_grant
from tests.accounts.test_oidc import provider, run_flow  # noqa: F401 - the stub identity provider fixture
from tests.conftest import PASSWORD, MFAClient, totp_now

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Doi-mat-khau-2026!"


def signed_in(client: Client) -> bool:
    return SESSION_KEY in client.session


def session_key(client: Client) -> str:
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def password_step(client: Client, email: str, password: str = PASSWORD):
    return client.post("/accounts/login/", {"login": email, "password": password})


def sign_in(client: Client, email: str, code: str | None = None) -> None:
    """The whole sign-in: password, then the authenticator code when one is given."""
    password_step(client, email)
    if code is not None:
        client.post("/accounts/2fa/authenticate/", {"code": code})
    assert signed_in(client)


def with_cookie(key: str) -> Client:
    """Another browser that presents a given session cookie (an attacker holding an old id)."""
    other = Client()
    other.cookies[settings.SESSION_COOKIE_NAME] = key
    return other


def is_signed_in_with(key: str) -> bool:
    return with_cookie(key).get("/accounts/email/").status_code == 200


def sessions_of(user) -> list[str]:
    """Keys of stored sessions that belong to the user, whatever recorded them."""
    return [
        session.session_key
        for session in Session.objects.filter(expire_date__gt=timezone.now())
        if session.get_decoded().get(SESSION_KEY) == str(user.pk)
    ]


# --- Session fixation -------------------------------------------------------------------------------


def test_the_session_id_changes_when_the_totp_step_completes_the_sign_in(client, hr_a):
    client.get("/accounts/login/")
    client.session.save()
    anonymous = session_key(client)
    password_step(client, "hr-a@example.gov.vn")
    pending = session_key(client)  # the password is checked but nobody is signed in yet
    assert not signed_in(client)

    client.post("/accounts/2fa/authenticate/", {"code": totp_now()})

    assert signed_in(client)
    assert session_key(client) not in {anonymous, pending}
    # Whoever planted or read the id before the second factor holds nothing now.
    assert not is_signed_in_with(anonymous)
    assert not is_signed_in_with(pending)
    assert is_signed_in_with(session_key(client))


def test_the_session_id_changes_after_a_password_re_authentication(client, learner):
    sign_in(client, "learner@example.gov.vn")
    before = session_key(client)

    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD})

    assert response.status_code == 302
    assert signed_in(client)
    assert session_key(client) != before
    assert not is_signed_in_with(before)
    assert is_signed_in_with(session_key(client))


def test_the_session_id_changes_after_a_totp_re_authentication(client, hr_a):
    sign_in(client, "hr-a@example.gov.vn", totp_now())
    before = session_key(client)

    response = client.post("/accounts/2fa/reauthenticate/", {"code": totp_now(offset=1)})

    assert response.status_code == 302
    assert session_key(client) != before
    assert not is_signed_in_with(before)
    # The renewed session keeps its second factor: the HR area stays open.
    assert client.get("/hr/").status_code == 200


def test_signing_out_destroys_the_session_on_the_server(client, learner):
    sign_in(client, "learner@example.gov.vn")
    stolen = session_key(client)
    assert is_signed_in_with(stolen)

    client.post("/accounts/logout/")

    assert not signed_in(client)
    assert not Session.objects.filter(session_key=stolen).exists()
    response = with_cookie(stolen).get("/accounts/email/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


# --- Ending every session ----------------------------------------------------------------------------


def _deactivate_in_admin(admin_user, learner, tree) -> None:
    staff = MFAClient()
    staff.force_login(admin_user)
    response = staff.post(
        "/django-admin/people/official/", {"action": "deactivate", "_selected_action": [learner.official.pk]}
    )
    assert response.status_code == 302


def _deactivate_by_import(admin_user, learner, tree) -> None:
    import io

    from lms.people.importing import officials_import

    official = learner.official
    data = (
        "employee_code,full_name,email,unit_code,active\n"
        f"{official.employee_code},{official.full_name},{learner.email},{official.unit.code},0\n"
    ).encode()
    report = officials_import(source=io.BytesIO(data), filename="nghi-viec.csv", actor=admin_user, dry_run=False,
                              invite=False)  # fmt: skip
    assert report.ok and report.deactivated == 1, report


@pytest.mark.parametrize("deactivate", [_deactivate_in_admin, _deactivate_by_import], ids=["admin", "import"])
def test_deactivation_ends_every_session_of_the_official(
    deactivate, admin_user, learner, tree, django_capture_on_commit_callbacks
):
    # Three browsers: an office computer, a phone, and one whose session id was renewed by a re-authentication.
    office, phone, renewed = Client(), Client(), Client()
    for browser in (office, phone, renewed):
        sign_in(browser, "learner@example.gov.vn")
    renewed.post("/accounts/reauthenticate/", {"password": PASSWORD})
    keys = [session_key(browser) for browser in (office, phone, renewed)]
    assert sorted(sessions_of(learner)) == sorted(keys)

    with django_capture_on_commit_callbacks(execute=True):
        deactivate(admin_user, learner, tree)

    # The sessions are gone from the store, not merely refused while the account is inactive.
    assert sessions_of(learner) == []
    learner.is_active = True
    learner.save(update_fields=["is_active"])
    for key in keys:
        assert not is_signed_in_with(key)


def test_changing_the_password_ends_the_other_sessions_but_keeps_this_one(client, learner):
    other = Client()
    sign_in(client, "learner@example.gov.vn")
    sign_in(other, "learner@example.gov.vn")
    other_key = session_key(other)

    response = client.post(
        "/accounts/password/change/", {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )

    assert response.status_code == 302
    assert client.get("/accounts/email/").status_code == 200
    response = other.get("/accounts/email/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not is_signed_in_with(other_key)


def _reset_link(email: str) -> str:
    (message,) = [m for m in mail.outbox if email in m.to]
    return re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", message.body).group(1)


def _complete_reset(client: Client, email: str, password: str = NEW_PASSWORD):
    mail.outbox.clear()
    client.post("/accounts/password/reset/", {"email": email})
    response = client.get(_reset_link(email), follow=True)
    form = response.redirect_chain[-1][0] if response.redirect_chain else _reset_link(email)
    return client.post(form, {"password1": password, "password2": password})


def test_a_password_reset_ends_every_session_of_the_account(learner):
    signed_in_browser, thief = Client(), Client()
    sign_in(signed_in_browser, "learner@example.gov.vn")
    key = session_key(signed_in_browser)

    response = _complete_reset(thief, "learner@example.gov.vn")

    assert response.status_code == 302
    assert not is_signed_in_with(key)
    assert signed_in_browser.get("/accounts/email/").status_code == 302


# --- Account enumeration ----------------------------------------------------------------------------------


def _normalised(html: str, address: str) -> str:
    html = html.replace(address, "ADDRESS")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', 'name="csrfmiddlewaretoken"', html)


def test_password_reset_answers_the_same_for_accounts_that_exist_or_not(learner, tree):
    from lms.people.factories import OfficialFactory

    inactive = OfficialFactory(user__email="gone@example.gov.vn", employee_code="G001", unit=tree.d1).user
    inactive.is_active = False
    inactive.save(update_fields=["is_active"])
    answers = {}
    for address in ("learner@example.gov.vn", "LEARNER@example.gov.vn", "nobody@example.gov.vn", "gone@example.gov.vn"):
        response = Client().post("/accounts/password/reset/", {"email": address}, follow=True)
        answers[address] = (response.status_code, response.redirect_chain, _normalised(response.content.decode(),
                                                                                          address))  # fmt: skip
    first = answers["learner@example.gov.vn"]
    assert first[0] == 200 and first[1] == [("/accounts/password/reset/done/", 302)]
    for address, answer in answers.items():
        assert answer == first, address
    # Mail goes to the account that exists (twice: the address is matched case-insensitively), never elsewhere.
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["learner@example.gov.vn", "learner@example.gov.vn"]


def test_login_by_code_and_reset_by_code_are_switched_off(client, learner):
    assert getattr(settings, "ACCOUNT_LOGIN_BY_CODE_ENABLED", False) is False
    assert settings.ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED is False
    assert client.get("/accounts/login/code/").status_code == 404
    assert client.post("/accounts/login/code/", {"email": "learner@example.gov.vn"}).status_code == 404
    response = client.post("/accounts/login/code/confirm/", {"code": "ABCDEF"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert client.get("/accounts/password/reset/code/confirm/").status_code == 404
    assert not signed_in(client)
    assert mail.outbox == []


# --- One-time codes --------------------------------------------------------------------------------------


@pytest.fixture
def period_start() -> datetime:
    """Two seconds into the current 30-second TOTP period."""
    now = int(timezone.now().timestamp())
    return datetime.fromtimestamp(now - now % 30 + 2, tz=timezone.get_fixed_timezone(0))


def test_a_totp_code_stays_spent_for_as_long_as_it_is_accepted(hr_a, period_start):
    # With a tolerance of one period either side, a code is accepted for up to 90 seconds:
    # it must not be accepted a second time anywhere in that window.
    with time_machine.travel(period_start, tick=False):
        code = totp_now()
        first = Client()
        sign_in(first, "hr-a@example.gov.vn", code)
    for later in (35, 55):
        with time_machine.travel(period_start + timedelta(seconds=later), tick=False):
            replay = Client()
            password_step(replay, "hr-a@example.gov.vn")
            replay.post("/accounts/2fa/authenticate/", {"code": code})
            assert not signed_in(replay), f"the code was accepted again {later} s later"


def test_the_code_of_a_sign_in_cannot_be_replayed_to_re_authenticate(client, hr_a):
    code = totp_now()
    sign_in(client, "hr-a@example.gov.vn", code)
    response = client.post("/accounts/2fa/reauthenticate/", {"code": code})
    assert response.status_code == 200 and response.context["form"].errors
    records = client.session["account_authentication_methods"]
    assert not any(record.get("reauthenticated") for record in records)


def test_a_recovery_code_opens_one_sign_in_only(hr_a):
    codes = RecoveryCodes.activate(hr_a).get_unused_codes()
    first = Client()
    sign_in(first, "hr-a@example.gov.vn", codes[0])
    assert first.get("/hr/").status_code == 200
    first.post("/accounts/logout/")

    replay = Client()
    password_step(replay, "hr-a@example.gov.vn")
    response = replay.post("/accounts/2fa/authenticate/", {"code": codes[0]})
    assert response.status_code == 200 and not signed_in(replay)
    # Nor can it re-authenticate someone already signed in.
    sign_in(replay, "hr-a@example.gov.vn", codes[1])
    response = replay.post("/accounts/2fa/reauthenticate/", {"code": codes[0]})
    assert response.status_code == 200 and response.context["form"].errors
    recovery = Authenticator.objects.get(user=hr_a, type=Authenticator.Type.RECOVERY_CODES)
    assert RecoveryCodes(recovery).get_unused_codes() == codes[2:]


# --- No door around the second factor -------------------------------------------------------------------
#
# One staff account (an administrator who is also HR of D1, with TOTP) tries every way in with its password
# (or a mailbox it controls) but without the authenticator. None may end with a session that opens /admin/,
# /django-admin/ or /hr/. The positive control proves the account does reach them with the code.

STAFF = "admin@example.gov.vn"
STAFF_AREAS = ("/admin/", "/django-admin/", "/hr/")


@pytest.fixture
def staff(admin_user, tree):
    hr_scope_grant(user=admin_user, unit=tree.d1)
    return admin_user


def assert_no_staff_area(client: Client) -> None:
    """Each staff area ends, after its redirects, on a sign-in or set-up page of allauth, or is refused."""
    for area in STAFF_AREAS:
        response = client.get(area, follow=True)
        landed = response.request["PATH_INFO"]
        assert response.status_code in (403, 404) or landed.startswith("/accounts/"), (area, landed)


def door_allauth_password(client, staff):
    password_step(client, STAFF)


def door_wagtail_login(client, staff):
    client.post("/admin/login/", {"username": STAFF, "password": PASSWORD})


def door_django_admin_login(client, staff):
    client.post("/django-admin/login/?next=/django-admin/", {"username": STAFF, "password": PASSWORD})


def door_wagtail_frontend_login(client, staff):
    client.post("/_util/login/", {"username": STAFF, "password": PASSWORD})


def door_wagtail_password_reset(client, staff):
    client.post("/admin/password_reset/", {"email": STAFF})
    assert mail.outbox == []


def door_rest_framework_login(client, staff):
    assert client.post("/api-auth/login/", {"username": STAFF, "password": PASSWORD}).status_code == 404


def door_api_with_credentials(client, staff):
    # The API knows client tokens only: a person's password or a session opens nothing there.
    import base64

    basic = base64.b64encode(f"{STAFF}:{PASSWORD}".encode()).decode()
    response = client.get("/api/v1/units/D1/stats", HTTP_AUTHORIZATION=f"Basic {basic}")
    assert response.status_code == 401
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def door_password_reset_from_key(client, staff):
    response = _complete_reset(client, STAFF)
    assert response.status_code == 302
    # The new password then leads to the TOTP step, like the old one.
    password_step(client, STAFF, NEW_PASSWORD)


def door_login_by_code(client, staff):
    client.post("/accounts/login/code/", {"email": STAFF})
    client.post("/accounts/login/code/confirm/", {"code": "000000"})


def door_mfa_stage_without_password(client, staff):
    # The authenticator code alone, without a password step in this session.
    client.post("/accounts/2fa/authenticate/", {"code": totp_now()})


def door_reauthenticate_anonymously(client, staff):
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    client.post("/accounts/2fa/reauthenticate/", {"code": totp_now()})


def door_reauthenticate_a_session_without_mfa(client, staff):
    # A session opened without the second factor (by any door at all) tops itself up with the password only.
    client.force_login(staff)  # a plain Client: no second factor recorded
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})


def door_identity_provider(client, staff, stub):
    stub.userinfo = {"sub": "vn-admin", "email": STAFF, "email_verified": True}
    run_flow(client)


DOORS = [
    door_allauth_password,
    door_wagtail_login,
    door_django_admin_login,
    door_wagtail_frontend_login,
    door_wagtail_password_reset,
    door_rest_framework_login,
    door_api_with_credentials,
    door_password_reset_from_key,
    door_login_by_code,
    door_mfa_stage_without_password,
    door_reauthenticate_anonymously,
    door_reauthenticate_a_session_without_mfa,
]


@pytest.mark.parametrize("door", DOORS, ids=[door.__name__.removeprefix("door_") for door in DOORS])
def test_no_door_opens_a_staff_area_without_the_totp_step(staff, door):
    client = Client()
    door(client, staff)
    assert_no_staff_area(client)


def test_the_identity_provider_door_does_not_skip_the_totp_step(staff, provider):  # noqa: F811
    client = Client()
    door_identity_provider(client, staff, provider)
    assert not signed_in(client)
    assert_no_staff_area(client)


def test_the_staff_account_does_open_every_staff_area_with_the_code(staff):
    client = Client()
    sign_in(client, STAFF, totp_now())
    for area in STAFF_AREAS:
        assert client.get(area).status_code == 200, area


def test_a_password_reset_does_not_sign_a_totp_user_in(staff):
    client = Client()
    response = _complete_reset(client, STAFF)
    assert response.status_code == 302
    assert not signed_in(client)
    assert settings.ACCOUNT_LOGIN_ON_PASSWORD_RESET is False


def test_the_api_ignores_a_staff_session(staff):
    client = MFAClient()
    client.force_login(staff)  # with the second factor
    response = client.get("/api/v1/units/D1/stats")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
