"""The gate: a reform role is assigned only to an official who holds every required certification."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from certification.factories import certificate_grant, program_build, role_build
from certification.gate import RoleError, assignments_sweep, role_assign
from certification.models import AssignmentStatus, RoleAssignment, RoleRequirement
from certification.services import certificate_revoke
from lms.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def role(program):
    return role_build(code="one-stop-desk", programs=[program], name="Công chức một cửa", name_en="One-stop desk")


@pytest.fixture
def certified(learner, program):
    certificate_grant(learner.official, program)
    return learner


def test_hr_assignment_is_refused_with_the_missing_program_named_and_audited(client, hr_a, learner, role, tree):
    client.force_login(hr_a)
    response = client.post(
        "/hr/roles/assign/", {"official": "L001", "role": "one-stop-desk", "unit": "D1-W1"}, HTTP_ACCEPT_LANGUAGE="vi"
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "DLF" in text and "Nền tảng lãnh đạo số" in text
    assert not RoleAssignment.objects.exists()
    refusal = AuditEvent.objects.get(action="roles.refuse")
    assert refusal.actor == hr_a and refusal.details["lacking"] == [{"program": "DLF", "state": "missing"}]


def test_hr_assignment_of_a_certified_official_succeeds_and_is_audited(client, hr_a, certified, role):
    client.force_login(hr_a)
    page = client.get("/hr/roles/assign/", {"official": "L001"})
    (eligibility,) = page.context["eligibility"]
    assert eligibility.eligible  # shown before submitting
    response = client.post("/hr/roles/assign/", {"official": "L001", "role": "one-stop-desk", "unit": "D1-W1"})
    assert response.status_code == 302
    assignment = RoleAssignment.objects.get()
    assert (assignment.status, assignment.assigned_by, assignment.unit.code) == ("active", hr_a, "D1-W1")
    assert AuditEvent.objects.filter(action="roles.assign", actor=hr_a, target_id=str(assignment.pk)).exists()
    again = client.post("/hr/roles/assign/", {"official": "L001", "role": "one-stop-desk", "unit": "D1-W1"})
    assert again.status_code == 400 and RoleAssignment.objects.count() == 1


def test_search_shows_eligibility_for_each_role(client, hr_a, certified, role, outsider):
    client.force_login(hr_a)
    results = client.get("/hr/roles/assign/", {"q": "Nguyễn Văn"}).context["results"]
    assert [(official.employee_code, [e.eligible for e in eligibility]) for official, eligibility in results] == [
        ("L001", [True])
    ]
    # An official of another district is not found by HR of D1.
    assert client.get("/hr/roles/assign/", {"q": "O001"}).context["results"] == []


def test_hr_cannot_assign_outside_their_scope(client, hr_b, certified, role):
    client.force_login(hr_b)
    assert (
        client.post("/hr/roles/assign/", {"official": "L001", "role": "one-stop-desk", "unit": "D2"}).status_code == 404
    )
    assert client.get("/hr/roles/officials/L001/").status_code == 404
    with pytest.raises(RoleError) as refused:
        role_assign(official=certified.official, role=role, unit=certified.official.unit, by=hr_b)
    assert refused.value.code == "out_of_scope"
    assert not RoleAssignment.objects.exists()


def test_the_command_refuses_and_assigns_through_the_gate(hr_a, learner, outsider, program, role, tree):
    with pytest.raises(CommandError, match="DLF"):
        call_command(
            "assign_role", "L001", "one-stop-desk", "--unit", "D1-W1", "--by", hr_a.email, stdout=io.StringIO()
        )
    certificate_grant(learner.official, program)
    out = io.StringIO()
    call_command("assign_role", "L001", "one-stop-desk", "--unit", "D1-W1", "--by", hr_a.email, stdout=out)
    assert "Assigned" in out.getvalue()
    # HR of D1 cannot place an official of D2.
    certificate_grant(outsider.official, program)
    with pytest.raises(CommandError):
        call_command(
            "assign_role", "O001", "one-stop-desk", "--unit", "D2-W1", "--by", hr_a.email, stdout=io.StringIO()
        )
    assert list(AuditEvent.objects.filter(action__startswith="roles.").values_list("action", flat=True)) == [
        "roles.assign",
        "roles.refuse",
    ]


def test_the_admin_has_no_way_around_the_gate(client, admin_user, certified, role):
    client.force_login(admin_user)
    add = client.get("/django-admin/certification/roleassignment/add/")
    assert add.status_code == 302 and add["Location"] == "/hr/roles/assign/"
    assignment = role_assign(official=certified.official, role=role, unit=certified.official.unit, by=admin_user)
    url = f"/django-admin/certification/roleassignment/{assignment.pk}/change/"
    client.post(url, {"status": "active", "unit": certified.official.unit.pk})
    client.post(f"/django-admin/certification/roleassignment/{assignment.pk}/delete/", {"post": "yes"})
    assert RoleAssignment.objects.filter(pk=assignment.pk, status="active").exists()


def test_only_the_gate_writes_assignments():
    """No module but certification/gate.py creates or changes a role assignment."""
    root = Path(settings.BASE_DIR)
    writers = re.compile(r"RoleAssignment\.objects\.(create|update|bulk_create|get_or_create|update_or_create)|"
                         r"(?<!class )RoleAssignment\(|_status_set\(")  # fmt: skip
    offenders = [
        str(path.relative_to(root))
        for package in ("certification", "lms", "courses", "quizzes")
        for path in (root / package).rglob("*.py")
        if "migrations" not in path.parts and path.name != "gate.py" and writers.search(path.read_text())
    ]
    assert offenders == []


def test_revocation_suspends_dependent_assignments_at_once_and_tells_hr_and_the_official(
    hr_a, certified, program, role, django_capture_on_commit_callbacks
):
    assignment = role_assign(official=certified.official, role=role, unit=certified.official.unit, by=hr_a)
    certificate = certified.official.certificates.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(certificate=certificate, by=hr_a, reason="Thi hộ")
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.SUSPENDED
    assert certificate.serial in assignment.status_reason
    suspended_mail = [m for m in mail.outbox if role.name in m.subject]
    assert {tuple(m.to) for m in suspended_mail} == {(certified.email,), (hr_a.email,)}
    assert AuditEvent.objects.filter(action="roles.suspend", target_id=str(assignment.pk)).exists()


def test_expiry_sweep_suspends_and_renewal_then_reactivation_restores(client, hr_a, certified, program, role):
    assignment = role_assign(official=certified.official, role=role, unit=certified.official.unit, by=hr_a)
    expires = certified.official.certificates.get().expires_at
    with time_machine.travel(expires + timedelta(hours=1)):
        client.force_login(hr_a)
        listing = client.get("/hr/roles/")
        (row,) = listing.context["page"].object_list
        assert row.status == "active" and row.requirement_unmet  # computed when read, before the sweep
        assert assignments_sweep() == 1
        assert assignments_sweep() == 0
        assignment.refresh_from_db()
        assert assignment.status == AssignmentStatus.SUSPENDED and "DLF" in assignment.status_reason
        # Still not certified: reactivation is refused, and that is recorded too.
        client.post(f"/hr/roles/assignments/{assignment.pk}/reactivate/")
        assignment.refresh_from_db()
        assert assignment.status == AssignmentStatus.SUSPENDED
        # Recertified: one action brings the assignment back.
        certified.official.certificates.filter(expires_at=expires).update(status="superseded")
        certificate_grant(certified.official, program, serial="DLF-RENEWED")
        response = client.post(f"/hr/roles/assignments/{assignment.pk}/reactivate/")
        assert response.status_code == 302
        assignment.refresh_from_db()
        assert assignment.status == AssignmentStatus.ACTIVE
        history = client.get("/hr/roles/officials/L001/").context["history"]
    assert [event.action for event in reversed(list(history))] == [
        "roles.assign",
        "roles.suspend",
        "roles.reactivate_refused",
        "roles.reactivate",
    ]


def test_a_program_added_to_a_role_suspends_holders_only_after_the_grace_period(
    hr_a, certified, program, role, courses, django_capture_on_commit_callbacks
):
    assignment = role_assign(official=certified.official, role=role, unit=certified.official.unit, by=hr_a)
    extra = program_build(courses=courses[:1], code="ESIGN", name="Ký số nâng cao", name_en="Advanced e-signing")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        requirement = RoleRequirement.objects.create(role=role, program=extra)
    assert requirement.enforced_from == requirement.added_at + timedelta(days=settings.LMS_ROLE_REQUIREMENT_GRACE_DAYS)
    warned = {tuple(m.to) for m in mail.outbox if "ESIGN" in m.body}
    assert warned == {(certified.email,), (hr_a.email,)}
    assert assignments_sweep() == 0
    # New assignments need it at once.
    with pytest.raises(RoleError, match="ESIGN"):
        role_assign(official=certified.official, role=role, unit=certified.official.unit.get_parent(), by=hr_a)
    with time_machine.travel(requirement.enforced_from + timedelta(minutes=1)):
        assert assignments_sweep() == 1
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.SUSPENDED


def test_ending_keeps_the_assignment_in_the_history(client, hr_a, certified, role):
    assignment = role_assign(official=certified.official, role=role, unit=certified.official.unit, by=hr_a)
    client.force_login(hr_a)
    client.post(f"/hr/roles/assignments/{assignment.pk}/end/", {"reason": "Chuyển công tác"})
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.ENDED and assignment.status_reason == "Chuyển công tác"
    assert client.get("/hr/roles/", {"status": "ended"}).context["page"].paginator.count == 1


def test_the_learner_sees_which_roles_their_certificates_qualify_them_for(client, learner, program, role):
    client.force_login(learner)
    with translation.override("en"):
        before = client.get("/learn/", HTTP_ACCEPT_LANGUAGE="en")
    assert "One-stop desk" in before.content.decode() and "DLF" in before.content.decode()
    (item,) = before.context["role_eligibility"]
    assert not item.eligible
    certificate_grant(learner.official, program)
    (item,) = client.get("/learn/").context["role_eligibility"]
    assert item.eligible


def test_inactive_officials_cannot_be_assigned(hr_a, certified, role):
    certified.official.is_active = False
    certified.official.save()
    with pytest.raises(RoleError) as refused:
        role_assign(official=certified.official, role=role, unit=certified.official.unit, by=hr_a)
    assert refused.value.code == "inactive"


def test_timezone_is_not_confused(hr_a, certified, role):
    assignment = role_assign(official=certified.official, role=role, unit=certified.official.unit, by=hr_a)
    assert abs(assignment.assigned_at - timezone.now()) < timedelta(minutes=1)
