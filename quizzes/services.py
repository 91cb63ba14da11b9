"""Starting and grading quiz attempts. Grading happens here only, on the server."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage
from courses.services import course_completion_evaluate
from lms.core.errors import ServiceError
from lms.people.models import Official

from .models import SUBMISSION_GRACE, AttemptStatus, QuizAttempt, QuizPage
from .retakes import round_start
from .selectors import final_quiz_of
from .signals import quiz_passed

TRUE_FALSE_ANSWERS = ("true", "false")
_random = random.SystemRandom()


class QuizError(ServiceError):
    """A refusal the learner should read."""


@dataclass(frozen=True)
class QuizStatus:
    attempts_used: int
    attempts_left: int | None  # None: unlimited
    passed: bool
    best_score: Decimal | None
    open_attempt: QuizAttempt | None
    next_allowed_at: datetime | None
    last_attempt: QuizAttempt | None

    @property
    def can_start(self) -> bool:
        return self.refusal is None

    @property
    def refusal(self) -> QuizError | None:
        if self.open_attempt is not None:
            return None
        if self.passed:
            return QuizError("already_passed", _("You have already passed this quiz."))
        if self.attempts_left == 0:
            return QuizError("no_attempts_left", _("You have used every attempt allowed for this quiz."))
        if self.next_allowed_at is not None and timezone.now() < self.next_allowed_at:
            return QuizError(
                "cooldown",
                _("Your next attempt is possible from %(time)s.")
                % {"time": timezone.localtime(self.next_allowed_at).strftime("%d/%m/%Y %H:%M")},
            )
        return None


def quiz_status(*, official: Official, quiz: QuizPage, now: datetime | None = None) -> QuizStatus:
    now = now or timezone.now()
    attempts = list(QuizAttempt.objects.filter(official=official, quiz_key=quiz.translation_key).order_by("number"))
    since = round_start(official, quiz)
    if since is not None:
        # A new round (a renewal): earlier attempts count neither as passed nor against the limit.
        attempts = [a for a in attempts if a.started_at >= since or a.status == AttemptStatus.IN_PROGRESS]
    for attempt in attempts:
        if attempt.status == AttemptStatus.IN_PROGRESS and not attempt.is_open_at(now - SUBMISSION_GRACE):
            _expire(attempt)
    open_attempt = next((a for a in attempts if a.status == AttemptStatus.IN_PROGRESS), None)
    finished = [a for a in attempts if a.status != AttemptStatus.IN_PROGRESS]
    last = attempts[-1] if attempts else None
    scores = [a.score for a in finished if a.score is not None]
    ended_at = max((a.submitted_at or a.deadline or a.started_at for a in finished), default=None)
    cooldown = timedelta(minutes=quiz.cooldown_minutes)
    return QuizStatus(
        attempts_used=len(attempts),
        attempts_left=None if quiz.unlimited_attempts else max(quiz.max_attempts - len(attempts), 0),
        passed=any(a.passed for a in finished),
        best_score=max(scores) if scores else None,
        open_attempt=open_attempt,
        next_allowed_at=ended_at + cooldown if ended_at and cooldown else None,
        last_attempt=last,
    )  # fmt: skip


def _expire(attempt: QuizAttempt) -> None:
    QuizAttempt.objects.filter(pk=attempt.pk, status=AttemptStatus.IN_PROGRESS).update(status=AttemptStatus.EXPIRED)
    attempt.status = AttemptStatus.EXPIRED


def _serve(quiz: QuizPage) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Draw and order the questions of one attempt: what is shown, and the key kept on the server."""
    pool = list(quiz.questions)
    if quiz.draw_count and quiz.draw_count < len(pool):
        pool = _random.sample(pool, quiz.draw_count)
    if quiz.shuffle_questions:
        _random.shuffle(pool)
    served, key = [], {}
    for block in pool:
        value = block.value
        if block.block_type == "true_false":
            answers = [{"id": answer_id, "text": ""} for answer_id in TRUE_FALSE_ANSWERS]
            correct = [value["correct_answer"]]
            feedback = {"true": value["feedback_true"], "false": value["feedback_false"]}
            scoring = "single"
        else:
            items = list(value["answers"].bound_blocks)
            if quiz.shuffle_answers:
                _random.shuffle(items)
            answers = [{"id": item.id, "text": item.value["text"]} for item in items]
            correct = [item.id for item in items if item.value["correct"]]
            feedback = {item.id: item.value["feedback"] for item in items}
            scoring = "single" if block.block_type == "single" else value["scoring"]
        image = value.get("image")
        served.append({
            "id": block.id, "type": block.block_type, "text": value["text"].source,
            "image_id": image.pk if image else None, "image_alt": value.get("image_alt") or "", "answers": answers,
        })  # fmt: skip
        key[block.id] = {
            "correct": correct, "scoring": scoring, "feedback": feedback,
            "explanation": value["explanation"].source if value["explanation"] else "",
        }  # fmt: skip
    return served, key


