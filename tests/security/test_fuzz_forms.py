"""Every form and filter of the site fed hostile input: a clear refusal or the value kept as typed, never a 500.

Each case runs in a savepoint that is rolled back afterwards (cookies are put back too), so one
world serves every case and a refused submission can be checked to have left nothing half-written.
Failures are collected and reported together, one line per case: "form.field <- string: problem".
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from allauth.mfa.models import Authenticator
from django.contrib import messages as message_levels
from django.contrib.messages import get_messages
from django.core import mail
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import escape

from certification.factories import certificate_grant, program_build, role_build
from certification.gate import role_assign
from certification.models import (
    ApiClient,
    Certificate,
    CertificationProgram,
    Export,
    FlagKind,
    IntegrityFlag,
    ReformRole,
    RoleAssignment,
    TrainingMandate,
)
from courses.factories import catalog_get, course_build, lesson_add
from courses.models import CoursePage
from lms.audit.models import AuditEvent
from lms.outbox.models import OutboxMessage
from lms.people.factories import OfficialFactory, UserFactory
from lms.people.models import LeaderLevel, Official, Unit
from quizzes.factories import quiz_build, single, true_false
from quizzes.models import QuizAttempt
from quizzes.services import attempt_start
from tests.conftest import PASSWORD, MFAClient, totp_now

from .hostile import HOSTILE, MARKUP, RAW_ENCODED, RAW_TYPED, TYPED, has_nul, stripped

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

NEW_PASSWORD = "Mat-khau-moi-2026!"
PRACTICE = {
    "question": "Văn bản ký số có cần in ra không?",
    "choices": [{"text": "Có", "correct": False, "feedback": ""}, {"text": "Không", "correct": True, "feedback": ""}],
    "explanation": "Văn bản điện tử ký số có giá trị như bản giấy.",
}


# --- The world every case starts from -------------------------------------------------------------


@dataclass
class World:
    tree: Any
    learner: Any
    hr: Any
    course: CoursePage
    lesson: Any
    quiz: Any
    program: CertificationProgram
    certificate: Certificate
    assignment: RoleAssignment
    eligible: Official
    flag: IntegrityFlag
    attempt: QuizAttempt
    export: Export
    clients: dict[str, MFAClient] = field(default_factory=dict)


def persona(user=None, *, step_up: bool = False) -> MFAClient:
    """A client that answers a server error with a 500 response instead of raising it."""
    client = MFAClient(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
        if step_up:
            client.step_up(user)
    return client


@pytest.fixture
def world(tree, learner, hr_a, admin_user, trainer, settings, tmp_path) -> World:
    settings.LMS_VERIFY_RATE_PER_MINUTE = 1_000_000
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}},
    }
    course = course_build(title="Thư điện tử công vụ", slug="thu-dien-tu", lessons=1)
    lesson = lesson_add(course=course, title="Luyện tập", body=[{"type": "practice", "value": PRACTICE}])
    quiz = quiz_build(
        course=course,
        questions=[single("Câu 1", [("Đúng", True), ("Sai", False)]), true_false("Câu 2", True)],
        cooldown_minutes=0,
        max_attempts=0,
    )
    program = program_build(courses=[course], code="FZ", name="Nền tảng số", name_en="Digital foundation")
    role = role_build(code="fuzz-role", programs=[program], name="Đầu mối CCHC")
    certificate = certificate_grant(learner.official, program)
    assignment = role_assign(official=learner.official, role=role, unit=tree.d1_w1, by=hr_a)
    eligible = OfficialFactory(employee_code="E001", unit=tree.d1_w2, full_name="Trần Thị Đủ")
    certificate_grant(eligible, program)
    flagged = OfficialFactory(employee_code="F001", unit=tree.d1_w2, full_name="Lê Văn Cờ")
    flag = IntegrityFlag.objects.create(
        official=flagged, attempt=attempt_start(official=flagged, quiz=quiz), kind=FlagKind.SHARED_DEVICE
    )
    export = Export.objects.create(created_by=hr_a, table="officials", file_format="csv", total_rows=1)
    world = World(
        tree=tree,
        learner=learner,
        hr=hr_a,
        course=course,
        lesson=lesson,
        quiz=quiz,
        program=program,
        certificate=certificate,
        assignment=assignment,
        eligible=eligible,
        flag=flag,
        attempt=attempt_start(official=learner.official, quiz=quiz),
        export=export,
    )
    world.clients = {
        "anonymous": persona(),
        "learner": persona(learner, step_up=True),
        "hr": persona(hr_a),
        "admin": persona(admin_user),
        "trainer": persona(trainer),
    }
    cache.clear()
    return world


# --- Judging one response ---------------------------------------------------------------------------


def form_errors(response: HttpResponse) -> list[str]:
    context = getattr(response, "context", None)
    if not context:
        return []
    found = []
    for name in ("form", "search", "adminform"):
        try:
            form = context[name]
        except KeyError:
            continue
        form = getattr(form, "form", form)  # the Django admin wraps its form
        if form is not None and getattr(form, "errors", None):
            found += [f"{key}: {' '.join(map(str, errors))}" for key, errors in form.errors.items()]
    return found


def error_messages(response: HttpResponse) -> list[str]:
    request = getattr(response, "wsgi_request", None)
    if request is None or not hasattr(request, "_messages"):
        return []
    return [str(message) for message in get_messages(request) if message.level >= message_levels.ERROR]


def verdict(response: HttpResponse) -> tuple[str, str]:
    """("error" | "refused" | "accepted", detail) for one response."""
    status = response.status_code
    if status >= 500:
        return "error", f"HTTP {status}"
    if response.get("Content-Type", "").startswith("text/html"):
        body = response.content.decode("utf-8", "replace")
        for payload in MARKUP:
            if payload in body:
                return "error", f"HTTP {status} shows markup unescaped: {payload}"
    if status in (301, 302, 303, 307, 308):
        errors = error_messages(response)
        return ("refused", errors[0]) if errors else ("accepted", response["Location"])
    errors = form_errors(response)
    if errors:
        return "refused", errors[0][:120]
    if status >= 400:
        return "refused", f"HTTP {status}"
    return "accepted", f"HTTP {status}"


@dataclass
class Tally:
    """Cases run and failures found, reported as one readable assertion."""

    cases: int = 0
    failures: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, family: str) -> None:
        self.cases += 1
        self.counts[family] = self.counts.get(family, 0) + 1

    def fail(self, where: str, name: str, problem: str) -> None:
        self.failures.append(f"{where} <- {name}: {problem}")

    def check(self, title: str) -> None:
        print(f"{title}: {self.cases} cases {self.counts}")
        shown = "\n".join(self.failures[:80])
        more = f"\n… and {len(self.failures) - 80} more" if len(self.failures) > 80 else ""
        assert not self.failures, f"{len(self.failures)} of {self.cases} cases failed:\n{shown}{more}"


def isolated(client: MFAClient, run: Callable[[], Any]) -> Any:
    """Run a case and undo it: its database writes and the cookies it changed."""
    cookies = SimpleCookie()
    cookies.load(client.cookies.output(header="", sep=";"))
    try:
        with transaction.atomic():
            try:
                return run()
            finally:
                transaction.set_rollback(True)
    finally:
        client.cookies = cookies


# --- Forms: each field in turn, the others valid ---------------------------------------------------


@dataclass
class FormSpec:
    """A form as its persona submits it: a valid submission, the fields to fuzz, how to judge the outcome."""

    name: str
    who: str
    url: str
    valid: dict[str, str]
    fields: Iterable[str]
    state: Callable[[], Any]  # what a refused submission must leave as it was
    stored: dict[str, Callable[[], Any]] = field(default_factory=dict)  # text kept as typed, read back
    shown: dict[str, str] = field(default_factory=dict)  # a page that shows that stored text
    required: frozenset[str] = frozenset()
    # Free text gets every hostile string; other fields, and stored text of the same kind as a field
    # already given everything (listed in ``lean``), get the typed subset.
    text: frozenset[str] = frozenset()
    lean: frozenset[str] = frozenset()
    # Pages that must still answer after an accepted submission (or functions of the string giving one).
    then: tuple[str | Callable[[str], str], ...] = ()


def fuzz_form(world: World, spec: FormSpec, tally: Tally) -> None:
    client = world.clients[spec.who]
    for field_name in spec.fields:
        full = (field_name in spec.text or field_name in spec.stored) and field_name not in spec.lean
        cases = [(name, value, False) for name, value in (HOSTILE if full else TYPED)]
        cases += [(name, raw, True) for name, raw in (RAW_ENCODED if full else RAW_TYPED)]
        for name, value, raw in cases:
            tally.count(spec.name)
            isolated(client, lambda f=field_name, n=name, v=value, r=raw: _form_case(client, spec, f, n, v, r, tally))


def _form_case(client, spec: FormSpec, field_name: str, name: str, value: str, raw: bool, tally: Tally) -> None:
    where = f"{spec.name}.{field_name}"
    before = spec.state()
    others = {key: val for key, val in spec.valid.items() if key != field_name}
    if raw:
        body = urlencode(others, doseq=True) + f"&{field_name}={value}"
        response = client.post(spec.url, body, content_type="application/x-www-form-urlencoded")
    else:
        response = client.post(spec.url, {**others, field_name: value})
    kind, detail = verdict(response)
    if kind == "error":
        tally.fail(where, name, detail)
    elif kind == "refused":
        if spec.state() != before:
            tally.fail(where, name, f"refused ({detail}) but something was written")
    elif field_name in spec.required and not raw and not stripped(value):
        tally.fail(where, name, "an empty value was accepted for a required field")
    else:
        if field_name in spec.stored and not raw:
            if has_nul(value):
                tally.fail(where, name, "a NUL character was accepted into stored text")
                return
            kept = spec.stored[field_name]()
            if kept != stripped(value):
                tally.fail(where, name, f"stored {str(kept)[:60]!r} instead of what was typed")
                return
            if field_name in spec.shown:
                page = client.get(spec.shown[field_name])
                if page.status_code != 200 or escape(kept) not in page.content.decode():
                    tally.fail(where, name, f"not shown as typed on {spec.shown[field_name]}")
        for then in spec.then:
            url = then(value) if callable(then) else then
            status = client.get(url).status_code
            if status >= 500:
                tally.fail(where, name, f"accepted, then {url} answers HTTP {status}")


def _audit_and_outbox() -> tuple[int, int]:
    """Audit rows and outbox messages written, leaving out the audit of refusals (refusals are audited)."""
    audited = AuditEvent.objects.exclude(action="access.denied").exclude(action__endswith=".refuse").count()
    return audited, OutboxMessage.objects.count()


def hr_forms(world: World) -> list[FormSpec]:
    certificate, assignment, flag = world.certificate, world.assignment, world.flag

    def certificate_state():
        row = Certificate.objects.get(pk=certificate.pk)
        held = RoleAssignment.objects.get(pk=assignment.pk).status
        return row.status, row.revocation_reason, held, _audit_and_outbox()

    def assignment_state():
        row = RoleAssignment.objects.get(pk=assignment.pk)
        return row.status, row.status_reason, _audit_and_outbox()

    def flag_state():
        row = IntegrityFlag.objects.get(pk=flag.pk)
        return row.status, row.note, Certificate.objects.filter(status="revoked").count(), _audit_and_outbox()

    due = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    mandate = {
        "program": str(world.program.pk),
        "unit": "D1",
        "include_descendants": "on",
        "leaders_only": "",
        "positions": "Chủ tịch",
        "due_date": due,
    }
    return [
        FormSpec(
            "revoke-certificate",
            "hr",
            f"/hr/certificates/{certificate.pk}/revoke/",
            {"reason": "Gian lận khi thi"},
            ["reason"],
            certificate_state,
            required=frozenset({"reason"}),
            stored={"reason": lambda: Certificate.objects.get(pk=certificate.pk).revocation_reason},
            shown={"reason": f"/hr/certificates/{certificate.pk}/"},
            then=(
                "/hr/export/certificates.xlsx",
                "/hr/export/certificates.csv",
                f"/verify/{certificate.verification_code}/",
            ),
        ),
        FormSpec(
            "end-assignment",
            "hr",
            f"/hr/roles/assignments/{assignment.pk}/end/",
            {"reason": "Chuyển công tác"},
            ["reason"],
            assignment_state,
            required=frozenset({"reason"}),
            stored={"reason": lambda: RoleAssignment.objects.get(pk=assignment.pk).status_reason},
            shown={"reason": "/hr/roles/officials/L001/"},
            then=("/hr/roles/", "/hr/export/assignments.xlsx", "/hr/export/assignments.csv"),
        ),
        FormSpec(
            "clear-flag",
            "hr",
            f"/hr/flags/{flag.pk}/clear/",
            {"note": "Đã xác minh"},
            ["note"],
            flag_state,
            required=frozenset({"note"}),
            stored={"note": lambda: IntegrityFlag.objects.get(pk=flag.pk).note},
            shown={"note": "/hr/flags/?status=cleared"},
            then=("/hr/officials/F001/",),
        ),
        FormSpec(
            "revoke-flag",
            "hr",
            f"/hr/flags/{flag.pk}/revoke/",
            {"note": "Thi hộ"},
            ["note"],
            flag_state,
            required=frozenset({"note"}),
            stored={"note": lambda: IntegrityFlag.objects.get(pk=flag.pk).note},
            lean=frozenset({"note"}),
        ),
        FormSpec(
            "mandate",
            "hr",
            "/hr/mandates/",
            mandate,
            ["program", "unit", "include_descendants", "leaders_only", "positions", "due_date"],
            lambda: (TrainingMandate.objects.count(), _audit_and_outbox()),
            required=frozenset({"program", "unit", "due_date"}),
            stored={"positions": lambda: TrainingMandate.objects.latest("pk").positions},
            then=("/hr/mandates/", "/hr/units/D1/"),
        ),
        FormSpec(
            "assign-role",
            "hr",
            "/hr/roles/assign/",
            {"official": "E001", "role": "fuzz-role", "unit": "D1-W2"},
            ["official", "role", "unit"],
            lambda: (RoleAssignment.objects.count(), _audit_and_outbox()),
            # Without an official the page offers the search again: there is nothing to refuse.
            required=frozenset({"role", "unit"}),
            then=("/hr/roles/officials/E001/",),
        ),
    ]


def test_hr_forms_refuse_or_keep_hostile_input(world):
    tally = Tally()
    for spec in hr_forms(world):
        fuzz_form(world, spec, tally)
    tally.check("HR forms")


def learner_forms(world: World) -> list[FormSpec]:
    lesson, quiz, attempt = world.lesson, world.quiz, world.attempt
    answers = {f"q-{question['id']}": attempt.answer_key[question["id"]]["correct"][0] for question in attempt.served}

    def attempt_state():
        row = QuizAttempt.objects.get(pk=attempt.pk)
        return row.status, row.answers, QuizAttempt.objects.count()

    return [
        FormSpec("finish-lesson", "learner", f"{lesson.url}finish/", {"start": ""}, ["start"], lambda: None),
        FormSpec("practice-answer", "learner", f"{lesson.url}practice/0/", {"choice": "1"}, ["choice"], lambda: None),
        FormSpec("start-quiz", "learner", f"{quiz.url}start/", {"attest": "1"}, ["attest"], attempt_state),
        FormSpec(
            "submit-quiz", "learner", f"{quiz.url}attempt/{attempt.pk}/submit/", answers, list(answers), attempt_state
        ),
        FormSpec(
            "set-language",
            "anonymous",
            "/i18n/setlang/",
            {"language": "en", "next": "/courses/"},
            ["language", "next"],
            lambda: None,
        ),
    ]


def test_learner_forms_refuse_or_keep_hostile_input(world):
    tally = Tally()
    for spec in learner_forms(world):
        fuzz_form(world, spec, tally)
    # Answers naming a question that was never served: refused, the attempt stays open.
    client, attempt, quiz = world.clients["learner"], world.attempt, world.quiz

    def case(name: str, value: str) -> None:
        body = urlencode({f"q-{value}": "x"})
        response = client.post(
            f"{quiz.url}attempt/{attempt.pk}/submit/", body, content_type="application/x-www-form-urlencoded"
        )
        kind, detail = verdict(response)
        if kind != "refused" or QuizAttempt.objects.get(pk=attempt.pk).status != "in_progress":
            tally.fail("submit-quiz.<question name>", name, f"{kind}: {detail}")

    for name, value in HOSTILE:
        tally.count("submit-quiz.<question name>")
        isolated(client, lambda n=name, v=value: case(n, v))
    tally.check("Learner forms")


@pytest.fixture
def account_clients(world) -> str:
    """Clients standing where allauth's forms are posted: the TOTP step of a sign-in, a password reset
    link, a TOTP set-up. Returns the address the reset link leads to."""
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    stage = persona()
    response = stage.post("/accounts/login/", {"login": world.hr.email, "password": PASSWORD})
    assert response["Location"] == "/accounts/2fa/authenticate/"
    reset = persona()
    key = f"{user_pk_to_url_str(world.learner)}-{default_token_generator.make_token(world.learner)}"
    response = reset.get(f"/accounts/password/reset/key/{key}/")
    assert response.status_code == 302
    setup = persona(world.eligible.user, step_up=True)
    assert setup.get("/accounts/2fa/totp/activate/").status_code == 200
    world.clients.update({"login-stage": stage, "reset-link": reset, "totp-setup": setup})
    return response["Location"]


def account_forms(world: World, reset_url: str) -> list[FormSpec]:
    learner = world.learner

    def password_state():
        learner.refresh_from_db()
        return learner.password, len(mail.outbox)

    new = {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    return [
        FormSpec(
            "login",
            "anonymous",
            "/accounts/login/",
            {"login": learner.email, "password": PASSWORD},
            ["login", "password"],
            password_state,
            required=frozenset({"login", "password"}),
            text=frozenset({"login", "password"}),
        ),
        FormSpec(
            "password-reset",
            "anonymous",
            "/accounts/password/reset/",
            {"email": learner.email},
            ["email"],
            lambda: learner.password,
            required=frozenset({"email"}),
            text=frozenset({"email"}),
        ),
        FormSpec(
            "reauthenticate",
            "learner",
            "/accounts/reauthenticate/",
            {"password": PASSWORD},
            ["password"],
            password_state,
            required=frozenset({"password"}),
            text=frozenset({"password"}),
        ),
        FormSpec(
            "mfa-code-at-sign-in",
            "login-stage",
            "/accounts/2fa/authenticate/",
            {"code": totp_now()},
            ["code"],
            password_state,
            required=frozenset({"code"}),
        ),
        FormSpec(
            "mfa-reauthenticate",
            "hr",
            "/accounts/2fa/reauthenticate/",
            {"code": totp_now()},
            ["code"],
            password_state,
            required=frozenset({"code"}),
        ),
        FormSpec(
            "password-change",
            "learner",
            "/accounts/password/change/",
            {"oldpassword": PASSWORD, **new},
            ["oldpassword", "password1", "password2"],
            password_state,
            required=frozenset({"oldpassword", "password1", "password2"}),
            text=frozenset({"oldpassword", "password1"}),
        ),
        FormSpec(
            "password-reset-from-link",
            "reset-link",
            reset_url,
            new,
            ["password1", "password2"],
            password_state,
            required=frozenset({"password1", "password2"}),
            text=frozenset({"password1"}),
        ),
        FormSpec(
            "totp-activate",
            "totp-setup",
            "/accounts/2fa/totp/activate/",
            {"code": "000000"},
            ["code"],
            lambda: Authenticator.objects.count(),
            required=frozenset({"code"}),
        ),
    ]


def test_account_forms_refuse_or_keep_hostile_input(world, account_clients):
    tally = Tally()
    for spec in account_forms(world, account_clients):
        fuzz_form(world, spec, tally)
    tally.check("Account forms")


def _newest(model, attribute: str) -> Callable[[], Any]:
    return lambda: getattr(model.objects.latest("pk"), attribute)


def _admin_counts() -> tuple:
    models = (CertificationProgram, ReformRole, ApiClient, Unit, Official)
    return tuple(model.objects.count() for model in models), _audit_and_outbox()


def admin_forms(world: World) -> list[FormSpec]:
    program = {
        "code": "NEW",
        "name": "Chương trình mới",
        "name_en": "New program",
        "description": "Mô tả",
        "validity_months": "24",
        "renewal_window_days": "60",
        "is_active": "on",
        "required_courses-TOTAL_FORMS": "1",
        "required_courses-INITIAL_FORMS": "0",
        "required_courses-MIN_NUM_FORMS": "1",
        "required_courses-MAX_NUM_FORMS": "1000",
        "required_courses-0-course": str(world.course.pk),
        "required_courses-0-ORDER": "1",
        "required_courses-0-id": "",
    }
    role = {
        "code": "new-role",
        "name": "Vai trò mới",
        "name_en": "New role",
        "description": "Mô tả",
        "requirements-TOTAL_FORMS": "1",
        "requirements-INITIAL_FORMS": "0",
        "requirements-MIN_NUM_FORMS": "1",
        "requirements-MAX_NUM_FORMS": "1000",
        "requirements-0-program": str(world.program.pk),
        "requirements-0-ORDER": "1",
        "requirements-0-id": "",
    }
    spare = UserFactory(email="spare@example.gov.vn")
    official = {
        "user": str(spare.pk),
        "employee_code": "N001",
        "full_name": "Phạm Văn Mới",
        "unit": str(world.tree.d1.pk),
        "position": "Chuyên viên",
        "leader_level": LeaderLevel.STAFF,
    }
    unit = {
        "code": "D1-W9",
        "name": "Phường 9",
        "kind": "ward",
        "is_active": "on",
        "treebeard_position": "sorted-child",
        "treebeard_ref_node": str(world.tree.d1.pk),
    }
    return [
        FormSpec(
            "program",
            "admin",
            "/admin/snippets/certification/certificationprogram/add/",
            program,
            ["code", "name", "name_en", "description", "validity_months", "renewal_window_days"],
            _admin_counts,
            required=frozenset({"code", "name"}),
            stored={key: _newest(CertificationProgram, key) for key in ("name", "name_en", "description")},
            lean=frozenset({"name_en", "description"}),
            then=("/transparency/",),
        ),
        FormSpec(
            "role",
            "admin",
            "/admin/snippets/certification/reformrole/add/",
            role,
            ["code", "name", "name_en", "description"],
            _admin_counts,
            required=frozenset({"code", "name"}),
            stored={key: _newest(ReformRole, key) for key in ("name", "name_en", "description")},
            lean=frozenset({"name_en", "description"}),
            then=("/hr/roles/officials/L001/",),
        ),
        FormSpec(
            "api-client",
            "admin",
            "/django-admin/certification/apiclient/add/",
            {"name": "Hệ thống một cửa", "units": str(world.tree.d1.pk)},
            ["name", "units"],
            _admin_counts,
            required=frozenset({"name"}),
            stored={"name": _newest(ApiClient, "name")},
            then=("/django-admin/certification/apiclient/",),
        ),
        FormSpec(
            "unit",
            "admin",
            "/django-admin/people/unit/add/",
            unit,
            ["code", "name", "kind", "treebeard_position", "treebeard_ref_node"],
            _admin_counts,
            required=frozenset({"code", "name"}),
            stored={"name": _newest(Unit, "name")},
            text=frozenset({"code"}),
            then=(  # pages that show the names and codes of units, or name a file after the code
                "/hr/",
                "/hr/units/D1/",
                "/hr/export/dashboard.xlsx",
                lambda value: "/hr/export/officials.xlsx?" + urlencode({"unit": value.strip()}),
                lambda value: "/hr/export/officials.csv?" + urlencode({"unit": value.strip()}),
            ),
        ),
        FormSpec(
            "official",
            "admin",
            "/django-admin/people/official/add/",
            official,
            ["user", "employee_code", "full_name", "unit", "position", "leader_level"],
            _admin_counts,
            required=frozenset({"user", "employee_code", "full_name", "unit"}),
            stored={key: _newest(Official, key) for key in ("full_name", "position")},
            text=frozenset({"employee_code"}),
            lean=frozenset({"position"}),
            then=("/hr/units/D1/", "/hr/export/officials.xlsx"),  # names and codes of officials
        ),
    ]


def test_admin_forms_refuse_or_keep_hostile_input(world):
    tally = Tally()
    for spec in admin_forms(world):
        fuzz_form(world, spec, tally)
    tally.check("Admin forms")


def test_trainer_course_form_refuses_or_keeps_hostile_input(world):
    # Submitted for review, so the page is validated in full (a draft may be saved incomplete).
    course = {
        "title": "Khóa học mới",
        "slug": "khoa-hoc-moi",
        "summary": "Tóm tắt",
        "topic": "email",
        "audience": "Lãnh đạo",
        "learning_outcomes": "Ký số",
        "cover_image": "",
        "action-submit": "submit",
    }
    spec = FormSpec(
        "course-page",
        "trainer",
        f"/admin/pages/add/courses/coursepage/{catalog_get().pk}/",
        course,
        ["title", "slug", "summary", "topic", "audience", "learning_outcomes"],
        lambda: CoursePage.objects.count(),
        required=frozenset({"title", "summary"}),
        stored={key: _newest(CoursePage, key) for key in ("title", "summary", "audience", "learning_outcomes")},
        lean=frozenset({"audience", "learning_outcomes"}),
    )
    tally = Tally()
    fuzz_form(world, spec, tally)
    tally.check("Trainer forms")


# --- Query parameters and path segments of list and filter pages -----------------------------------


@dataclass
class PageSpec:
    """A page as its persona opens it; every listed parameter (or the ``{}`` path segment) gets the string."""

    who: str
    url: str
    params: tuple[str, ...] = ()
    text: bool = False  # takes free text (a search): every hostile string; otherwise the typed subset


def hr_pages(world: World) -> list[PageSpec]:
    return [
        PageSpec("hr", "/hr/", ("program", "sort")),
        PageSpec("hr", "/hr/units/D1/", ("program", "status", "level", "page")),
        PageSpec("hr", "/hr/units/{}/", text=True),
        PageSpec("hr", "/hr/officials/{}/", text=True),
        PageSpec("hr", "/hr/certificates/", ("q", "status", "page"), text=True),
        PageSpec("hr", "/hr/roles/", ("q", "status", "role", "page"), text=True),
        PageSpec("hr", "/hr/roles/assign/", ("q", "role"), text=True),
        PageSpec("hr", "/hr/roles/assign/", ("official",), text=True),
        PageSpec("hr", "/hr/roles/officials/{}/", text=True),
        PageSpec("hr", "/hr/flags/", ("status", "page")),
        PageSpec("hr", "/hr/export/officials.csv", ("program", "unit", "status", "level")),
        PageSpec("hr", "/hr/export/dashboard.xlsx", ("program", "sort")),
        PageSpec("hr", "/hr/export/certificates.xlsx", ("q", "status"), text=True),
        PageSpec("hr", "/hr/export/assignments.csv", ("role", "status")),
        PageSpec("hr", "/hr/export/{}.csv"),
        PageSpec("hr", "/hr/export/certificates.{}"),
        PageSpec("hr", f"/hr/exports/{world.export.pk}/", ("format",)),
    ]


def public_pages(world: World) -> list[PageSpec]:
    return [
        PageSpec("anonymous", "/verify/", ("code",), text=True),
        PageSpec("anonymous", "/verify/{}/", text=True),
        PageSpec("anonymous", "/transparency/", ("program",)),
        PageSpec("anonymous", "/courses/", ("topic",)),
        PageSpec("anonymous", "/accounts/login/", ("next",), text=True),
        PageSpec("anonymous", "/admin/login/", ("next",)),
        PageSpec("learner", f"/certificates/{world.certificate.pk}/pdf/", ("lang",)),
        PageSpec("admin", "/django-admin/people/official/", ("q",), text=True),
        PageSpec("admin", "/django-admin/certification/certificate/", ("status", "o", "p")),
        PageSpec("admin", "/admin/snippets/certification/reformrole/", ("q",), text=True),
    ]


def fuzz_pages(world: World, pages: list[PageSpec], tally: Tally) -> None:
    for page in pages:
        client = world.clients[page.who]
        family = page.url + (f"?{'&'.join(page.params)}" if page.params else "")
        cases = [(name, value, False) for name, value in (HOSTILE if page.text else TYPED)]
        cases += [(name, raw, True) for name, raw in (RAW_ENCODED if page.text else RAW_TYPED)]
        for name, value, raw in cases:
            tally.count(family)
            if "{}" in page.url:
                url = page.url.replace("{}", value if raw else quote(value, safe=""))
            elif raw:
                url = page.url + "?" + "&".join(f"{param}={value}" for param in page.params)
            else:
                url = page.url + "?" + urlencode(dict.fromkeys(page.params, value))
            isolated(client, lambda c=client, u=url, n=name, f=family: _page_case(c, u, n, f, tally))


def _page_case(client, url: str, name: str, family: str, tally: Tally) -> None:
    kind, detail = verdict(client.get(url))
    if kind == "error":
        tally.fail(family, name, detail)


def test_hr_filters_and_paths_answer_hostile_input_without_error(world):
    tally = Tally()
    fuzz_pages(world, hr_pages(world), tally)
    tally.check("HR query parameters and paths")


def test_public_and_admin_filters_answer_hostile_input_without_error(world):
    # The PDF exists before the cases run, so a fallback to the default language serves it as stored.
    assert world.clients["learner"].get(f"/certificates/{world.certificate.pk}/pdf/").status_code == 200
    tally = Tally()
    fuzz_pages(world, public_pages(world), tally)
    tally.check("Public and admin query parameters and paths")


def test_a_nul_character_in_an_address_is_refused_the_same_way_on_every_database(world):
    hr = world.clients["hr"]
    for url in ("/hr/?program=%00", "/hr/export/officials.csv?q=a%00", "/transparency/?program=a%00"):
        response = hr.get(url)
        assert response.status_code == 400, url
        assert "NUL" in response.content.decode()
    for url in ("/hr/units/D1%00/", "/hr/officials/L001%00/", "/courses/%00/"):
        assert hr.get(url).status_code == 404, url
    # The verification pages answer a NUL like any other code that does not verify.
    assert hr.get("/verify/" + "A" * 31 + "%00/").status_code == 404
    assert "Null characters are not allowed." in str(
        hr.get("/verify/?code=a%00", HTTP_ACCEPT_LANGUAGE="en").context["form"].errors
    )
    assert hr.get("/hr/units/D1/?status=certified").status_code == 200  # the same page without the NUL
