"""Reads about quizzes: final quizzes and passes for other domains, item analysis for trainers."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from wagtail.models import Page

from courses.models import CoursePage
from lms.people.models import Official

from .models import AttemptStatus, QuizAttempt, QuizPage


def final_quiz_of(course: CoursePage) -> QuizPage | None:
    """The course's live final quiz, if it has one (one query)."""
    return QuizPage.objects.child_of(course).live().first()


def course_title_of_quiz(quiz: str = "quiz") -> Subquery:
    """An annotation: the title of the course (the parent page) of the quiz at the ``quiz`` relation,
    so a list of attempts names each course without one query per row."""
    path = OuterRef(f"{quiz}__path")
    parent_path = Substr(path, 1, Length(path) - Page.steplen)
    return Subquery(Page.objects.filter(path=parent_path).values("title")[:1])


def latest_passes(
    *, official: Official, quiz_keys: list[UUID], since: datetime | None = None
) -> dict[UUID, QuizAttempt]:
    """The latest passing attempt per quiz, counting only attempts started at or after ``since``."""
    attempts = QuizAttempt.objects.filter(official=official, quiz_key__in=quiz_keys, passed=True)
    if since is not None:
        attempts = attempts.filter(started_at__gte=since)
    latest: dict[UUID, QuizAttempt] = {}
    for attempt in attempts.order_by("submitted_at", "pk"):
        latest[attempt.quiz_key] = attempt
    return latest


@dataclass
class AnswerStats:
    id: str
    text: str
    correct: bool
    picked: int = 0


@dataclass
class QuestionStats:
    id: str
    text: str
    type: str
    served: int = 0
    answered_correctly: int = 0
    answers: dict[str, AnswerStats] = field(default_factory=dict)

    @property
    def percent_correct(self) -> int:
        return round(100 * self.answered_correctly / self.served) if self.served else 0


@dataclass
class ItemAnalysis:
    attempts: int
    passed: int
    average_score: Decimal | None
    questions: list[QuestionStats]

    @property
    def pass_rate(self) -> int:
        return round(100 * self.passed / self.attempts) if self.attempts else 0


def item_analysis(*, quiz: QuizPage) -> ItemAnalysis:
    """Per quiz: graded attempts, pass rate, average score; per question: how often it was served and
    answered correctly, and how often each answer was picked. Reads the graded attempts once."""
    rows = QuizAttempt.objects.filter(quiz_key=quiz.translation_key, status=AttemptStatus.SUBMITTED).values_list(
        "served", "answer_key", "answers", "score", "passed"
    )
    questions: dict[str, QuestionStats] = {}
    picks: dict[str, Counter] = defaultdict(Counter)
    scores: list[Decimal] = []
    passed = 0
    for served, key, answers, score, did_pass in rows.iterator(chunk_size=500):
        scores.append(score)
        passed += did_pass
        for question in served:
            stats = questions.get(question["id"])
            correct = set(key[question["id"]]["correct"])
            if stats is None:
                stats = questions[question["id"]] = QuestionStats(id=question["id"], text=question["text"],
                                                                  type=question["type"])  # fmt: skip
            for answer in question["answers"]:
                stats.answers.setdefault(
                    answer["id"], AnswerStats(answer["id"], answer["text"], answer["id"] in correct)
                )
            chosen = set(answers.get(question["id"], []))
            stats.served += 1
            stats.answered_correctly += chosen == correct
            picks[question["id"]].update(chosen)
    for question_id, counter in picks.items():
        for answer_id, count in counter.items():
            if answer_id in questions[question_id].answers:
                questions[question_id].answers[answer_id].picked = count
    average = (sum(scores, Decimal(0)) / len(scores)).quantize(Decimal("0.1")) if scores else None
    ordered = sorted(questions.values(), key=lambda stats: stats.percent_correct)
    return ItemAnalysis(attempts=len(scores), passed=passed, average_score=average, questions=ordered)
