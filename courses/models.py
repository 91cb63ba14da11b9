"""Course pages, lesson pages, lesson progress and course completions.

Progress is keyed by the pages' translation keys, so a leader who switches
between Vietnamese and English keeps one record per lesson and course.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from lms.core.pages import CachedViewRestrictionsMixin

from .fields import LessonStreamField

# Lessons above this estimate get a warning in the editor: leaders are busy.
LESSON_MINUTES_WARNING = 15


class Topic(models.TextChoices):
    EMAIL = "email", _("Official email")
    ESIGNATURE = "esignature", _("Digital signatures")
    DASHBOARD = "dashboard", _("One-stop-shop dashboard")
    OTHER = "other", _("Other")


class CourseIndexPage(CachedViewRestrictionsMixin, Page):
    """The course catalog (``/courses/``)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    template = "courses/course_index_page.html"

    class Meta:
        verbose_name = _("course catalog")

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalog_for

        context = super().get_context(request, *args, **kwargs)
        topic = request.GET.get("topic", "")
        context["topics"] = Topic.choices
        context["topic"] = topic if topic in Topic.values else ""
        context["cards"] = catalog_for(catalog=self, user=request.user, topic=context["topic"])
        return context


class CoursePage(CachedViewRestrictionsMixin, Page):
    summary = models.TextField(_("summary"), max_length=500)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices, default=Topic.OTHER)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = models.CharField(_("audience"), max_length=250, blank=True)
    learning_outcomes = models.TextField(
        _("learning outcomes"), blank=True, max_length=2000, help_text=_("One outcome per line.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("topic"),
        FieldPanel("cover_image"),
        FieldPanel("audience"),
        FieldPanel("learning_outcomes"),
        HelpPanel(_("Add lessons as child pages of this course, in the order they should be taken.")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CourseIndexPage"]
    # A course holds its lessons and, optionally, one final quiz (a page type of the quizzes app).
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course")

    def outcomes(self) -> list[str]:
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_progress

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = course_progress(course=self, user=request.user)
        return context


class LessonPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        # format_lazy keeps the text lazy, so migrations never capture one language.
        help_text=format_lazy(_("Keep lessons short: {minutes} minutes or less."), minutes=LESSON_MINUTES_WARNING),
    )
    body = LessonStreamField(blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")

    @property
    def is_long(self) -> bool:
        return self.estimated_minutes > LESSON_MINUTES_WARNING

    @path("")
    def show(self, request):
        from .views import lesson_show

        return lesson_show(request, self)

    @path("finish/")
    def finish(self, request):
        from .views import lesson_finish_view

        return lesson_finish_view(request, self)

    @path("practice/<int:index>/")
    def practice(self, request, index: int):
        from .views import practice_answer

        return practice_answer(request, self, index)


class LessonProgress(models.Model):
    """One official's progress in one lesson (whatever language they read it in)."""

    official = models.ForeignKey(
        "people.Official", on_delete=models.CASCADE, related_name="lesson_progress", verbose_name=_("official")
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"))
    first_viewed_at = models.DateTimeField(_("first viewed"))
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # The live revision the official finished, so a later edit can be told apart.
    completed_revision_id = models.BigIntegerField(null=True, blank=True)
    seconds_spent = models.PositiveIntegerField(_("time spent (seconds)"), default=0)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["official", "lesson_key"], name="courses_progress_official_lesson_unique")
        ]
        indexes = [models.Index(fields=["official", "course_key"], name="courses_progress_course_idx")]

    def __str__(self) -> str:
        return f"{self.official_id}: {self.lesson_key}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class CourseCompletion(models.Model):
    """The recorded event of an official completing a course; it stands when content changes later."""

    official = models.ForeignKey(
        "people.Official", on_delete=models.CASCADE, related_name="course_completions", verbose_name=_("official")
    )
    course_key = models.UUIDField(_("course"))
    completed_at = models.DateTimeField(_("completed"))
    course_revision_id = models.BigIntegerField(null=True, blank=True)
    # {lesson translation key: live revision id when the course was completed}
    lesson_revisions = models.JSONField(_("lesson revisions"), default=dict)

    class Meta:
        verbose_name = _("course completion")
        verbose_name_plural = _("course completions")
        constraints = [
            models.UniqueConstraint(fields=["official", "course_key"], name="courses_completion_official_course_unique")
        ]

    def __str__(self) -> str:
        return f"{self.official_id}: {self.course_key} ({self.completed_at:%Y-%m-%d})"
