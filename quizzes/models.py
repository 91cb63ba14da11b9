"""Final quizzes of courses and the attempts officials make at them.

An attempt stores exactly what was served (and the quiz revision), with the
answer key kept apart from what the browser ever sees, so a later edit of the
quiz never changes a past attempt or its grade.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from courses.fields import DefinitionFreeStreamField
from lms.core.pages import CachedViewRestrictionsMixin

from .blocks import QuestionPoolBlock


class QuestionStreamField(DefinitionFreeStreamField):
    block_class = QuestionPoolBlock


class ReviewPolicy(models.TextChoices):
    NEVER = "never", _("Never")
    AFTER_PASSING = "after_passing", _("After passing")
    AFTER_LAST_ATTEMPT = "after_last_attempt", _("After passing or after the last attempt")


class QuizPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """The final quiz of a course (a child page of the course)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(_("maximum attempts"), default=3, help_text=_("0 means unlimited."))
    cooldown_minutes = models.PositiveIntegerField(_("minutes between attempts"), default=60)
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True, validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no time limit."),
    )  # fmt: skip
    draw_count = models.PositiveSmallIntegerField(
        _("questions per attempt"), null=True, blank=True, validators=[MinValueValidator(1)],
        help_text=_("Draw this many questions from the pool for each attempt; empty means all."),
    )  # fmt: skip
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_answers = models.BooleanField(_("shuffle answers"), default=True)
    review_policy = models.CharField(
        _("show correct answers"), max_length=20, choices=ReviewPolicy.choices, default=ReviewPolicy.AFTER_PASSING
    )
    questions = QuestionStreamField(blank=True, verbose_name=_("question pool"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("cooldown_minutes"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("draw_count"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_answers"),
                FieldPanel("review_policy"),
            ],
            heading=_("Settings"),
        ),
        FieldPanel("questions"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "quizzes/quiz_page.html"

    class Meta:
        verbose_name = _("final quiz")

    @property
    def unlimited_attempts(self) -> bool:
        return self.max_attempts == 0

    @path("")
    def show(self, request):
        from .views import quiz_show

        return quiz_show(request, self)

    @path("start/")
    def start(self, request):
        from .views import quiz_start

        return quiz_start(request, self)

    @path("attempt/<int:attempt_id>/")
    def attempt(self, request, attempt_id: int):
        from .views import attempt_show

        return attempt_show(request, self, attempt_id)

    @path("attempt/<int:attempt_id>/submit/")
    def submit(self, request, attempt_id: int):
        from .views import attempt_submit_view

        return attempt_submit_view(request, self, attempt_id)

    @path("attempt/<int:attempt_id>/result/")
    def result(self, request, attempt_id: int):
        from .views import attempt_result

        return attempt_result(request, self, attempt_id)


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted")
    EXPIRED = "expired", _("Time ran out")


class QuizAttempt(models.Model):
    official = models.ForeignKey(
        "people.Official", on_delete=models.CASCADE, related_name="quiz_attempts", verbose_name=_("official")
    )
    quiz = models.ForeignKey(QuizPage, on_delete=models.PROTECT, related_name="attempts", verbose_name=_("quiz"))
    # The quiz whatever its language (translation key), and the revision that was served.
    quiz_key = models.UUIDField(_("quiz"))
    revision_id = models.BigIntegerField(null=True, blank=True)
    number = models.PositiveSmallIntegerField(_("attempt number"))
    status = models.CharField(
        _("status"), max_length=20, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    # What the browser was shown: [{"id", "type", "text", "image_id", "image_alt", "answers": [{"id", "text"}]}]
    served = models.JSONField(default=list)
    # Never sent to the browser: {question id: {"correct": [answer ids], "scoring": ..., "feedback": {...},
    # "explanation": ...}}
    answer_key = models.JSONField(default=dict)
    answers = models.JSONField(default=dict)  # {question id: [answer ids]}
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("passed"), default=False)
    # The personal attestation and where the attempt was started from (for integrity checks).
    attested_at = models.DateTimeField(_("attested"), null=True, blank=True)
    client_ip = models.GenericIPAddressField(_("address"), null=True, blank=True)
    device = models.CharField(_("device"), max_length=64, blank=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["official", "quiz_key"],
                condition=Q(status="in_progress"),
                name="quizzes_one_open_attempt_per_quiz",
            ),
            models.UniqueConstraint(fields=["official", "quiz_key", "number"], name="quizzes_attempt_number_unique"),
        ]
        indexes = [models.Index(fields=["official", "quiz_key"], name="quizzes_attempt_official_idx")]

    def __str__(self) -> str:
        return f"{self.official_id} #{self.number} ({self.status})"

    def is_open_at(self, when) -> bool:
        return self.status == AttemptStatus.IN_PROGRESS and (self.deadline is None or when <= self.deadline)


# Submissions that arrive this long after the deadline still count (network, clocks).
SUBMISSION_GRACE = timedelta(seconds=30)
