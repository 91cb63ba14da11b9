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
