"""Units (the organisational tree), officials and the scope of HR officers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.functions import Upper
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node


class UnitKind(models.TextChoices):
    CITY = "city", _("City / province")
    DEPARTMENT = "department", _("Department")
    DISTRICT = "district", _("District")
    WARD = "ward", _("Ward / commune")
    OTHER = "other", _("Other")


class Unit(MP_Node):
    """A node of the organisational tree: city -> department/district -> ward.

    The materialised path (``path``) makes "this unit and its descendants" a
    single indexed prefix query, which is how HR scope is applied.
    """

    code = models.CharField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices, default=UnitKind.OTHER)
    is_active = models.BooleanField(_("active"), default=True)

    node_order_by = ["code"]

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [models.UniqueConstraint(Upper("code"), name="people_unit_code_ci_unique")]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def descendants_and_self_q(self, prefix: str = "") -> models.Q:
        """A filter matching this unit and every unit below it."""
        return models.Q(**{f"{prefix}path__startswith": self.path})


class LeaderLevel(models.TextChoices):
    HEAD = "head", _("Head")
    DEPUTY = "deputy", _("Deputy")
    STAFF = "staff", _("Staff")


class Official(models.Model):
    """The profile of a public servant. Every official has exactly one user account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="official", verbose_name=_("user")
    )
    employee_code = models.CharField(_("employee code"), max_length=32, unique=True)
    full_name = models.CharField(_("full name"), max_length=200)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="officials", verbose_name=_("unit"))
    position = models.CharField(_("position"), max_length=200, blank=True)
    leader_level = models.CharField(
        _("leader level"), max_length=10, choices=LeaderLevel.choices, default=LeaderLevel.STAFF
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("official")
        verbose_name_plural = _("officials")
        ordering = ["full_name", "employee_code"]
        indexes = [models.Index(fields=["unit", "leader_level"], name="people_official_unit_level")]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.employee_code})"

    @property
    def is_leader(self) -> bool:
        return self.leader_level in (LeaderLevel.HEAD, LeaderLevel.DEPUTY)


class HRScope(models.Model):
    """Grants an HR officer authority over a unit and all of its descendants."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hr_scopes", verbose_name=_("HR officer")
    )
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="hr_scopes", verbose_name=_("unit"))
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("granted by"),
    )
    granted_at = models.DateTimeField(_("granted"), auto_now_add=True)

    class Meta:
        verbose_name = _("HR scope")
        verbose_name_plural = _("HR scopes")
        constraints = [models.UniqueConstraint(fields=["user", "unit"], name="people_hrscope_user_unit_unique")]

    def __str__(self) -> str:
        return f"{self.user} → {self.unit}"


class ImportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to start")
    RUNNING = "running", _("Running")
    SUCCEEDED = "succeeded", _("Finished")
    FAILED = "failed", _("Failed")


class ImportPhase(models.TextChoices):
    QUEUED = "", _("Queued")
    READING = "reading", _("Reading the file")
    VALIDATING = "validating", _("Checking the rows")
    SAVING = "saving", _("Saving")


class OfficialImport(models.Model):
    """One upload of a personnel list by an HR officer, and its report.

    The import itself runs in a Celery task; this row is how the page follows it.
    """

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("uploaded by")
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    original_name = models.CharField(_("file name"), max_length=255)
    # Name in the private storage; never derived from the uploaded name.
    stored_name = models.CharField(_("stored file"), max_length=255)
    # The uploader's language, so the report's messages read in it.
    language = models.CharField(_("language"), max_length=10, blank=True)
    dry_run = models.BooleanField(_("check only"), default=False)
    invite = models.BooleanField(_("email invitations"), default=True)
    status = models.CharField(_("status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.PENDING)
    phase = models.CharField(_("phase"), max_length=10, choices=ImportPhase.choices, blank=True, default="")
    total_rows = models.PositiveIntegerField(_("rows"), default=0)
    processed_rows = models.PositiveIntegerField(_("rows checked"), default=0)
    created_count = models.PositiveIntegerField(_("created"), default=0)
    updated_count = models.PositiveIntegerField(_("updated"), default=0)
    unchanged_count = models.PositiveIntegerField(_("unchanged"), default=0)
    deactivated_count = models.PositiveIntegerField(_("deactivated"), default=0)
    # The first errors only ({"line": int, "message": str}); error_count has the total.
    errors = models.JSONField(_("row errors"), default=list, blank=True)
    error_count = models.PositiveIntegerField(_("error count"), default=0)
    file_error = models.TextField(_("file error"), blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("import of officials")
        verbose_name_plural = _("imports of officials")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["created_by", "-created_at"], name="people_import_by_created")]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def is_finished(self) -> bool:
        return self.status in (ImportStatus.SUCCEEDED, ImportStatus.FAILED)

    @property
    def percent(self) -> int:
        if not self.total_rows:
            return 0
        return min(100, self.processed_rows * 100 // self.total_rows)
