"""Writes of certification: issuing, revoking and renewing certificates, and telling the holder."""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit.services import audit_log
from lms.core.clock import db_now
from lms.core.errors import ServiceError
from lms.core.mail import absolute_url, bilingual_mail_send
from lms.outbox.models import OutboxMessage
from lms.outbox.services import outbox_enqueue
from lms.people.models import Official

from .gate import assignments_after_revocation, holder_lock
from .mandates import request_rollups
from .models import (
    Certificate,
    CertificateNotice,
    CertificateStatus,
    CertificationProgram,
    NoticeKind,
    NoticeState,
)
from .pdf import certificate_pdf_ensure, certificate_pdf_read, verify_url
from .selectors import program_evidence, program_round

logger = logging.getLogger(__name__)

TOPIC_EVALUATE = "certification.evaluate"
TOPIC_ISSUED = "certification.issued"
TOPIC_REVOKED = "certification.revoked"


class CertificationError(ServiceError):
    """A refusal about a certificate."""


def evaluation_request(*, official_id: int) -> None:
    """Ask, inside the caller's transaction, for the official's programs to be evaluated after commit.

    One pending request per official is enough: a quiz pass that completes a course announces both
    events in one transaction. Callers hold the official's row lock (course completion and grading
    take it), so a request being delivered either finished before or reads this transaction's data.
    """
    pending = OutboxMessage.objects.filter(
        topic=TOPIC_EVALUATE, processed_at__isnull=True, payload__official_id=official_id,
        attempts__lt=settings.LMS_OUTBOX_MAX_ATTEMPTS,
    )  # fmt: skip
    if not pending.exists():
        outbox_enqueue(TOPIC_EVALUATE, {"official_id": official_id})


def _serial_next(program: CertificationProgram, now: datetime) -> str:
    # The UPDATE takes the program's row lock, so concurrent issuances of one program queue here.
    CertificationProgram.objects.filter(pk=program.pk).update(serial_counter=F("serial_counter") + 1)
    number = CertificationProgram.objects.values_list("serial_counter", flat=True).get(pk=program.pk)
    return f"{program.code}-{timezone.localtime(now):%Y}-{number:06d}"


@transaction.atomic
def program_evaluate(*, official: Official, program: CertificationProgram) -> Certificate | None:
    """Issue the program's certificate if the official has earned it and holds no current one.

    Idempotent: the official's row is locked while deciding (PostgreSQL), and a partial
    unique index allows one current certificate per official and program, so repeated
    or concurrent calls issue exactly one. Returns the current certificate, if any.
    """
    holder_lock(official.pk)
    official = Official.objects.select_related("unit").get(pk=official.pk)
    now = db_now()
    standing = program_round(official=official, program=program, now=now)
    if not standing.open or not program.is_active or not official.is_active:
        return standing.current
    evidence = program_evidence(official=official, program=program, since=standing.since)
    if evidence is None:
        return standing.current
    previous = standing.current
    try:
        with transaction.atomic():
            if previous is not None:
                Certificate.objects.filter(pk=previous.pk).update(
                    status=CertificateStatus.SUPERSEDED, superseded_at=now
                )
            # A renewal continues from the old expiry, so renewing early costs nothing and leaves no gap.
            start = (
                previous.expires_at
                if previous is not None and previous.expires_at and previous.expires_at > now
                else now
            )
            certificate = Certificate.objects.create(
                program=program, official=official, serial=_serial_next(program, now),
                holder_name=official.full_name, unit_name=official.unit.name,
                program_name=program.name, program_name_en=program.name_en,
                courses=evidence, issued_at=now, expires_at=program.expiry_for(start), replaces=previous,
            )  # fmt: skip
    except IntegrityError:
        # Another transaction issued it first (only possible where the row lock is not enforced).
        return Certificate.objects.filter(official=official, program=program, status=CertificateStatus.ACTIVE).first()
    audit_log(
        action="certification.renew" if previous is not None else "certification.issue",
        target=certificate,
        details={"program": program.code, "official": official.employee_code, "serial": certificate.serial,
                 "replaces": previous.serial if previous is not None else None},
    )  # fmt: skip
    outbox_enqueue(TOPIC_ISSUED, {"certificate_id": certificate.pk})
    return certificate


def programs_evaluate(*, official_id: int) -> list[Certificate]:
    """Evaluate every issuing program for the official; returns the certificates issued or current."""
    official = Official.objects.filter(pk=official_id).first()
    if official is None:
        return []
    results = []
    for program in CertificationProgram.objects.filter(is_active=True).order_by("pk"):
        certificate = program_evaluate(official=official, program=program)
        if certificate is not None:
            results.append(certificate)
    return results


