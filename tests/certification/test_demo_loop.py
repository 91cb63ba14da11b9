"""The demo contract: DLF exists and is held by the certified account; the leader earns it over HTTP."""

from __future__ import annotations

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

from certification.models import Certificate, CertificateStatus, CertificationProgram
from courses.models import CoursePage
from courses.selectors import live_lessons
from lms.people.models import Official
from quizzes.models import QuizAttempt
from quizzes.selectors import final_quiz_of

from .conftest import emails_to, pdf_qr_codes, pdf_text

pytestmark = pytest.mark.django_db


def test_seed_creates_the_program_and_the_certified_officials_certificate_once():
    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())
    program = CertificationProgram.objects.get(code="DLF")
    assert (program.validity_months, program.renewal_window_days) == (24, 60)
    slugs = [link.course.slug for link in program.required_courses.order_by("sort_order")]
    assert slugs == ["thu-dien-tu-cong-vu", "chu-ky-so-van-ban-dien-tu", "bang-theo-doi-ho-so-mot-cua"]
    certified = Official.objects.get(employee_code="DEMO002")
    (certificate,) = Certificate.objects.filter(official=certified)
    assert certificate.status == CertificateStatus.ACTIVE and certificate.pdf_files.get("vi")
    # Earned through the learner's services: every final quiz has a passing attempt.
    assert QuizAttempt.objects.filter(official=certified, passed=True).count() == 3
    assert not Certificate.objects.filter(official__employee_code="DEMO001").exists()


def test_the_leader_completes_the_demo_courses_and_gets_a_verifiable_certificate(
    client, django_capture_on_commit_callbacks
):
    call_command("seed_demo", stdout=io.StringIO())
    cache.clear()
    leader = Official.objects.get(employee_code="DEMO001")
    client.force_login(leader.user)
    client.step_up(leader.user)
    program = CertificationProgram.objects.get(code="DLF")
    with django_capture_on_commit_callbacks(execute=True):
        for link in program.required_courses.order_by("sort_order"):
            course = CoursePage.objects.get(pk=link.course_id)
            for lesson in live_lessons(course):
                assert client.post(f"{lesson.url}finish/").status_code == 302
            quiz = final_quiz_of(course)
            client.post(f"{quiz.url}start/", {"attest": "1"})
            attempt = QuizAttempt.objects.get(official=leader, quiz_key=quiz.translation_key)
            answers = {f"q-{q['id']}": attempt.answer_key[q["id"]]["correct"] for q in attempt.served}
            client.post(f"{quiz.url}attempt/{attempt.pk}/submit/", answers)

    listing = client.get("/certificates/")
    (certificate,) = listing.context["certificates"]
    assert certificate.live == "valid"
    download = client.get(f"/certificates/{certificate.pk}/pdf/?lang=vi")
    data = b"".join(download.streaming_content)
    assert "Trần Minh Đức" in pdf_text(data)
    (url,) = pdf_qr_codes(data)
    assert url.endswith(f"/verify/{certificate.verification_code}/")
    client.logout()
    verify = client.get(url.split("testserver", 1)[1])
    assert verify.status_code == 200 and verify.context["status"] == "valid"
    assert len(emails_to("leader@demo.gov.vn")) == 1
