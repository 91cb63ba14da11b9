"""Building programs and earning them, for tests, demo data and load data."""

from __future__ import annotations

from courses.models import CoursePage
from courses.selectors import live_lessons
from courses.services import lesson_finish
from lms.people.models import Official
from quizzes.selectors import final_quiz_of
from quizzes.services import attempt_start, attempt_submit, quiz_status

from .models import CertificationProgram, ProgramCourse


def program_build(
    *,
    courses: list[CoursePage],
    code: str = "TST",
    name: str = "Chương trình thử",
    name_en: str = "Test program",
    validity_months: int | None = 24,
    renewal_window_days: int = 60,
) -> CertificationProgram:
    program = CertificationProgram.objects.create(
        code=code, name=name, name_en=name_en, validity_months=validity_months, renewal_window_days=renewal_window_days
    )
    for order, course in enumerate(courses):
        ProgramCourse.objects.create(program=program, course=course, sort_order=order)
    return program


def quiz_pass(official: Official, course: CoursePage) -> None:
    """Take the course's final quiz and answer every question right (the attempt's own key)."""
    quiz = final_quiz_of(course)
    if quiz is None or quiz_status(official=official, quiz=quiz).passed:
        return
    attempt = attempt_start(official=official, quiz=quiz)
    answers = {question_id: key["correct"] for question_id, key in attempt.answer_key.items()}
    attempt_submit(attempt_id=attempt.pk, official=official, answers=answers)


def course_complete(official: Official, course: CoursePage) -> None:
    """Finish every lesson and pass the final quiz, through the services the learner's clicks call."""
    for lesson in live_lessons(course):
        lesson_finish(official=official, lesson=lesson, seconds_spent=lesson.estimated_minutes * 60)
    quiz_pass(official, course)


def certificate_grant(
    official: Official, program: CertificationProgram, *, issued_at=None, expires_at=None, serial: str | None = None
):
    """A current certificate written directly, for tests that are about what happens after issuance."""
    from django.utils import timezone

    from .models import Certificate

    issued_at = issued_at or timezone.now()
    return Certificate.objects.create(
        program=program,
        official=official,
        serial=serial or f"{program.code}-T-{official.pk:06d}-{Certificate.objects.count() + 1}",
        holder_name=official.full_name,
        unit_name=official.unit.name,
        program_name=program.name,
        program_name_en=program.name_en,
        issued_at=issued_at,
        expires_at=expires_at if expires_at is not None else program.expiry_for(issued_at),
    )


def role_build(*, code: str, programs: list[CertificationProgram], name: str = "", name_en: str = ""):
    from .models import ReformRole, RoleRequirement

    role = ReformRole.objects.create(code=code, name=name or code, name_en=name_en or code)
    for program in programs:
        RoleRequirement.objects.create(role=role, program=program)
    return role
