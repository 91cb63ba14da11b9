"""How certification hears about learning, and what its outbox messages do.

Learning never imports certification: it announces completions and passes, and
the receivers here write an outbox row in the same transaction. The row is
relayed to Celery after commit, and swept again if the relay was lost.
"""

from __future__ import annotations

from typing import Any

from lms.outbox.services import handler

from .models import NoticeKind
from .services import (
    TOPIC_EVALUATE,
    TOPIC_ISSUED,
    TOPIC_REVOKED,
    certificate_issued_deliver,
    evaluation_request,
    notice_send,
    programs_evaluate,
)


def on_course_completed(sender: Any, *, official_id: int, **kwargs: Any) -> None:
    evaluation_request(official_id=official_id)


def on_quiz_passed(sender: Any, *, official_id: int, **kwargs: Any) -> None:
    # A pass can renew a certificate even when the course itself was completed long ago.
    evaluation_request(official_id=official_id)


@handler(TOPIC_EVALUATE)
def evaluate(payload: dict[str, Any]) -> None:
    programs_evaluate(official_id=payload["official_id"])


@handler(TOPIC_ISSUED, atomic=False)
def issued(payload: dict[str, Any]) -> None:
    certificate_issued_deliver(certificate_id=payload["certificate_id"])


@handler(TOPIC_REVOKED, atomic=False)
def revoked(payload: dict[str, Any]) -> None:
    notice_send(certificate_id=payload["certificate_id"], kind=NoticeKind.REVOKED)
