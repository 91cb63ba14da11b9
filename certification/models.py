"""Certification programs and the certificates officials earn from them."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable

# 32 random bytes would be more than enough; 24 give 192 bits in 32 URL-safe characters.
VERIFICATION_CODE_BYTES = 24
VERIFICATION_CODE_LENGTH = 32


def verification_code_new() -> str:
    return secrets.token_urlsafe(VERIFICATION_CODE_BYTES)


class CertificationProgram(ClusterableModel):
    """What an official must complete to be certified, and for how long the certificate holds."""

    code = models.CharField(
        _("code"),
        max_length=20,
        unique=True,
        validators=[RegexValidator(r"^[A-Z0-9][A-Z0-9-]*$", _("Use capital letters, digits and hyphens."))],
        help_text=_("Short and stable, used in serial numbers, e.g. DLF."),
    )
    name = models.CharField(_("name (Vietnamese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    validity_months = models.PositiveSmallIntegerField(
        _("validity (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("Leave empty for certificates that do not expire."),
    )
    renewal_window_days = models.PositiveSmallIntegerField(
        _("renewal window (days)"),
        default=60,
        validators=[MaxValueValidator(3650)],
        help_text=_("How many days before expiry the official may retake the final quizzes to renew."),
    )
    is_active = models.BooleanField(
        _("issuing"), default=True, help_text=_("Switch off to stop issuing new certificates for this program.")
    )
    require_mfa = models.BooleanField(
        _("final quizzes need two-factor authentication"),
        default=False,
        help_text=_("Officials without an authenticator are guided to set one up before they can start."),
    )
    # Last serial number used; taken under a row lock.
    serial_counter = models.PositiveIntegerField(default=0, editable=False)

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("code"), FieldPanel("is_active")]), FieldPanel("name"), FieldPanel("name_en"),
             FieldPanel("description")],
            heading=_("Program"),
        ),
        FieldRowPanel([FieldPanel("validity_months"), FieldPanel("renewal_window_days")], heading=_("Validity")),
        FieldPanel("require_mfa"),
        InlinePanel("required_courses", heading=_("Required courses"), label=_("course"), min_num=1),
    ]  # fmt: skip

    class Meta:
        verbose_name = _("certification program")
        verbose_name_plural = _("certification programs")
        ordering = ["code"]
        constraints = [models.UniqueConstraint(Upper("code"), name="certification_program_code_ci_unique")]

    def __str__(self) -> str:
        return f"{self.code} · {self.display_name}"

    @property
    def display_name(self) -> str:
        return self.name_en if get_language() == "en" and self.name_en else self.name

    def clean(self) -> None:
        super().clean()
        if self.validity_months is None and self.renewal_window_days:
            # A window before an expiry that never comes means nothing; keep the data honest.
            self.renewal_window_days = 0

    def expiry_for(self, start: datetime) -> datetime | None:
        return None if self.validity_months is None else start + relativedelta(months=self.validity_months)


class ProgramCourse(Orderable):
    program = ParentalKey(CertificationProgram, on_delete=models.CASCADE, related_name="required_courses")
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="+", verbose_name=_("course")
    )

    panels = [PageChooserPanel("course", "courses.CoursePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("required course")
        verbose_name_plural = _("required courses")
        constraints = [models.UniqueConstraint(fields=["program", "course"], name="certification_programcourse_unique")]

    def clean(self) -> None:
        super().clean()
        from wagtail.models import Locale

        if self.course_id and self.course.locale_id != Locale.get_default().pk:
            raise ValidationError(
                {"course": _("Choose the course in the default language; its translations count the same.")}
            )


class CertificateStatus(models.TextChoices):
    # Stored states. "Expired" is never stored: it is computed from the dates.
    ACTIVE = "active", _("active")
    REVOKED = "revoked", _("revoked")
    SUPERSEDED = "superseded", _("replaced by a renewal")


class LiveStatus(models.TextChoices):
    VALID = "valid", _("valid")
    EXPIRED = "expired", _("expired")
    REVOKED = "revoked", _("revoked")
    SUPERSEDED = "superseded", _("replaced by a renewal")


class CertificateQuerySet(models.QuerySet):
    def valid_at(self, moment: datetime) -> CertificateQuerySet:
        return self.filter(status=CertificateStatus.ACTIVE, issued_at__lte=moment).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=moment)
        )


class Certificate(models.Model):
    """A certificate as issued: a snapshot that later edits of names and courses do not change."""

    program = models.ForeignKey(
        CertificationProgram, on_delete=models.PROTECT, related_name="certificates", verbose_name=_("program")
    )
    official = models.ForeignKey(
        "people.Official", on_delete=models.PROTECT, related_name="certificates", verbose_name=_("official")
    )
    serial = models.CharField(_("serial number"), max_length=40, unique=True)
    verification_code = models.CharField(
        _("verification code"), max_length=64, unique=True, default=verification_code_new, editable=False
    )
    status = models.CharField(
        _("status"), max_length=12, choices=CertificateStatus.choices, default=CertificateStatus.ACTIVE
    )
    # Snapshots at issue time.
    holder_name = models.CharField(_("holder"), max_length=200)
    unit_name = models.CharField(_("unit"), max_length=200)
    program_name = models.CharField(_("program name"), max_length=200)
    program_name_en = models.CharField(_("program name (English)"), max_length=200, blank=True)
    # [{"key", "title", "title_en", "completed_at", "course_revision_id", "lesson_revisions",
    #   "quiz_attempt_id", "quiz_revision_id"}], in the program's order.
    courses = models.JSONField(_("courses"), default=list)
    issued_at = models.DateTimeField(_("issued"))
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    replaces = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="replaced_by",
        verbose_name=_("renews"),
    )  # fmt: skip
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("revoked by"),
    )  # fmt: skip
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    superseded_at = models.DateTimeField(_("replaced"), null=True, blank=True)
    # Stored PDF names in the private storage, by language.
    pdf_files = models.JSONField(_("PDF files"), default=dict, blank=True, editable=False)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # One current certificate per official and program: duplicate events, task
            # retries and concurrent completions cannot issue a second one.
            models.UniqueConstraint(
                fields=["official", "program"],
                condition=models.Q(status="active"),
                name="certification_one_current_certificate",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="revoked") | models.Q(revoked_at__isnull=False),
                name="certification_revoked_has_date",
            ),
        ]
        indexes = [models.Index(fields=["official", "program", "-issued_at"], name="certification_cert_holder")]

    def __str__(self) -> str:
        return f"{self.serial} · {self.holder_name}"

    @property
    def display_program_name(self) -> str:
        return self.program_name_en if get_language() == "en" and self.program_name_en else self.program_name

    def live_status(self, now: datetime) -> str:
        if self.status == CertificateStatus.REVOKED:
            return LiveStatus.REVOKED
        if self.status == CertificateStatus.SUPERSEDED:
            return LiveStatus.SUPERSEDED
        if self.expires_at is not None and now >= self.expires_at:
            return LiveStatus.EXPIRED
        return LiveStatus.VALID

    def renewal_opens_at(self, window_days: int) -> datetime | None:
        return None if self.expires_at is None else self.expires_at - timedelta(days=window_days)

    def renewal_is_open(self, now: datetime) -> bool:
        """Inside the program's renewal window, or expired: the final quizzes can be taken again."""
        opens = self.renewal_opens_at(self.program.renewal_window_days)
        return self.status == CertificateStatus.ACTIVE and opens is not None and now >= opens

    def course_titles(self) -> list[str]:
        english = get_language() == "en"
        return [(course.get("title_en") if english else None) or course["title"] for course in self.courses]


