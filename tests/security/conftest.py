"""Personas and a small world of objects for the security suite.

``personas`` gives one client per persona, already signed in the way that persona signs in
(staff with the TOTP step recorded, the API client with its Bearer token). ``security_world``
adds objects owned by unit A (district D1) and unit B (district D2): certificates, quiz
attempts, role assignments, a mandate, an export, an import and integrity flags, plus the
Wagtail objects (pages, image, document, restrictions) that admin and page URLs need.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, UploadedFile

from certification.api.tokens import api_client_create
from certification.factories import course_complete, program_build, role_build
from certification.gate import assignments_suspend, role_assign
from certification.mandates import mandate_create
from certification.models import Export, ExportStatus, FlagKind, IntegrityFlag
from certification.pdf import storage
from certification.services import program_evaluate
from courses.factories import course_build, lesson_add
from lms.people.factories import OfficialFactory
from lms.people.models import ImportStatus, OfficialImport
from quizzes.factories import quiz_build, single, true_false
from quizzes.services import attempt_start
from tests.conftest import MFAClient

ANONYMOUS = "anonymous"
LEARNER = "learner"
CERTIFIED = "certified"
TRAINER = "trainer"
HR_A = "hr_a"
HR_B = "hr_b"
ADMIN = "admin"
API = "api"
PERSONA_NAMES = (ANONYMOUS, LEARNER, CERTIFIED, TRAINER, HR_A, HR_B, ADMIN, API)

API_TOKEN_A = "security-api-token-unit-a"
API_TOKEN_B = "security-api-token-unit-b"

# The smallest valid PNG (1x1, transparent), for a Wagtail image.
PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082"
)

PRACTICE_BLOCK = {
    "type": "practice",
    "value": {
        "question": "Văn bản đã ký số có cần in ra để đóng dấu không?",
        "choices": [{"text": "Có", "correct": False, "feedback": "Không cần."}, {"text": "Không", "correct": True}],
        "explanation": "Văn bản điện tử ký số có giá trị như bản gốc.",
    },
}


@dataclass
class Persona:
    name: str
    client: Client
    user: Any = None
    token: str = ""


@dataclass
class Personas:
    """The eight personas by name; ``personas[HR_A].client`` is signed in as HR of unit A."""

    by_name: dict[str, Persona]
    program: Any
    course: Any
    quiz: Any
    api_client_a: Any

    def __getitem__(self, name: str) -> Persona:
        return self.by_name[name]

    def __iter__(self):
        return iter(self.by_name.values())

    def fresh_client(self, name: str) -> Client:
        """A new client signed in as the persona (for tests that sign out or change the session)."""
        persona = self.by_name[name]
        if name == API:
            return Client(headers={"authorization": f"Bearer {persona.token}"})
        client = MFAClient()
        if persona.user is not None:
            client.force_login(persona.user)
        return client


def _course_with_quiz(title: str, slug: str):
    course = course_build(title=title, slug=slug, lessons=2)
    quiz = quiz_build(
        course=course,
        questions=[single("Câu 1", [("Đúng", True), ("Sai", False)]), true_false("Câu 2", True)],
        cooldown_minutes=0,
        max_attempts=5,
    )
    return course, quiz


@pytest.fixture
def personas(tree, learner, trainer, hr_a, hr_b, admin_user) -> Personas:
    """Signed-in clients for anonymous, learner, certified official, trainer, HR of D1 (A), HR of D2 (B),
    admin (superuser) and an API client system scoped to D1 (Bearer token, no session)."""
    course, quiz = _course_with_quiz("Thư điện tử công vụ", "thu-dien-tu")
    program = program_build(courses=[course], code="DLF", name="Nền tảng lãnh đạo số", name_en="Digital leadership")
    certified = OfficialFactory(
        user__email="certified@example.gov.vn", employee_code="C001", unit=tree.d1_w2, full_name="Trần Thị Đạt"
    ).user
    # Earned through the services a learner's clicks call: lessons, a passed final quiz, then issuance.
    course_complete(certified.official, course)
    program_evaluate(official=certified.official, program=program)
    api_client_a, _token = api_client_create(name="Hệ thống một cửa D1", units=[tree.d1], token=API_TOKEN_A)

    by_name: dict[str, Persona] = {ANONYMOUS: Persona(ANONYMOUS, MFAClient())}
    for name, user in (
        (LEARNER, learner), (CERTIFIED, certified), (TRAINER, trainer),
        (HR_A, hr_a), (HR_B, hr_b), (ADMIN, admin_user),
    ):  # fmt: skip
        client = MFAClient()
        client.force_login(user)
        by_name[name] = Persona(name, client, user)
    by_name[API] = Persona(API, Client(headers={"authorization": f"Bearer {API_TOKEN_A}"}), token=API_TOKEN_A)
    return Personas(by_name, program=program, course=course, quiz=quiz, api_client_a=api_client_a)


@dataclass
class Side:
    """What one unit owns: its officials and the objects about them."""

    official: Any = None  # a plain official of the unit, with an in-progress quiz attempt
    holder: Any = None  # an official of the unit holding a certificate
    certificate: Any = None
    attempt: Any = None  # the holder's passed final-quiz attempt
    open_attempt: Any = None  # the plain official's attempt in progress
    assignment: Any = None  # active role assignment of the holder
    suspended: Any = None  # suspended role assignment of the holder (a second role)
    mandate: Any = None
    export: Any = None  # a finished export requested by the unit's HR officer, with its file
    official_import: Any = None
    flag: Any = None  # an open integrity flag on the holder's attempt


@dataclass
class SecurityWorld:
    personas: Personas
    tree: Any
    a: Side
    b: Side
    api_client_b: Any
    roles: list
    image: Any = None
    document: Any = None
    draft_page: Any = None
    private_page: Any = None
    practice_lesson: Any = None
    task_state: Any = None
    editing_session: Any = None
    uploaded_file: Any = None
    page_restriction: Any = None
    collection_restriction: Any = None


def _side(*, personas: Personas, roles: list, hr, unit, holder, official, tag: str) -> Side:
    quiz, program = personas.quiz, personas.program
    side = Side(official=official.official, holder=holder.official)
    side.certificate = holder.official.certificates.get(program=program)
    side.attempt = holder.official.quiz_attempts.get()
    side.open_attempt = attempt_start(official=official.official, quiz=quiz)
    side.assignment = role_assign(official=holder.official, role=roles[0], unit=unit, by=hr)
    side.suspended = role_assign(official=holder.official, role=roles[1], unit=unit, by=hr)
    assignments_suspend(assignments=[side.suspended], reason="Kiểm thử")
    side.mandate, _count = mandate_create(
        program=program, unit=unit, due_date=datetime.date.today() + datetime.timedelta(days=30), by=hr,
        include_descendants=True, leaders_only=False, positions="",
    )  # fmt: skip
    stored = storage().save(f"exports/security-{tag}.csv", ContentFile(b"\xef\xbb\xbfemployee_code\r\n"))
    side.export = Export.objects.create(
        created_by=hr, table="officials", params={}, file_format="csv", status=ExportStatus.DONE,
        total_rows=1, done_rows=1, stored_name=stored,
    )  # fmt: skip
    side.official_import = OfficialImport.objects.create(
        created_by=hr, original_name=f"officials-{tag}.csv", stored_name=f"imports/security-{tag}.csv",
        status=ImportStatus.SUCCEEDED, total_rows=1, processed_rows=1,
    )  # fmt: skip
    side.flag = IntegrityFlag.objects.create(
        official=holder.official, attempt=side.attempt, kind=FlagKind.FAST_LESSONS, details={"seconds_spent": 10}
    )
    return side


@pytest.fixture
def security_world(personas, tree, outsider) -> SecurityWorld:
    """Objects of unit A (D1) and unit B (D2), each reachable by one HR officer only."""
    program = personas.program
    roles = [
        role_build(code="cchc-focal-point", programs=[program], name="Đầu mối CCHC"),
        role_build(code="one-stop-desk", programs=[program], name="Cán bộ một cửa"),
    ]
    hr_a, hr_b = personas[HR_A].user, personas[HR_B].user
    # Unit B mirrors unit A: a holder who earned the certificate, and a plain official (the outsider).
    holder_b = OfficialFactory(user__email="holder-b@example.gov.vn", employee_code="C002", unit=tree.d2_w1).user
    course_complete(holder_b.official, personas.course)
    program_evaluate(official=holder_b.official, program=program)
    a = _side(personas=personas, roles=roles, hr=hr_a, unit=tree.d1, holder=personas[CERTIFIED].user,
              official=personas[LEARNER].user, tag="a")  # fmt: skip
    b = _side(personas=personas, roles=roles, hr=hr_b, unit=tree.d2, holder=holder_b, official=outsider, tag="b")
    api_client_b, _token = api_client_create(name="Hệ thống một cửa D2", units=[tree.d2], token=API_TOKEN_B)

    world = SecurityWorld(personas=personas, tree=tree, a=a, b=b, api_client_b=api_client_b, roles=roles)
    root_collection = Collection.get_first_root_node()
    world.image = get_image_model().objects.create(
        title="Ảnh minh họa", file=ContentFile(PNG_1X1, name="pixel.png"), collection=root_collection
    )
    world.document = get_document_model().objects.create(
        title="Hướng dẫn", file=ContentFile(b"Huong dan ky so\n", name="huong-dan.txt"), collection=root_collection
    )
    private_collection = root_collection.add_child(name="Tài liệu có mật khẩu")
    world.collection_restriction = CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.PASSWORD, password="mat-khau-2026"
    )
    catalog = personas.course.get_parent()
    # Created in the admin, a page stays a draft until published (the factory's pages start live).
    world.draft_page = course_build(catalog=catalog, title="Khóa học nháp", slug="khoa-hoc-nhap", lessons=0,
                                    publish=False)  # fmt: skip
    Page.objects.filter(pk=world.draft_page.pk).update(live=False)
    world.draft_page.refresh_from_db()
    world.private_page = course_build(catalog=catalog, title="Khóa học riêng", slug="khoa-hoc-rieng", lessons=0)
    world.page_restriction = PageViewRestriction.objects.create(
        page=Page.objects.get(pk=world.private_page.pk),
        restriction_type=PageViewRestriction.PASSWORD,
        password="mat-khau-2026",
    )
    world.practice_lesson = lesson_add(
        course=course_build(catalog=catalog, title="Ôn tập", slug="on-tap", lessons=0),
        title="Bài có câu hỏi",
        body=[PRACTICE_BLOCK],
    )
    # A page in review: the draft course submitted by the trainer to the catalog's workflow.
    trainer = personas[TRAINER].user
    world.draft_page.save_revision(user=trainer)
    world.task_state = world.draft_page.get_workflow().start(world.draft_page, trainer).current_task_state
    world.editing_session = EditingSession.objects.create(
        user=trainer, content_type=ContentType.objects.get_for_model(Page), object_id=str(personas.course.pk),
        last_seen_at=timezone.now(),
    )  # fmt: skip
    world.uploaded_file = UploadedFile.objects.create(
        file=ContentFile(PNG_1X1, name="upload.png"), uploaded_by_user=trainer,
        for_content_type=ContentType.objects.get_for_model(get_image_model()),
    )  # fmt: skip
    return world
