"""A two-course program with final quizzes, and helpers to earn it."""

from __future__ import annotations

import io

import pypdfium2
import pytest
import zxingcpp
from django.core import mail

from certification.factories import course_complete, program_build
from certification.models import Certificate
from courses.factories import course_build, translate
from quizzes.factories import quiz_build, single, true_false


def _course(title: str, slug: str):
    course = course_build(title=title, slug=slug, lessons=2)
    translate(course, title=f"{title} (EN)")
    quiz_build(
        course=course,
        questions=[single("Câu 1", [("Đúng", True), ("Sai", False)]), true_false("Câu 2", True)],
        cooldown_minutes=0,
        max_attempts=3,
    )
    return course


@pytest.fixture
def courses(db):
    return [_course("Thư điện tử công vụ", "thu-dien-tu"), _course("Chữ ký số", "chu-ky-so")]


@pytest.fixture
def program(courses):
    return program_build(
        courses=courses, code="DLF", name="Nền tảng lãnh đạo số", name_en="Digital leadership foundation"
    )


@pytest.fixture
def earn(program, courses, django_capture_on_commit_callbacks):
    """Complete every course of the program for an official, running after-commit work as a real commit would."""

    def run(user) -> Certificate | None:
        with django_capture_on_commit_callbacks(execute=True):
            for course in courses:
                course_complete(user.official, course)
        return Certificate.objects.filter(official=user.official, program=program, status="active").first()

    return run


def emails_to(address: str) -> list:
    return [message for message in mail.outbox if address in message.to]


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(io.BytesIO(data))
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def pdf_page_size(data: bytes) -> tuple[float, float]:
    return pypdfium2.PdfDocument(io.BytesIO(data))[0].get_size()


def pdf_qr_codes(data: bytes) -> list[str]:
    image = pypdfium2.PdfDocument(io.BytesIO(data))[0].render(scale=2).to_pil()
    return [result.text for result in zxingcpp.read_barcodes(image)]