class NoticeKind(models.TextChoices):
    ISSUED = "issued", _("issued")
    REVOKED = "revoked", _("revoked")
    EXPIRY_60 = "expiry_60", _("expires in 60 days")
    EXPIRY_30 = "expiry_30", _("expires in 30 days")
    EXPIRY_7 = "expiry_7", _("expires in 7 days")


class NoticeState(models.TextChoices):
    SENDING = "sending", _("sending")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")


class CertificateNotice(models.Model):
    """One email about one certificate. The row is claimed before sending, so it is sent at most once."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(_("kind"), max_length=12, choices=NoticeKind.choices)
    state = models.CharField(_("state"), max_length=8, choices=NoticeState.choices, default=NoticeState.SENDING)
    created_at = models.DateTimeField(_("claimed"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("certificate notice")
        verbose_name_plural = _("certificate notices")
        constraints = [models.UniqueConstraint(fields=["certificate", "kind"], name="certification_notice_once")]

    def __str__(self) -> str:
        return f"{self.certificate_id} {self.kind} ({self.state})"


class ReformRole(ClusterableModel):
    """An administrative-reform duty that only certified officials may hold."""

    code = models.SlugField(_("code"), max_length=50, unique=True, help_text=_("Stable, e.g. one-stop-desk."))
    name = models.CharField(_("name (Vietnamese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("description"),
        InlinePanel("requirements", heading=_("Required certification programs"), label=_("program"), min_num=1),
    ]

    class Meta:
        verbose_name = _("reform role")
        verbose_name_plural = _("reform roles")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.name_en if get_language() == "en" and self.name_en else self.name


class RoleRequirement(Orderable):
    """A program a role requires. Holders who lack a newly added program keep the role until ``enforced_from``."""

    role = ParentalKey(ReformRole, on_delete=models.CASCADE, related_name="requirements")
    program = models.ForeignKey(
        CertificationProgram, on_delete=models.PROTECT, related_name="role_requirements", verbose_name=_("program")
    )
    added_at = models.DateTimeField(_("added"), default=timezone.now, editable=False)

    panels = [FieldPanel("program")]

    class Meta(Orderable.Meta):
        verbose_name = _("required program")
        verbose_name_plural = _("required programs")
        constraints = [models.UniqueConstraint(fields=["role", "program"], name="certification_role_program_unique")]

    def __str__(self) -> str:
        return f"{self.role_id}: {self.program_id}"

    @property
    def enforced_from(self) -> datetime:
        """From then on, current holders without the program are suspended (the grace period ends)."""
        return self.added_at + grace_period()


def grace_period() -> timedelta:
    return timedelta(days=settings.LMS_ROLE_REQUIREMENT_GRACE_DAYS)


class AssignmentStatus(models.TextChoices):
    ACTIVE = "active", _("active")
    SUSPENDED = "suspended", _("suspended")
    ENDED = "ended", _("ended")


class RoleAssignment(models.Model):
    """An official holding a reform role in a unit. Written only by ``certification.gate``; never deleted."""

    official = models.ForeignKey(
        "people.Official", on_delete=models.PROTECT, related_name="role_assignments", verbose_name=_("official")
    )
    role = models.ForeignKey(ReformRole, on_delete=models.PROTECT, related_name="assignments", verbose_name=_("role"))
    unit = models.ForeignKey("people.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("assigned by")
    )
    assigned_at = models.DateTimeField(_("assigned"))
    status = models.CharField(_("status"), max_length=10, choices=AssignmentStatus.choices)
    status_changed_at = models.DateTimeField(_("status changed"))
    status_reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        ordering = ["-status_changed_at", "-pk"]
        constraints = [
            # One open (active or suspended) assignment per official, role and unit.
            models.UniqueConstraint(
                fields=["official", "role", "unit"],
                condition=models.Q(status__in=["active", "suspended"]),
                name="certification_one_open_assignment",
            )
        ]
        indexes = [models.Index(fields=["status", "role"], name="certification_assign_status")]

    def __str__(self) -> str:
        return f"{self.official_id} · {self.role_id} · {self.unit_id} ({self.status})"


class TrainingMandate(models.Model):
    """HR requires a program of a unit's officials by a date; it applies to everyone who matches, now and later."""

    program = models.ForeignKey(
        CertificationProgram, on_delete=models.PROTECT, related_name="mandates", verbose_name=_("program")
    )
    unit = models.ForeignKey("people.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    include_descendants = models.BooleanField(_("include sub-units"), default=True)
    leaders_only = models.BooleanField(_("leaders only"), default=False)
    positions = models.TextField(
        _("positions"),
        blank=True,
        help_text=_("Optional: one position per line; only officials whose position contains one of them."),
    )
    due_date = models.DateField(_("due date"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    class Meta:
        verbose_name = _("training mandate")
        verbose_name_plural = _("training mandates")
        ordering = ["due_date", "pk"]

    def __str__(self) -> str:
        return f"{self.program.code} · {self.unit.code} · {self.due_date:%d/%m/%Y}"

    @property
    def position_list(self) -> list[str]:
        return [line.strip() for line in self.positions.splitlines() if line.strip()]


class Enrolment(models.Model):
    """One official under one mandate. Its status is computed from certificates and progress."""

    mandate = models.ForeignKey(TrainingMandate, on_delete=models.CASCADE, related_name="enrolments")
    official = models.ForeignKey("people.Official", on_delete=models.CASCADE, related_name="enrolments")
    created_at = models.DateTimeField(_("enrolled"), auto_now_add=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["mandate", "official"], name="certification_enrolment_once")]

    def __str__(self) -> str:
        return f"{self.official_id} · {self.mandate_id}"

    # The program and the due date are the mandate's: one place to change them.
    @property
    def program(self) -> CertificationProgram:
        return self.mandate.program

    @property
    def due_date(self):
        return self.mandate.due_date


class Reminder(models.Model):
    """A reminder sent once: the unique key names what it was about (enrolment and threshold, or digest week)."""

    key = models.CharField(_("key"), max_length=120, unique=True)
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")

    def __str__(self) -> str:
        return self.key


class UnitRollup(models.Model):
    """Per unit and program, the unit's own officials (sub-units have their own rows). Read by dashboards."""

    unit = models.ForeignKey("people.Unit", on_delete=models.CASCADE, related_name="+")
    program = models.ForeignKey(CertificationProgram, on_delete=models.CASCADE, related_name="+")
    officials = models.PositiveIntegerField(default=0)
    leaders = models.PositiveIntegerField(default=0)
    certified = models.PositiveIntegerField(default=0)
    leaders_certified = models.PositiveIntegerField(default=0)
    in_progress = models.PositiveIntegerField(default=0)
    overdue = models.PositiveIntegerField(default=0)
    overdue_leaders = models.PositiveIntegerField(default=0)
    expiring = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "program"], name="certification_rollup_once")]

    def __str__(self) -> str:
        return f"{self.unit_id} · {self.program_id}"

    @property
    def not_started(self) -> int:
        return max(self.officials - self.certified - self.in_progress, 0)