@transaction.atomic
def certificate_revoke(
    *, certificate: Certificate, by: Any, reason: str, request: HttpRequest | None = None
) -> Certificate:
    """Revoke a current certificate with a reason. Audited; the holder is told after commit."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificationError("reason_required", _("Give the reason for revoking this certificate."))
    holder_lock(certificate.official_id)
    locked = Certificate.objects.select_related("program").get(pk=certificate.pk)
    if locked.status != CertificateStatus.ACTIVE:
        raise CertificationError("not_current", _("Only a current certificate can be revoked."))
    locked.status = CertificateStatus.REVOKED
    locked.revoked_at = db_now()
    locked.revoked_by = by
    locked.revocation_reason = reason[:2000]
    locked.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"])
    audit_log(
        action="certification.revoke", actor=by, target=locked, request=request,
        details={"serial": locked.serial, "reason": locked.revocation_reason},
    )  # fmt: skip
    outbox_enqueue(TOPIC_REVOKED, {"certificate_id": locked.pk})
    # In the same transaction, under the same lock: no assignment outlives the certificate it rests on.
    assignments_after_revocation(certificate=locked, actor=by, request=request)
    request_rollups(unit_ids=[locked.official.unit_id])
    return locked


# --- Notices ---------------------------------------------------------------------------


def _claim(certificate_id: int, kind: str) -> bool:
    """Claim the right to send one notice. A notice claimed before (sent, or being sent) is never sent again."""
    try:
        with transaction.atomic():
            CertificateNotice.objects.create(certificate_id=certificate_id, kind=kind)
        return True
    except IntegrityError:
        # Only a send that failed cleanly (the mail server said no) may be tried again.
        return bool(
            CertificateNotice.objects.filter(certificate_id=certificate_id, kind=kind, state=NoticeState.FAILED).update(
                state=NoticeState.SENDING, error=""
            )
        )


def _days_until(moment: datetime | None) -> int | None:
    if moment is None:
        return None
    return max(0, math.ceil((moment - db_now()).total_seconds() / 86400))


def notice_send(*, certificate_id: int, kind: str, attach_pdf: bool = False) -> bool:
    """Email the holder about their certificate, at most once per certificate and kind.

    The claim is committed before the message leaves: a worker killed in between
    loses that one email rather than sending it twice. Returns True if it was sent.
    """
    certificate = Certificate.objects.select_related("official__user", "program").get(pk=certificate_id)
    address = certificate.official.user.email
    if not address or not _claim(certificate_id, kind):
        return False
    context = {
        "certificate": certificate,
        "verify_url": verify_url(certificate),
        "certificates_url": absolute_url("/certificates/"),
        "days": _days_until(certificate.expires_at),
    }
    attachments = []
    if attach_pdf:
        attachments.append((f"{certificate.serial}.pdf", certificate_pdf_read(certificate, "vi"), "application/pdf"))
    template = "expiry" if kind.startswith("expiry_") else kind
    try:
        bilingual_mail_send(
            template=f"certification/email/{template}", context=context, to=[address], attachments=attachments
        )
    except Exception as exc:
        CertificateNotice.objects.filter(certificate_id=certificate_id, kind=kind).update(
            state=NoticeState.FAILED, error=repr(exc)[:2000]
        )
        raise
    CertificateNotice.objects.filter(certificate_id=certificate_id, kind=kind).update(
        state=NoticeState.SENT, sent_at=timezone.now()
    )
    return True


def certificate_issued_deliver(*, certificate_id: int) -> None:
    """After issuance: store the PDF, then tell the holder with the PDF attached."""
    certificate = Certificate.objects.get(pk=certificate_id)
    certificate_pdf_ensure(certificate, "vi")
    notice_send(certificate_id=certificate_id, kind=NoticeKind.ISSUED, attach_pdf=True)


REMINDER_KINDS = ((7, NoticeKind.EXPIRY_7), (30, NoticeKind.EXPIRY_30), (60, NoticeKind.EXPIRY_60))


def expiry_reminders_send(*, now: datetime | None = None) -> int:
    """Send the reminder due for each current certificate expiring within 60 days: the closest
    threshold passed (60, 30 or 7 days), once per certificate and threshold. Returns how many were sent."""
    now = now or db_now()
    horizon = now + timedelta(days=REMINDER_KINDS[-1][0])
    due = Certificate.objects.filter(status=CertificateStatus.ACTIVE, expires_at__gt=now, expires_at__lte=horizon)
    sent = 0
    for certificate_id, expires_at in due.values_list("pk", "expires_at").iterator():
        left = expires_at - now
        kind = next(kind for days, kind in REMINDER_KINDS if left <= timedelta(days=days))
        try:
            sent += notice_send(certificate_id=certificate_id, kind=kind)
        except Exception:  # one failing address must not stop the others; the next run retries it
            logger.exception("Expiry reminder for certificate %s failed.", certificate_id)
    return sent


def renewal_round_start(official: Official, quiz: Any) -> datetime | None:
    """The provider registered with quizzes: while a program that needs this quiz's course can be
    earned again (renewal window, expiry, revocation), attempts count from that moment."""
    from .selectors import programs_requiring_course

    course = quiz.get_parent()
    now = db_now()
    starts = []
    for program in programs_requiring_course(course.translation_key):
        standing = program_round(official=official, program=program, now=now)
        if standing.open and standing.since is not None:
            starts.append(standing.since)
    return max(starts, default=None)


def program_requires_mfa(official: Official, quiz: Any) -> bool:
    """The provider registered with quizzes: a quiz of a course that an MFA-only program requires."""
    from .selectors import programs_requiring_course

    return programs_requiring_course(quiz.get_parent().translation_key).filter(require_mfa=True).exists()
