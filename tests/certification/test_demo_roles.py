"""PRODUCT.md's contract for roles: demo HR is refused for the leader and succeeds for the certified official."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from certification.models import ReformRole, RoleAssignment
from lms.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=io.StringIO())


def test_demo_roles_each_require_the_foundation_program(demo):
    roles = {role.code: [r.program.code for r in role.requirements.all()] for role in ReformRole.objects.all()}
    assert roles == {"cchc-focal-point": ["DLF"], "one-stop-desk": ["DLF"], "e-signing-leader": ["DLF"]}


@pytest.mark.parametrize("role", ["cchc-focal-point", "one-stop-desk", "e-signing-leader"])
def test_demo_hr_is_refused_for_the_leader_and_succeeds_for_the_certified_official(client, demo, role):
    hr = get_user_model().objects.get(email="hr@demo.gov.vn")
    client.force_login(hr)
    refused = client.post("/hr/roles/assign/", {"official": "DEMO001", "role": role, "unit": "D1"})
    assert refused.status_code == 400
    assert "DLF" in refused.content.decode()
    granted = client.post("/hr/roles/assign/", {"official": "DEMO002", "role": role, "unit": "D1"})
    assert granted.status_code == 302
    assert RoleAssignment.objects.filter(official__employee_code="DEMO002", role__code=role, status="active").exists()
    assert list(
        AuditEvent.objects.filter(action__in=["roles.assign", "roles.refuse"]).values_list("action", flat=True)
    ) == [
        "roles.assign",
        "roles.refuse",
    ]


def test_the_command_agrees_with_the_hr_form(demo):
    with pytest.raises(CommandError, match="DLF"):
        call_command("assign_role", "DEMO001", "one-stop-desk", "--unit", "D1", "--by", "hr@demo.gov.vn")
    out = io.StringIO()
    call_command("assign_role", "DEMO002", "one-stop-desk", "--unit", "D1", "--by", "hr@demo.gov.vn", stdout=out)
    assert "DEMO002" in out.getvalue()


def test_admins_define_roles_in_the_wagtail_admin(client, demo):
    admin = get_user_model().objects.get(email="admin@demo.gov.vn")
    client.force_login(admin)
    dlf = ReformRole.objects.get(code="one-stop-desk").requirements.get().program
    response = client.post(
        "/admin/snippets/certification/reformrole/add/",
        {
            "code": "dashboard-officer", "name": "Cán bộ theo dõi bảng một cửa", "name_en": "Dashboard officer",
            "description": "", "requirements-TOTAL_FORMS": "1", "requirements-INITIAL_FORMS": "0",
            "requirements-MIN_NUM_FORMS": "1", "requirements-MAX_NUM_FORMS": "1000",
            "requirements-0-program": str(dlf.pk), "requirements-0-ORDER": "1", "requirements-0-id": "",
            "requirements-0-DELETE": "",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    requirement = ReformRole.objects.get(code="dashboard-officer").requirements.get()
    assert requirement.program == dlf and requirement.enforced_from is not None