class UnitSnapshot(models.Model):
    """A day's figures per unit and program, for trend lines: the unit's own officials, and its subtree's."""

    unit = models.ForeignKey("people.Unit", on_delete=models.CASCADE, related_name="+")
    program = models.ForeignKey(CertificationProgram, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    officials = models.PositiveIntegerField(default=0)
    certified = models.PositiveIntegerField(default=0)
    leaders = models.PositiveIntegerField(default=0)
    leaders_certified = models.PositiveIntegerField(default=0)
    # The same day's figures for the unit and every active unit below it, so that a trend over a
    # whole subtree reads one row a day.
    tree_officials = models.PositiveIntegerField(default=0)
    tree_certified = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "program", "day"], name="certification_snapshot_once")]
        indexes = [models.Index(fields=["program", "day"], name="certification_snapshot_day")]

    def __str__(self) -> str:
        return f"{self.unit_id} · {self.program_id} · {self.day}"


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("waiting")
    RUNNING = "running", _("running")
    DONE = "done", _("ready")
    FAILED = "failed", _("failed")


class Export(models.Model):
    """A large export made by a task; only the officer who asked may download it."""

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    table = models.CharField(max_length=40)
    params = models.JSONField(default=dict)
    file_format = models.CharField(max_length=4)
    language = models.CharField(max_length=10, default="vi")
    status = models.CharField(max_length=8, choices=ExportStatus.choices, default=ExportStatus.PENDING)
    total_rows = models.PositiveIntegerField(default=0)
    done_rows = models.PositiveIntegerField(default=0)
    stored_name = models.CharField(max_length=255, blank=True)
    error = models.TextField(blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.table}.{self.file_format} ({self.status})"

    @property
    def percent(self) -> int:
        return (
            100
            if self.status == ExportStatus.DONE
            else int(100 * self.done_rows / self.total_rows)
            if self.total_rows
            else 0
        )


