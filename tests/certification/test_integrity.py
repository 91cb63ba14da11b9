"""Certification is personal: signals for HR when one device passes final quizzes for several officials."""

from __future__ import annotations

import pytest

from certification.factories import program_build
from certification.models import Certificate, FlagKind, IntegrityFlag
from courses.selectors import live_lessons
from courses.services import lesson_finish
from lms.audit.models import AuditEvent
from lms.people.factories import OfficialFactory
from quizzes.models import QuizAttempt
from quizzes.selectors import final_quiz_of

pytestmark = pytest.mark.django_db

DEVICE = "0123456789abcdef0123456789abcdef"


def _take_final_quiz(client, user, course, capture) -> None:
    """Through the pages, from the shared browser (its device cookie), as each official signs in there."""
    for lesson in live_lessons(course):
        lesson_finish(official=user.official, lesson=lesson, seconds_spent=lesson.estimated_minutes * 60)
    quiz = final_quiz_of(course)
    client.force_login(user)
    client.cookies["lms_device"] = DEVICE
    client.step_up(user)
    with capture(execute=True):
        client.post(f"{quiz.url}start/", {"attest": "1"})
        attempt = QuizAttempt.objects.filter(official=user.official).latest("pk")
        answers = {f"q-{q['id']}": attempt.answer_key[q["id"]]["correct"] for q in attempt.served}
        client.post(f"{quiz.url}attempt/{attempt.pk}/submit/", answers)


@pytest.fixture
def three_on_one_device(client, learner, tree, courses, django_capture_on_commit_callbacks):
    program_build(courses=[courses[0]], code="ONE")
    users = [learner] + [OfficialFactory(employee_code=f"S{n}", unit=tree.d1_w2).user for n in range(2)]
    for user in users:
        _take_final_quiz(client, user, courses[0], django_capture_on_commit_callbacks)
    return users


def test_three_officials_on_one_device_raise_a_flag_for_hr_of_their_unit_only(client, hr_a, hr_b, three_on_one_device):
    flagged = IntegrityFlag.objects.filter(kind=FlagKind.SHARED_DEVICE)
    assert sorted(flagged.values_list("official__employee_code", flat=True)) == ["L001", "S0", "S1"]
    assert QuizAttempt.objects.filter(device=DEVICE, passed=True).count() == 3
    client.force_login(hr_a)
    assert client.get("/hr/flags/").context["page"].paginator.count >= 3
    assert "Nguyễn Văn Học" in client.get("/hr/officials/L001/").content.decode()
    client.force_login(hr_b)
    assert client.get("/hr/flags/").context["page"].paginator.count == 0
    flag = flagged.first()
    assert client.post(f"/hr/flags/{flag.pk}/clear/", {"note": "x"}).status_code == 404


def test_two_officials_are_not_enough(client, learner, tree, courses, django_capture_on_commit_callbacks):
    program_build(courses=[courses[0]], code="ONE")
    for user in (learner, OfficialFactory(employee_code="S9", unit=tree.d1_w2).user):
        _take_final_quiz(client, user, courses[0], django_capture_on_commit_callbacks)
    assert not IntegrityFlag.objects.filter(kind=FlagKind.SHARED_DEVICE).exists()


def test_clearing_and_revoking_both_leave_audit_rows(client, hr_a, three_on_one_device):
    client.force_login(hr_a)
    first, second = IntegrityFlag.objects.filter(kind=FlagKind.SHARED_DEVICE).order_by("pk")[:2]
    client.post(f"/hr/flags/{first.pk}/clear/", {"note": "Cùng phòng máy của bộ phận một cửa, đã xác minh."})
    assert client.post(f"/hr/flags/{second.pk}/revoke/", {"note": ""}).status_code == 302  # refused: no note
    second.refresh_from_db()
    assert second.status == "open"
    client.post(f"/hr/flags/{second.pk}/revoke/", {"note": "Thi hộ, đã xác minh."})
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("cleared", "revoked")
    assert AuditEvent.objects.filter(action="integrity.clear", actor=hr_a, target_id=str(first.pk)).exists()
    assert AuditEvent.objects.filter(action="integrity.revoke", actor=hr_a, target_id=str(second.pk)).exists()
    revoked = Certificate.objects.get(official=second.official, program__code="ONE")
    assert revoked.status == "revoked" and revoked.revocation_reason == "Thi hộ, đã xác minh."


def test_lessons_finished_too_fast_are_flagged_but_never_block(
    client, learner, courses, django_capture_on_commit_callbacks
):
    course = courses[0]
    for lesson in live_lessons(course):
        lesson_finish(official=learner.official, lesson=lesson, seconds_spent=5)
    quiz = final_quiz_of(course)
    client.force_login(learner)
    client.step_up(learner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{quiz.url}start/", {"attest": "1"})
        attempt = QuizAttempt.objects.get(official=learner.official)
        answers = {f"q-{q['id']}": attempt.answer_key[q["id"]]["correct"] for q in attempt.served}
        client.post(f"{quiz.url}attempt/{attempt.pk}/submit/", answers)
    attempt.refresh_from_db()
    assert attempt.passed
    assert IntegrityFlag.objects.get(kind=FlagKind.FAST_LESSONS).details["seconds_spent"] == 10


def test_a_program_can_require_mfa_before_its_final_quizzes(client, learner, program, courses):
    program.require_mfa = True
    program.save()
    client.force_login(learner)
    client.step_up(learner)
    response = client.post(f"{final_quiz_of(courses[0]).url}start/", {"attest": "1"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/2fa/totp/activate/")
    assert not QuizAttempt.objects.exists()
