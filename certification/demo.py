"""Demo certification: the foundation program, earned by the certified demo official as a learner would."""

from __future__ import annotations

from collections.abc import Callable

from wagtail.models import Locale

from courses.demo_content import COURSES
from courses.models import CoursePage
from lms.core.demo import register
from lms.outbox.services import outbox_drain
from lms.people.models import Official, Unit

from .factories import course_complete
from .models import (
    ApiClient,
    Certificate,
    CertificateStatus,
    CertificationProgram,
    ProgramCourse,
    ReformRole,
    RoleRequirement,
)

PROGRAM_CODE = "DLF"
DEMO_CLIENT = "Hệ thống một cửa điện tử thành phố (demo)"
ROLES = [
    ("cchc-focal-point", "Cán bộ đầu mối cải cách hành chính", "Administrative reform (CCHC) focal point",
     "Đầu mối theo dõi, tổng hợp và báo cáo công tác cải cách hành chính của đơn vị."),
    ("one-stop-desk", "Công chức tiếp nhận và trả kết quả (bộ phận một cửa)", "One-stop-shop desk officer",
     "Tiếp nhận hồ sơ, theo dõi tiến độ trên bảng theo dõi một cửa và trả kết quả cho người dân, doanh nghiệp."),
    ("e-signing-leader", "Lãnh đạo ký số văn bản điện tử", "Leader who signs electronic documents",
     "Lãnh đạo được giao ký số văn bản điện tử phát hành của đơn vị."),
]  # fmt: skip
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


def roles_ensure(program: CertificationProgram) -> int:
    """The three demo reform roles, each requiring the foundation program; later runs keep edits."""
    created = 0
    for code, name, name_en, description in ROLES:
        role, is_new = ReformRole.objects.get_or_create(
            code=code, defaults={"name": name, "name_en": name_en, "description": description}
        )
        if is_new:
            RoleRequirement.objects.create(role=role, program=program)
            created += 1
    return created


def api_client_ensure() -> bool:
    """The city-wide demo client, whose token is DEMO_API_TOKEN (stored hashed). True if created."""
    from django.conf import settings

    from .api.tokens import api_client_create, token_hash

    token = settings.LMS_DEMO_API_TOKEN
    client = ApiClient.objects.filter(name=DEMO_CLIENT).first()
    if client is not None:
        ApiClient.objects.filter(pk=client.pk).update(token_hash=token_hash(token), token_prefix=token[:8],
                                                      revoked_at=None)  # fmt: skip
        return False
    api_client_create(name=DEMO_CLIENT, units=Unit.objects.filter(depth=1), token=token)
    return True


@register(order=40, name="certification program and the certified official's certificate")
def seed(write: Callable[[str], None]) -> None:
    program, created = program_ensure()
    write(f"  {'created' if created else 'kept'}: program {program.code}")
    write(f"  reform roles: {roles_ensure(program)} created, {len(ROLES)} in all")
    write(f"  {'created' if api_client_ensure() else 'kept'}: API client {DEMO_CLIENT}")
    official = Official.objects.filter(employee_code=CERTIFIED_CODE).first()
    if official is None:
        return
    if Certificate.objects.filter(official=official, program=program, status=CertificateStatus.ACTIVE).exists():
        write(f"  kept: {official.full_name}'s certificate")
        return
    for link in program.required_courses.select_related("course"):
        course_complete(official, link.course)
    outbox_drain()  # issue now, in this process, rather than wait for the worker
    certificate = Certificate.objects.filter(
        official=official, program=program, status=CertificateStatus.ACTIVE
    ).first()
    write(f"  {'issued: ' + certificate.serial if certificate else 'NOT issued'} for {official.full_name}")