class ApiClient(models.Model):
    """Another government system allowed to read the API for the officials of some units."""

    name = models.CharField(_("name"), max_length=200)
    units = models.ManyToManyField(
        "people.Unit", related_name="+", verbose_name=_("units"),
        help_text=_("The client sees the officials of these units and of every unit below them."),
    )  # fmt: skip
    # SHA-256 of the token: the token itself is shown once and never stored.
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    token_prefix = models.CharField(_("token starts with"), max_length=8, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    rotated_at = models.DateTimeField(_("token rotated"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("API client")
        verbose_name_plural = _("API clients")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class FlagKind(models.TextChoices):
    SHARED_DEVICE = "shared_device", _("one device or address finished final quizzes for several officials")
    TWO_ADDRESSES = "two_addresses", _("signed in from two addresses at once during the attempt")
    FAST_LESSONS = "fast_lessons", _("lessons finished implausibly fast")


class FlagStatus(models.TextChoices):
    OPEN = "open", _("needs review")
    CLEARED = "cleared", _("cleared")
    REVOKED = "revoked", _("certificate revoked")


class IntegrityFlag(models.Model):
    """A signal for HR that an assessment may not have been taken by its holder. Never a verdict."""

    official = models.ForeignKey("people.Official", on_delete=models.CASCADE, related_name="integrity_flags")
    attempt = models.ForeignKey("quizzes.QuizAttempt", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("signal"), max_length=20, choices=FlagKind.choices)
    details = models.JSONField(_("details"), default=dict)
    created_at = models.DateTimeField(_("raised"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=FlagStatus.choices, default=FlagStatus.OPEN)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("integrity flag")
        verbose_name_plural = _("integrity flags")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["attempt", "kind"], name="certification_flag_once")]

    def __str__(self) -> str:
        return f"{self.official_id} · {self.kind} ({self.status})"