def attempt_start(
    *, official: Official, quiz: QuizPage, now: datetime | None = None, origin: dict[str, Any] | None = None
) -> QuizAttempt:
    """Start an attempt (or resume the open one). Refuses with a QuizError the learner can read.

    ``origin`` keeps the attestation time, address, device and browser with the attempt.
    """
    now = now or timezone.now()
    status = quiz_status(official=official, quiz=quiz, now=now)
    if status.open_attempt is not None:
        return status.open_attempt
    if status.refusal is not None:
        raise status.refusal
    if not quiz.questions:
        raise QuizError("no_questions", _("This quiz has no questions yet."))
    served, key = _serve(quiz)
    # Numbers run on across rounds, so they stay unique per official and quiz.
    number = QuizAttempt.objects.filter(official=official, quiz_key=quiz.translation_key).count() + 1
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                official=official, quiz=quiz, quiz_key=quiz.translation_key, revision_id=quiz.live_revision_id,
                number=number, started_at=now,
                deadline=now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None,
                served=served, answer_key=key, **(origin or {}),
            )  # fmt: skip
    except IntegrityError:
        # A second tab started one at the same moment: resume that one.
        existing = QuizAttempt.objects.filter(
            official=official, quiz_key=quiz.translation_key, status=AttemptStatus.IN_PROGRESS
        ).first()
        if existing is None:
            raise
        return existing


def _question_score(chosen: set[str], key: dict[str, Any]) -> Decimal:
    correct = set(key["correct"])
    if key["scoring"] in ("single", "all"):
        return Decimal(1) if chosen == correct else Decimal(0)
    hits, misses = len(chosen & correct), len(chosen - correct)
    return max(Decimal(0), Decimal(hits - misses) / Decimal(len(correct)))


def _validated_answers(attempt: QuizAttempt, answers: dict[str, list[str]]) -> dict[str, list[str]]:
    served = {question["id"]: question for question in attempt.served}
    cleaned: dict[str, list[str]] = {}
    for question_id, chosen in answers.items():
        question = served.get(question_id)
        if question is None:
            raise QuizError("not_served", _("An answer refers to a question that was not part of this attempt."))
        allowed = {answer["id"] for answer in question["answers"]}
        chosen = list(dict.fromkeys(chosen))
        if not set(chosen) <= allowed:
            raise QuizError("not_served", _("An answer refers to a choice that was not offered."))
        if question["type"] != "multiple" and len(chosen) > 1:
            raise QuizError("one_answer", _("Choose only one answer for this question."))
        cleaned[question_id] = chosen
    return cleaned


def attempt_submit(
    *, attempt_id: int, official: Official, answers: dict[str, list[str]], now: datetime | None = None
) -> QuizAttempt:
    """Grade an attempt once. A second submission, someone else's attempt, an unserved choice or a
    late submission is refused with a QuizError and changes nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().select_related("quiz").filter(pk=attempt_id).first()
        if attempt is None or attempt.official_id != official.pk:
            raise QuizError("not_found", _("This attempt does not exist."))
        if attempt.status != AttemptStatus.IN_PROGRESS:
            raise QuizError("already_submitted", _("This attempt has already been submitted; it was graded once."))
        if attempt.deadline is not None and now > attempt.deadline + SUBMISSION_GRACE:
            attempt.status = AttemptStatus.EXPIRED
            attempt.save(update_fields=["status"])
            raise QuizError("time_up", _("The time allowed for this attempt is over; the answers were not graded."))
        cleaned = _validated_answers(attempt, answers)
        total = sum(
            (_question_score(set(cleaned.get(question["id"], [])), attempt.answer_key[question["id"]])
             for question in attempt.served),
            Decimal(0),
        )  # fmt: skip
        count = len(attempt.served) or 1
        attempt.score = (total * 100 / count).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        attempt.passed = attempt.score >= attempt.quiz.pass_mark
        attempt.answers = cleaned
        attempt.status = AttemptStatus.SUBMITTED
        attempt.submitted_at = now
        attempt.save(update_fields=["score", "passed", "answers", "status", "submitted_at"])
        if attempt.passed:
            course = CoursePage.objects.filter(pk=attempt.quiz.get_parent().pk).first()
            if course is not None:
                course_completion_evaluate(official=official, course=course)
            quiz_passed.send(
                sender=QuizAttempt, official_id=official.pk, quiz_key=attempt.quiz_key, attempt_id=attempt.pk
            )
    return attempt


def final_quiz_passed(official: Official, course: CoursePage) -> bool:
    """The completion requirement registered with courses: a course with a live final quiz needs it passed."""
    quiz = final_quiz_of(course)
    if quiz is None:
        return True
    return QuizAttempt.objects.filter(official=official, quiz_key=quiz.translation_key, passed=True).exists()
