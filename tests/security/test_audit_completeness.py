"""Every consequential act leaves an audit row naming who did it, to what, when, and from which address.

The address is the client's as lms/core/net.py reads it (allauth's client-ip helper: REMOTE_ADDR, or the
X-Forwarded-For entry of a trusted proxy). Acts that run without a person or a request (issuance by the
worker, the expiry sweep) name no actor and no address; their rows say so by leaving both empty.

Already proved elsewhere and only relied on here: rows cannot be changed or removed
(tests/accounts/test_sessions_and_invitations.py), sign-ins and failures are audited with the address (same file),
refusals of the gate name what was missing (tests/certification/test_roles.py).
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from certification.factories import certificate_grant, course_complete, program_build, role_build
from certification.gate import assignments_sweep, role_assign
from certification.models import Certificate, Export, RoleAssignment
from certification.services import certificate_revoke
from courses.factories import course_build
from lms.audit.models import AuditEvent
from lms.people.models import HRScope, Official, OfficialImport
from tests.conftest import MFAClient

pytestmark = pytest.mark.django_db

ADDRESS = "198.51.100.23"
FORGED = "203.0.113.66"


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                    "OPTIONS": {"location": str(tmp_path / "private")}},
    }  # fmt: skip


class From(MFAClient):
    """A browser at ADDRESS that also sends a forged X-Forwarded-For (no proxy is trusted in these settings)."""

    def __init__(self, user=None):
        super().__init__(REMOTE_ADDR=ADDRESS, HTTP_X_FORWARDED_FOR=FORGED)
        if user is not None:
            self.force_login(user)


@pytest.fixture
def since():
    return timezone.now() - timedelta(seconds=1)


def audited(action: str, since, *, actor, target=None, target_label: str | None = None, address=ADDRESS):
    """The one row of ``action`` written since ``since``, checked field by field."""
    rows = list(AuditEvent.objects.filter(action=action, created_at__gte=since))
    assert len(rows) == 1, (
        action,
        [(r.action, r.target_label) for r in AuditEvent.objects.filter(created_at__gte=since)],
    )
    (row,) = rows
    assert row.actor_id == (actor.pk if actor is not None else None), action
    assert row.actor_label == (actor.email if actor is not None else ""), action
    if target is not None:
        assert (row.target_type, row.target_id) == (target._meta.label_lower, str(target.pk)), action
        assert row.target_label, action
    if target_label is not None:
        assert row.target_label == target_label, action
    assert row.target_label or row.target_id, f"{action} names no target"
    assert since <= row.created_at <= timezone.now(), action
    assert row.ip_address == address, action
    return row


@pytest.fixture
def program(db):
    return program_build(courses=[], code="DLF")


@pytest.fixture
def role(program):
    return role_build(code="one-stop-desk", programs=[program])


# --- Certificates --------------------------------------------------------------------------------------


def test_issuing_a_certificate_is_audited_as_the_systems_act(learner, since, django_capture_on_commit_callbacks):
    course = course_build(title="Thư điện tử", lessons=1)
    program_build(courses=[course], code="DLF")
    with django_capture_on_commit_callbacks(execute=True):
        course_complete(learner.official, course)
    certificate = Certificate.objects.get(official=learner.official)
    row = audited("certification.issue", since, actor=None, target=certificate, address=None)
    assert row.details["official"] == "L001" and row.details["serial"] == certificate.serial


def test_revoking_a_certificate_and_the_suspensions_it_causes_are_audited(hr_a, learner, program, role, since):
    certificate = certificate_grant(learner.official, program)
    assignment = role_assign(official=learner.official, role=role, unit=learner.official.unit, by=hr_a)
    since = timezone.now()

    response = From(hr_a).post(f"/hr/certificates/{certificate.pk}/revoke/", {"reason": "Thi hộ"})

    assert response.status_code == 302
    audited("certification.revoke", since, actor=hr_a, target=certificate)
    audited("roles.suspend", since, actor=hr_a, target=assignment)


# --- Reform roles -----------------------------------------------------------------------------------------


def test_assigning_a_role_and_a_refusal_are_audited(hr_a, learner, outsider, program, role, tree, since):
    certificate_grant(learner.official, program)
    From(hr_a).post("/hr/roles/assign/", {"official": "L001", "role": "one-stop-desk", "unit": "D1-W1"})
    assignment = RoleAssignment.objects.get()
    audited("roles.assign", since, actor=hr_a, target=assignment)

    HRScope.objects.create(user=hr_a, unit=tree.d2)  # so that the refusal is the gate's, not the scope's
    From(hr_a).post("/hr/roles/assign/", {"official": "O001", "role": "one-stop-desk", "unit": "D2-W1"})
    audited("roles.refuse", since, actor=hr_a, target=outsider.official)


def test_ending_suspending_and_reactivating_an_assignment_are_audited(hr_a, learner, program, role, since):
    certificate = certificate_grant(learner.official, program)
    assignment = role_assign(official=learner.official, role=role, unit=learner.official.unit, by=hr_a)
    certificate_revoke(certificate=certificate, by=hr_a, reason="Sai sót")
    certificate_grant(learner.official, program)  # recertified
    since = timezone.now()

    From(hr_a).post(f"/hr/roles/assignments/{assignment.pk}/reactivate/")
    audited("roles.reactivate", since, actor=hr_a, target=assignment)

    From(hr_a).post(f"/hr/roles/assignments/{assignment.pk}/end/", {"reason": "Chuyển công tác"})
    audited("roles.end", since, actor=hr_a, target=assignment)
    assert RoleAssignment.objects.get().status == "ended"


def test_a_suspension_by_the_expiry_sweep_is_audited_as_the_systems_act(hr_a, learner, program, role, since):
    from certification.models import RoleRequirement

    certificate = certificate_grant(learner.official, program)
    assignment = role_assign(official=learner.official, role=role, unit=learner.official.unit, by=hr_a)
    RoleRequirement.objects.filter(role=role).update(added_at=timezone.now() - timedelta(days=365))
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=timezone.now() - timedelta(days=1))
    since = timezone.now()
    assert assignments_sweep() == 1
    audited("roles.suspend", since, actor=None, target=assignment, address=None)


# --- People ------------------------------------------------------------------------------------------------


def test_importing_officials_is_audited_from_the_upload_to_each_official(
    hr_a, tree, since, django_capture_on_commit_callbacks
):
    data = "employee_code,full_name,email,unit_code\nN001,Trần Thị Mới,moi@example.gov.vn,D1-W2\n".encode()
    with django_capture_on_commit_callbacks(execute=True):
        response = From(hr_a).post("/hr/import/", {"file": SimpleUploadedFile("nhan-su.csv", data)})
    assert response.status_code == 302
    job = OfficialImport.objects.get()
    assert job.status == "succeeded"
    upload = audited("people.import_upload", since, actor=hr_a, target=job)
    assert upload.details["file"] == "nhan-su.csv"
    # The import itself runs in a worker: its rows name the officer and what changed.
    summary = audited("people.import", since, actor=hr_a, target_label="nhan-su.csv", address=None)
    assert summary.details["created"] == 1
    audited("people.official_imported", since, actor=hr_a, target=Official.objects.get(employee_code="N001"),
            address=None)  # fmt: skip


def test_granting_and_removing_an_hr_scope_in_the_admin_are_audited(admin_user, learner, tree, since):
    admin = From(admin_user)
    response = admin.post("/django-admin/people/hrscope/add/", {"user": learner.pk, "unit": tree.d2.pk})
    assert response.status_code == 302
    granted = audited("people.hr_scope_granted", since, actor=admin_user, target=learner)
    assert granted.details == {"unit": "D2"}

    scope = HRScope.objects.get(user=learner)
    response = admin.post(f"/django-admin/people/hrscope/{scope.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    revoked = audited("people.hr_scope_revoked", since, actor=admin_user, target=learner)
    assert revoked.details == {"unit": "D2"}


# --- Exports -------------------------------------------------------------------------------------------------


def test_an_export_is_audited_with_what_was_exported(hr_a, learner, program, since):
    response = From(hr_a).get("/hr/export/officials.csv", {"unit": "D1"})
    assert response.status_code == 200
    row = audited("exports.download", since, actor=hr_a, target_label="officials.csv unit=D1")
    assert row.details["rows"] >= 1 and row.details["params"] == {"unit": "D1"}


def test_a_background_export_is_audited_once_when_asked_for(hr_a, learner, program, since, settings):
    settings.LMS_EXPORT_INLINE_MAX_ROWS = 0
    browser = From(hr_a)
    response = browser.get("/hr/export/officials.xlsx", {"unit": "D1"})
    assert response.status_code == 302
    job = Export.objects.get()
    assert job.status == "done"  # the worker ran (eagerly) and wrote no second row
    audited("exports.download", since, actor=hr_a, target=job)


# --- Denied access ---------------------------------------------------------------------------------------------


def test_hr_of_another_unit_reaching_for_an_official_is_audited(hr_b, learner, program, since):
    certificate = certificate_grant(learner.official, program)
    browser = From(hr_b)

    assert browser.get("/hr/officials/L001/").status_code == 404
    audited("access.denied", since, actor=hr_b, target=learner.official)

    since = timezone.now()
    assert browser.post(f"/hr/certificates/{certificate.pk}/revoke/", {"reason": "x"}).status_code == 404
    row = audited("access.denied", since, actor=hr_b, target_label=f"/hr/certificates/{certificate.pk}/revoke/")
    assert row.details == {
        "reason": "not_found",
        "method": "POST",
        "path": f"/hr/certificates/{certificate.pk}/revoke/",
    }
    certificate.refresh_from_db()
    assert certificate.status == "active"


def test_a_learner_opening_the_hr_area_is_audited(learner, since):
    assert From(learner).get("/hr/").status_code == 403
    row = audited("access.denied", since, actor=learner, target_label="/hr/")
    assert row.details["reason"] == "not_hr"


def test_an_official_out_of_scope_answers_exactly_like_one_that_does_not_exist(hr_b, learner, since):
    browser = From(hr_b)
    outside, absent = browser.get("/hr/officials/L001/"), browser.get("/hr/officials/NOBODY/")
    assert outside.status_code == absent.status_code == 404

    def page(response, code: str) -> str:
        html = response.content.decode().replace(code, "CODE")
        return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", html)

    assert page(outside, "L001") == page(absent, "NOBODY")
    # Both are audited; only the audit says which one existed.
    rows = AuditEvent.objects.filter(action="access.denied", created_at__gte=since).order_by("id")
    assert [(r.target_type, r.target_label) for r in rows] == [
        ("people.official", str(learner.official)),
        ("", "/hr/officials/NOBODY/"),
    ]


def test_denials_are_audited_sparingly(hr_a, learner, since):
    # Anonymous visitors are sent to sign in, static files and allowed pages write nothing.
    anonymous = Client(REMOTE_ADDR=ADDRESS)
    assert anonymous.get("/hr/").status_code == 302
    assert anonymous.get("/static/css/site.css").status_code in (200, 404)
    browser = From(hr_a)
    for path in ("/hr/", "/hr/officials/L001/", "/hr/roles/", "/"):
        assert browser.get(path).status_code == 200, path
    assert not AuditEvent.objects.filter(action="access.denied").exists()


def test_an_export_asked_for_before_any_program_exists_is_refused_not_crashed(hr_a, learner, since):
    for table in ("officials", "dashboard"):
        assert From(hr_a).get(f"/hr/export/{table}.csv").status_code == 404, table
    assert not AuditEvent.objects.filter(action="exports.download").exists()


def test_behind_the_production_proxy_the_address_is_the_one_the_proxy_saw(learner, settings, since):
    # nginx (deploy/nginx-lms.conf) is the one trusted proxy: the last X-Forwarded-For entry is what it saw;
    # anything the client put before it is ignored.
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    browser = MFAClient(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"{FORGED}, {ADDRESS}")
    browser.force_login(learner)
    assert browser.get("/hr/").status_code == 403
    audited("access.denied", since, actor=learner, target_label="/hr/")
