"""Object scope: an HR officer of unit B (district D2) who guesses the ids and codes of unit A's
(district D1) officials, certificates, exports, imports, quiz attempts, role assignments, mandates
and integrity flags gets exactly the answer of an id that does not exist, and changes nothing; so
does an API client registered for D2 asking about D1.

Each probe is first sent by ``hr_b`` (with a payload that would succeed) and compared with the
same request for an absent id; the watched tables must be identical before and after, and the
only audit rows written may be records of the refusal. The same probes sent by their rightful
user (``hr_a``, or the official who owns the attempt) succeed and have their effect, so the
payloads are not what stops ``hr_b``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.db import transaction

from certification.models import (
    Certificate,
    CertificateNotice,
    Enrolment,
    Export,
    IntegrityFlag,
    RoleAssignment,
    TrainingMandate,
)
from lms.audit.models import AuditEvent
from lms.outbox.models import OutboxMessage
from lms.people.models import HRScope, Official, OfficialImport
from quizzes.models import QuizAttempt

from .conftest import API_TOKEN_B, CERTIFIED, HR_A, HR_B, LEARNER, SecurityWorld

pytestmark = pytest.mark.django_db

WATCHED = (
    Certificate,
    CertificateNotice,
    RoleAssignment,
    IntegrityFlag,
    TrainingMandate,
    Enrolment,
    Export,
    OfficialImport,
    QuizAttempt,
    Official,
    HRScope,
    OutboxMessage,
)
# Audit rows a refusal may write (the HR area records refused requests); any other row is a success.
REFUSAL_RECORDS = {"access.denied"}
ABSENT_ID = 987654
ABSENT_CODE = "NO-SUCH-CODE"


@dataclass(frozen=True)
class Probe:
    name: str
    method: str
    path: str  # unit A's object; placeholders from ``values``
    absent: str  # the same request for an object that does not exist
    owner: str = HR_A  # who may make the request
    data: Callable[[SecurityWorld], dict[str, Any]] | None = None
    absent_data: Callable[[SecurityWorld], dict[str, Any]] | None = None  # for the absent request, if not ``data``
    effect: Callable[[SecurityWorld], bool] | None = None  # true once the owner's request took effect
    status: int = 404  # what hr_b gets, like the absent object
    owner_status: tuple[int, ...] = (200, 302)


def _answers(world: SecurityWorld) -> dict[str, Any]:
    attempt = world.a.open_attempt
    return {f"q-{question_id}": key["correct"] for question_id, key in attempt.answer_key.items()}


def _mandate(world: SecurityWorld, unit_code: str) -> dict[str, Any]:
    return {
        "program": world.personas.program.pk,
        "unit": unit_code,
        "include_descendants": "on",
        "due_date": "2099-12-31",
        "positions": "",
    }


def _cert(world) -> Certificate:
    return Certificate.objects.get(pk=world.a.certificate.pk)


# fmt: off
PROBES = [
    Probe("official page", "GET", "/hr/officials/{official_a}/", f"/hr/officials/{ABSENT_CODE}/"),
    Probe("official page of the holder", "GET", "/hr/officials/{holder_a}/", f"/hr/officials/{ABSENT_CODE}/"),
    Probe("official's roles page", "GET", "/hr/roles/officials/{holder_a}/", f"/hr/roles/officials/{ABSENT_CODE}/"),
    Probe("unit page", "GET", "/hr/units/{unit_a}/", f"/hr/units/{ABSENT_CODE}/"),
    Probe("ward page", "GET", "/hr/units/{ward_a}/", f"/hr/units/{ABSENT_CODE}/"),
    Probe("export of unit A's officials", "GET", "/hr/export/officials.csv?unit={unit_a}",
          f"/hr/export/officials.csv?unit={ABSENT_CODE}"),
    Probe("certificate detail", "GET", "/hr/certificates/{certificate_a}/", f"/hr/certificates/{ABSENT_ID}/"),
    Probe("certificate PDF", "GET", "/certificates/{certificate_a}/pdf/", f"/certificates/{ABSENT_ID}/pdf/"),
    Probe("certificate revocation", "POST", "/hr/certificates/{certificate_a}/revoke/",
          f"/hr/certificates/{ABSENT_ID}/revoke/", data=lambda w: {"reason": "Gian lận khi thi"},
          effect=lambda w: _cert(w).status == "revoked"),
    Probe("export job", "GET", "/hr/exports/{export_a}/", f"/hr/exports/{ABSENT_ID}/"),
    Probe("export job progress", "GET", "/hr/exports/{export_a}/?format=json", f"/hr/exports/{ABSENT_ID}/?format=json"),
    Probe("export file", "GET", "/hr/exports/{export_a}/download/", f"/hr/exports/{ABSENT_ID}/download/"),
    Probe("import report", "GET", "/hr/import/{import_a}/", f"/hr/import/{ABSENT_ID}/"),
    Probe("import progress", "GET", "/hr/import/{import_a}/status/", f"/hr/import/{ABSENT_ID}/status/"),
    Probe("assign form for unit A's official", "GET", "/hr/roles/assign/?official={holder_a}",
          f"/hr/roles/assign/?official={ABSENT_CODE}"),
    Probe("role assignment to unit A's official", "POST", "/hr/roles/assign/", "/hr/roles/assign/",
          data=lambda w: {"official": w.a.holder.employee_code, "role": w.roles[0].code, "unit": "D1-W2"},
          absent_data=lambda w: {"official": ABSENT_CODE, "role": w.roles[0].code, "unit": "D1-W2"},
          effect=lambda w: RoleAssignment.objects.filter(official=w.a.holder, unit__code="D1-W2").exists()),
    Probe("end of an assignment", "POST", "/hr/roles/assignments/{assignment_a}/end/",
          f"/hr/roles/assignments/{ABSENT_ID}/end/", data=lambda w: {"reason": "Chuyển công tác"},
          effect=lambda w: RoleAssignment.objects.get(pk=w.a.assignment.pk).status == "ended"),
    Probe("reactivation of a suspended assignment", "POST", "/hr/roles/assignments/{suspended_a}/reactivate/",
          f"/hr/roles/assignments/{ABSENT_ID}/reactivate/",
          effect=lambda w: RoleAssignment.objects.get(pk=w.a.suspended.pk).status == "active"),
    Probe("mandate cancellation", "POST", "/hr/mandates/{mandate_a}/cancel/", f"/hr/mandates/{ABSENT_ID}/cancel/",
          effect=lambda w: TrainingMandate.objects.get(pk=w.a.mandate.pk).cancelled_at is not None),
    Probe("mandate for unit A", "POST", "/hr/mandates/", "/hr/mandates/", status=400,
          data=lambda w: _mandate(w, "D1"), absent_data=lambda w: _mandate(w, ABSENT_CODE),
          effect=lambda w: TrainingMandate.objects.filter(unit=w.tree.d1).count() == 2),
    Probe("integrity flag cleared", "POST", "/hr/flags/{flag_a}/clear/", f"/hr/flags/{ABSENT_ID}/clear/",
          data=lambda w: {"note": "Đã xác minh với cán bộ"},
          effect=lambda w: IntegrityFlag.objects.get(pk=w.a.flag.pk).status == "cleared"),
    Probe("integrity flag's certificates revoked", "POST", "/hr/flags/{flag_a}/revoke/",
          f"/hr/flags/{ABSENT_ID}/revoke/", data=lambda w: {"note": "Thi hộ"},
          effect=lambda w: _cert(w).status == "revoked"),
    # Quiz attempts are reached through the quiz page; hr_b is an official too, but not their owner.
    Probe("quiz attempt in progress", "GET", "{quiz_url}attempt/{open_attempt_a}/",
          f"{{quiz_url}}attempt/{ABSENT_ID}/", owner=LEARNER),
    Probe("quiz attempt submission", "POST", "{quiz_url}attempt/{open_attempt_a}/submit/",
          f"{{quiz_url}}attempt/{ABSENT_ID}/submit/", owner=LEARNER, data=_answers,
          effect=lambda w: QuizAttempt.objects.get(pk=w.a.open_attempt.pk).status == "submitted"),
    Probe("quiz attempt result", "GET", "{quiz_url}attempt/{attempt_a}/result/",
          f"{{quiz_url}}attempt/{ABSENT_ID}/result/", owner=CERTIFIED),
]
# fmt: on


def _values(world: SecurityWorld) -> dict[str, Any]:
    return {
        "official_a": world.a.official.employee_code,
        "holder_a": world.a.holder.employee_code,
        "unit_a": world.tree.d1.code,
        "ward_a": world.tree.d1_w1.code,
        "certificate_a": world.a.certificate.pk,
        "export_a": world.a.export.pk,
        "import_a": world.a.official_import.pk,
        "assignment_a": world.a.assignment.pk,
        "suspended_a": world.a.suspended.pk,
        "mandate_a": world.a.mandate.pk,
        "flag_a": world.a.flag.pk,
        "quiz_url": world.personas.quiz.url,
        "open_attempt_a": world.a.open_attempt.pk,
        "attempt_a": world.a.attempt.pk,
    }


def snapshot() -> dict[str, list[dict[str, Any]]]:
    return {model._meta.label: list(model.objects.order_by("pk").values()) for model in WATCHED}


def _send(client, method: str, path: str, data: dict[str, Any]):
    return client.post(path, data) if method == "POST" else client.get(path)


def _audit_mark() -> int:
    last = AuditEvent.objects.order_by("-pk").first()
    return last.pk if last else 0


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)

    def check(self, condition: bool, message: str) -> None:
        if not condition:
            self.failures.append(message)


def test_hr_of_another_unit_gets_not_found_and_changes_nothing(security_world):
    world, values, report = security_world, _values(security_world), Report()
    client = world.personas[HR_B].client
    for probe in PROBES:
        path, absent = probe.path.format_map(values), probe.absent.format_map(values)
        data = probe.data(world) if probe.data else {}
        absent_data = probe.absent_data(world) if probe.absent_data else data
        before, mark = snapshot(), _audit_mark()
        response = _send(client, probe.method, path, data)
        missing = _send(client, probe.method, absent, absent_data)
        report.check(
            response.status_code == probe.status,
            f"{probe.name}: {probe.method} {path} answered {response.status_code}, not {probe.status}",
        )
        report.check(
            (response.status_code, response.get("Content-Type")) == (missing.status_code, missing.get("Content-Type")),
            f"{probe.name}: {response.status_code} differs from the absent object's {missing.status_code}",
        )
        report.check(snapshot() == before, f"{probe.name}: {probe.method} {path} changed the database")
        written = set(AuditEvent.objects.filter(pk__gt=mark).values_list("action", flat=True))
        report.check(written <= REFUSAL_RECORDS, f"{probe.name}: audit rows of actions: {written - REFUSAL_RECORDS}")
    assert not report.failures, "\n".join(report.failures)


def test_the_same_requests_succeed_for_their_rightful_user(security_world):
    """The control: the payloads hr_b sent work for hr_a (or the attempt's owner), so scope is what refused them."""
    world, values, report = security_world, _values(security_world), Report()
    for probe in PROBES:
        client = world.personas[probe.owner].client
        path = probe.path.format_map(values)
        data = probe.data(world) if probe.data else {}
        with transaction.atomic():
            response = _send(client, probe.method, path, data)
            report.check(
                response.status_code in probe.owner_status,
                f"{probe.name}: {probe.owner} got {response.status_code} for {probe.method} {path}",
            )
            if probe.effect is not None:
                report.check(probe.effect(world), f"{probe.name}: {probe.owner}'s request had no effect")
            transaction.set_rollback(True)
    assert not report.failures, "\n".join(report.failures)


# fmt: off
API_PROBES = [
    ("certifications of unit A's holder", "/api/v1/officials/{holder_a}/certifications",
     f"/api/v1/officials/{ABSENT_CODE}/certifications"),
    ("eligibility of unit A's holder", "/api/v1/officials/{holder_a}/eligibility?role={role}",
     f"/api/v1/officials/{ABSENT_CODE}/eligibility?role={{role}}"),
    ("eligibility of unit A's official", "/api/v1/officials/{official_a}/eligibility?role={role}",
     f"/api/v1/officials/{ABSENT_CODE}/eligibility?role={{role}}"),
    ("figures of unit A", "/api/v1/units/{unit_a}/stats", f"/api/v1/units/{ABSENT_CODE}/stats"),
    ("figures of a ward of unit A", "/api/v1/units/{ward_a}/stats", f"/api/v1/units/{ABSENT_CODE}/stats"),
]
# fmt: on


def test_an_api_client_of_another_unit_gets_the_uniform_not_found(security_world, client):
    world, report = security_world, Report()
    values = {**_values(world), "role": world.roles[0].code}
    own = world.personas["api"].client  # the client system registered for D1
    headers = {"HTTP_AUTHORIZATION": f"Bearer {API_TOKEN_B}"}
    for name, template, absent_template in API_PROBES:
        path, absent = template.format_map(values), absent_template.format_map(values)
        before, mark = snapshot(), _audit_mark()
        response, missing = client.get(path, **headers), client.get(absent, **headers)
        report.check(response.status_code == 404, f"{name}: {path} answered {response.status_code} to D2's client")
        report.check(
            response.json() == missing.json(),
            f"{name}: {response.json()} differs from the absent record's {missing.json()}",
        )
        report.check(snapshot() == before, f"{name}: {path} changed the database")
        written = list(AuditEvent.objects.filter(pk__gt=mark).values_list("action", "details"))
        report.check(
            all(
                action in REFUSAL_RECORDS or (action == "api.call" and details["status"] == 404)
                for action, details in written
            ),
            f"{name}: audit rows other than records of the refused calls: {written}",
        )
        report.check(own.get(path).status_code == 200, f"{name}: D1's own client does not get {path}")
    assert not report.failures, "\n".join(report.failures)
