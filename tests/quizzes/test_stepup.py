"""A final quiz starts only after the official attests and re-authenticates through allauth."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from lms.people.models import Official
from quizzes.models import QuizAttempt, QuizPage

from ..conftest import TOTP_SECRET, enroll_totp, totp_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_quiz(db):
    call_command("seed_demo", stdout=io.StringIO())
    return QuizPage.objects.filter(locale__language_code="vi").first()


def test_the_leader_must_attest_and_re_enter_the_password(client, demo_quiz):
    leader = Official.objects.get(employee_code="DEMO001")
    mine = QuizAttempt.objects.filter(official=leader)
    client.force_login(leader.user)
    start = f"{demo_quiz.url}start/"

    client.post(start)  # no attestation
    assert not mine.exists()

    asked = client.post(start, {"attest": "1"})
    assert asked.status_code == 302 and asked["Location"].startswith("/accounts/reauthenticate/")
    assert not mine.exists()

    wrong = client.post(asked["Location"], {"password": "not-the-password"})
    assert wrong.status_code == 200 and not mine.exists()

    resumed = client.post(asked["Location"], {"password": "demo-pass-2026"})
    attempt = mine.get()
    assert resumed.status_code == 302 and resumed["Location"].endswith(f"attempt/{attempt.pk}/")
    assert attempt.attested_at is not None and attempt.client_ip == "127.0.0.1" and len(attempt.device) == 32


def test_officials_with_totp_also_give_a_code(client, learner, demo_quiz):
    enroll_totp(learner)
    client.force_login(learner)
    asked = client.post(f"{demo_quiz.url}start/", {"attest": "1"})
    password_step = client.post(asked["Location"], {"password": "test-pass-2026"})
    assert password_step["Location"].startswith("/accounts/2fa/reauthenticate/")
    assert not QuizAttempt.objects.filter(official=learner.official).exists()
    client.post(password_step["Location"], {"code": totp_now(TOTP_SECRET)})
    assert QuizAttempt.objects.filter(official=learner.official).count() == 1
