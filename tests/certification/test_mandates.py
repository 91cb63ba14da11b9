"""Mandatory training: enrolments now and later, reminders once each, and what the learner sees."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from certification.factories import certificate_grant
from certification.mandates import MandateError, mandate_create, mandate_reminders_send, unit_digests_send
from certification.models import Enrolment, Reminder
from lms.audit.models import AuditEvent
from lms.people.factories import OfficialFactory
from lms.people.models import LeaderLevel
from tests.people.fixtures.import_files import csv_bytes, row

pytestmark = pytest.mark.django_db


def test_a_mandate_enrols_the_district_and_its_wards_now_and_officials_imported_later(
    client, hr_a, learner, outsider, program, tree, tmp_path, django_capture_on_commit_callbacks
):
    district_head = OfficialFactory(employee_code="D1H", unit=tree.d1, leader_level=LeaderLevel.HEAD)
    client.force_login(hr_a)
    due = timezone.localdate() + timedelta(days=30)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/hr/mandates/", {"program": program.pk, "unit": "D1", "include_descendants": "on",
                                                 "due_date": due.isoformat()})  # fmt: skip
    assert response.status_code == 302
    enrolled = set(Enrolment.objects.values_list("official__employee_code", flat=True))
    assert {"L001", "D1H", "H001"} <= enrolled and "O001" not in enrolled
    assert AuditEvent.objects.filter(action="mandates.create", actor=hr_a).exists()

    path = tmp_path / "new.csv"
    path.write_bytes(csv_bytes([row("NEW1", unit="D1-W2"), row("NEW2", unit="D2-W1")]))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_officials", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    enrolled = set(Enrolment.objects.values_list("official__employee_code", flat=True))
    assert "NEW1" in enrolled and "NEW2" not in enrolled
    assert district_head.enrolments.get().due_date == due


def test_leaders_only_and_positions_narrow_the_mandate(hr_a, program, tree):
    OfficialFactory(employee_code="S1", unit=tree.d1_w1, leader_level=LeaderLevel.STAFF, position="Chuyên viên")
    OfficialFactory(employee_code="P1", unit=tree.d1_w1, leader_level=LeaderLevel.DEPUTY, position="Phó Chủ tịch")
    OfficialFactory(employee_code="C1", unit=tree.d1_w1, leader_level=LeaderLevel.HEAD, position="Chủ tịch UBND")
    mandate, count = mandate_create(program=program, unit=tree.d1, due_date=timezone.localdate(), by=hr_a,
                                    leaders_only=True, positions="Chủ tịch UBND\n")  # fmt: skip
    assert count == 1 and mandate.enrolments.get().official.employee_code == "C1"


def test_hr_cannot_mandate_outside_their_scope_or_in_the_past(hr_b, program, tree):
    with pytest.raises(MandateError):
        mandate_create(program=program, unit=tree.d1, due_date=timezone.localdate(), by=hr_b)
    with pytest.raises(MandateError):
        mandate_create(program=program, unit=tree.d2, due_date=timezone.localdate() - timedelta(days=1), by=hr_b)
    assert not Enrolment.objects.exists()


def test_due_soon_overdue_and_escalation_emails_are_sent_once_each(hr_a, learner, program, tree):
    head = OfficialFactory(employee_code="W1H", unit=tree.d1_w1, leader_level=LeaderLevel.HEAD)
    due = timezone.localdate() + timedelta(days=20)
    mandate_create(program=program, unit=tree.d1_w1, due_date=due, by=hr_a, include_descendants=False)
    certificate_grant(head, program)  # the head is certified: no reminders for them
    mail.outbox.clear()
    kinds_by_day = {}
    for offset in (-14, -7, -1, 0, 1, 6, 13, 14, 15, 21):
        day = due + timedelta(days=offset)
        with time_machine.travel(timezone.make_aware(timezone.datetime(day.year, day.month, day.day, 8))):
            first = mandate_reminders_send()
            again = mandate_reminders_send()
        assert sum(again.values()) == 0
        kinds_by_day[offset] = {kind: n for kind, n in first.items() if n}
    assert kinds_by_day == {
        # Weekly while overdue: days 1-7, 8-14, 15-21 each get one (day 13 sends the second week's).
        -14: {}, -7: {"due_7": 1}, -1: {"due_1": 1}, 0: {}, 1: {"overdue": 1}, 6: {}, 13: {"overdue": 1},
        14: {"escalation": 1}, 15: {"overdue": 1}, 21: {},
    }  # fmt: skip
    to_learner = [m for m in mail.outbox if learner.email in m.to]
    to_head = [m for m in mail.outbox if head.user.email in m.to]
    assert len(to_learner) == 5 and len(to_head) == 1
    assert "Nguyễn Văn Học" in to_head[0].body
    assert Reminder.objects.filter(key__contains=":escalation").count() == 1


def test_unit_heads_get_one_digest_a_week(hr_a, learner, program, tree):
    head = OfficialFactory(employee_code="D1H", unit=tree.d1, leader_level=LeaderLevel.HEAD)
    assert unit_digests_send() == 1
    assert unit_digests_send() == 0
    (digest,) = [m for m in mail.outbox if head.user.email in m.to]
    assert tree.d1.name in digest.subject


def test_the_learner_sees_what_is_required_by_when_and_what_is_overdue(client, hr_a, learner, program, tree):
    due = timezone.localdate() + timedelta(days=10)
    mandate_create(program=program, unit=tree.d1, due_date=due, by=hr_a)
    client.force_login(learner)

    def required() -> str:
        html = client.get("/learn/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
        start = html.index('id="required-heading"')
        return html[start : html.index("</section>", start)]

    with translation.override("en"):
        shown = required()
        assert "Nền tảng lãnh đạo số" in shown or "Digital leadership foundation" in shown
        assert f"Due {due:%d/%m/%Y} (10 days left)" in shown and "Thư điện tử công vụ" in shown
        with time_machine.travel(timezone.now() + timedelta(days=11)):
            client.force_login(learner)
            assert f"Overdue since {due:%d/%m/%Y}" in required()
        client.force_login(learner)
        certificate_grant(learner.official, program)
        assert "Done: you hold the certificate" in required()
