"""How certification hears about learning, and what its outbox messages do.

Learning never imports certification: it announces completions and passes, and
the receivers here write an outbox row in the same transaction. The row is
relayed to Celery after commit, and swept again if the relay was lost.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from lms.core.clock import db_now
from lms.core.mail import absolute_url, bilingual_mail_send
from lms.outbox.services import handler, outbox_enqueue
from lms.people.models import Official
from lms.people.scope import hr_officers_covering

from .gate import TOPIC_REQUIREMENT_ADDED, TOPIC_SUSPENDED
from .integrity import attempt_check
from .issuance import programs_evaluate_batch
from .mandates import mandates_apply_to
from .models import AssignmentStatus, Certificate, NoticeKind, RoleAssignment, RoleRequirement
from .rollups import rollups_refresh
from .services import (
    TOPIC_EVALUATE,
    TOPIC_ISSUED,
    TOPIC_REVOKED,
    certificate_issued_deliver,
    evaluation_request,
    notice_send,
)


def on_course_completed(sender: Any, *, official_id: int, **kwargs: Any) -> None:
    evaluation_request(official_id=official_id)


def on_quiz_passed(sender: Any, *, official_id: int, attempt_id: int, **kwargs: Any) -> None:
    # A pass can renew a certificate even when the course itself was completed long ago.
    evaluation_request(official_id=official_id)
    outbox_enqueue("integrity.check", {"attempt_id": attempt_id})


@handler("integrity.check")
def integrity_check(payload: dict[str, Any]) -> None:
    attempt_check(attempt_id=payload["attempt_id"])


@handler(TOPIC_EVALUATE, coalesce=lambda: settings.LMS_EVALUATE_BATCH)
def evaluate(payloads: list[dict[str, Any]]) -> None:
    """Evaluate the officials of every pending request taken with this delivery, together."""
    official_ids = sorted({payload["official_id"] for payload in payloads})
    programs_evaluate_batch(official_ids=official_ids)
    # The officials' progress or certification changed: their units' figures follow.
    unit_ids = sorted(set(Official.objects.filter(pk__in=official_ids).values_list("unit_id", flat=True)))
    if unit_ids:
        rollups_refresh(unit_ids=unit_ids)


@handler("rollups.refresh")
def rollups(payload: dict[str, Any]) -> None:
    rollups_refresh(unit_ids=payload.get("unit_ids"))


@handler("mandates.placed")
def placed(payload: dict[str, Any]) -> None:
    ids = payload["official_ids"]
    mandates_apply_to(official_ids=ids)
    rollups_refresh(unit_ids=list(Official.objects.filter(pk__in=ids).values_list("unit_id", flat=True).distinct()))


def on_officials_placed(sender: Any, *, official_ids: list[int], **kwargs: Any) -> None:
    with transaction.atomic():
        outbox_enqueue("mandates.placed", {"official_ids": list(official_ids)})


@handler(TOPIC_ISSUED, atomic=False)
def issued(payload: dict[str, Any]) -> None:
    certificate_issued_deliver(certificate_id=payload["certificate_id"])


@handler(TOPIC_REVOKED, atomic=False)
def revoked(payload: dict[str, Any]) -> None:
    notice_send(certificate_id=payload["certificate_id"], kind=NoticeKind.REVOKED)


@handler(TOPIC_SUSPENDED)
def suspended(payload: dict[str, Any]) -> None:
    """Tell the official and the HR officers of the unit, once per suspension."""
    assignments = RoleAssignment.objects.filter(pk__in=payload["assignment_ids"]).select_related(
        "official__user", "role", "unit"
    )
    for assignment in assignments:
        _tell(assignment, "certification/email/role_suspended", {"assignment": assignment})


@handler(TOPIC_REQUIREMENT_ADDED)
def requirement_added(payload: dict[str, Any]) -> None:
    """Warn current holders who lack the newly required program, and their HR officers."""
    requirement = RoleRequirement.objects.select_related("role", "program").filter(pk=payload["requirement_id"]).first()
    if requirement is None:
        return
    holders = (
        RoleAssignment.objects.filter(role=requirement.role, status=AssignmentStatus.ACTIVE)
        .exclude(official__certificates__in=Certificate.objects.valid_at(db_now()).filter(program=requirement.program))
        .select_related("official__user", "role", "unit")
    )
    for assignment in holders:
        _tell(
            assignment, "certification/email/role_requirement", {"assignment": assignment, "requirement": requirement}
        )


def _tell(assignment: RoleAssignment, template: str, context: dict[str, Any]) -> None:
    recipients = {
        assignment.official.user.email,
        *hr_officers_covering(assignment.unit).values_list("email", flat=True),
    }
    link = absolute_url(reverse("roles_hr:official", kwargs={"code": assignment.official.employee_code}))
    for address in sorted(filter(None, recipients)):
        bilingual_mail_send(template=template, context={**context, "link": link}, to=[address])


def on_requirement_saved(sender: Any, *, instance: RoleRequirement, created: bool, **kwargs: Any) -> None:
    if created:
        outbox_enqueue(TOPIC_REQUIREMENT_ADDED, {"requirement_id": instance.pk})
