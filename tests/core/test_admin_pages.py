"""Administrators manage units, officials, scopes and accounts in the admin screens."""

import pytest

from lms.audit.models import AuditEvent
from lms.people.models import HRScope

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/django-admin/people/unit/",
        "/django-admin/people/official/",
        "/django-admin/people/hrscope/",
        "/django-admin/accounts/user/",
        "/django-admin/audit/auditevent/",
        "/admin/users/",
        "/admin/",
    ],
)
def test_admin_screens_open_for_an_administrator(client, admin_user, learner, url):
    client.force_login(admin_user)
    assert client.get(url).status_code == 200


def test_admin_deactivation_goes_through_the_service(client, admin_user, learner):
    client.force_login(admin_user)
    response = client.post(
        "/django-admin/people/official/",
        {"action": "deactivate", "_selected_action": [learner.official.pk]},
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert not learner.is_active
    assert AuditEvent.objects.filter(action="people.official_deactivated", actor=admin_user).exists()


def test_granting_hr_scope_in_the_admin_is_audited(client, admin_user, learner, tree):
    client.force_login(admin_user)
    response = client.post("/django-admin/people/hrscope/add/", {"user": learner.pk, "unit": tree.d2.pk})
    assert response.status_code == 302
    assert HRScope.objects.filter(user=learner, unit=tree.d2).exists()
    assert AuditEvent.objects.filter(action="people.hr_scope_granted", actor=admin_user).exists()


def test_audit_log_is_read_only_in_the_admin(client, admin_user, learner):
    client.force_login(admin_user)
    assert client.get("/django-admin/audit/auditevent/add/").status_code == 403
