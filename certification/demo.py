"""Demo certification: the foundation program, earned by the certified demo official as a learner would."""

from __future__ import annotations

from collections.abc import Callable

from wagtail.models import Locale

from courses.demo_content import COURSES
from courses.models import CoursePage
from courses.selectors import live_lessons
from courses.services import lesson_finish
from lms.core.demo import register
from lms.outbox.services import outbox_drain
from lms.people.models import Official
from quizzes.selectors import final_quiz_of
from quizzes.services import attempt_start, attempt_submit, quiz_status

from .models import Certificate, CertificateStatus, CertificationProgram, ProgramCourse

PROGRAM_CODE = "DLF"
CERTIFIED_CODE = "DEMO002"


def program_ensure() -> tuple[CertificationProgram, bool]:
    """The foundation program over the three demo courses; later runs keep administrators' edits."""
    program = CertificationProgram.objects.filter(code=PROGRAM_CODE).first()
    if program is not None:
        return program, False
    program = CertificationProgram.objects.create(
        code=PROGRAM_CODE,
        name="Nền tảng lãnh đạo số",
        name_en="Digital leadership foundation",
        description=(
            "Thư điện tử công vụ, chữ ký số và bảng theo dõi hồ sơ một cửa: những kỹ năng số tối thiểu "
            "của lãnh đạo, công chức làm công tác cải cách hành chính."
        ),
        validity_months=24,
        renewal_window_days=60,
    )
    vietnamese = Locale.get_default()
    for order, data in enumerate(COURSES):
        course = CoursePage.objects.get(slug=data["slug"], locale=vietnamese)
        ProgramCourse.objects.create(program=program, course=course, sort_order=order)
    return program, True


def learner_completes(official: Official, course: CoursePage) -> None:
    """Finish every lesson and pass the final quiz, through the services the learner's clicks call."""
    for lesson in live_lessons(course):
        lesson_finish(official=official, lesson=lesson, seconds_spent=lesson.estimated_minutes * 60)
    quiz = final_quiz_of(course)
    if quiz is None or quiz_status(official=official, quiz=quiz).passed:
        return
    attempt = attempt_start(official=official, quiz=quiz)
    # The demo learner knows the answers: the served attempt's own key.
    answers = {question_id: key["correct"] for question_id, key in attempt.answer_key.items()}
    attempt_submit(attempt_id=attempt.pk, official=official, answers=answers)


@register(order=40, name="certification program and the certified official's certificate")
def seed(write: Callable[[str], None]) -> None:
    program, created = program_ensure()
    write(f"  {'created' if created else 'kept'}: program {program.code}")
    official = Official.objects.filter(employee_code=CERTIFIED_CODE).first()
    if official is None:
        return
    if Certificate.objects.filter(official=official, program=program, status=CertificateStatus.ACTIVE).exists():
        write(f"  kept: {official.full_name}'s certificate")
        return
    for link in program.required_courses.select_related("course"):
        learner_completes(official, link.course)
    outbox_drain()  # issue now, in this process, rather than wait for the worker
    certificate = Certificate.objects.filter(
        official=official, program=program, status=CertificateStatus.ACTIVE
    ).first()
    write(f"  {'issued: ' + certificate.serial if certificate else 'NOT issued'} for {official.full_name}")
