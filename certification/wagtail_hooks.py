"""Programs are managed by administrators in the Wagtail admin, as snippets."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CertificationProgram, ReformRole


class CertificationProgramViewSet(SnippetViewSet):
    model = CertificationProgram
    icon = "doc-full"
    menu_label = _("Certification programs")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["code", "name", "validity_months", "renewal_window_days", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["code", "name", "name_en"]
    ordering = ["code"]


register_snippet(CertificationProgramViewSet)


class ReformRoleViewSet(SnippetViewSet):
    model = ReformRole
    icon = "group"
    menu_label = _("Reform roles")
    menu_order = 251
    add_to_admin_menu = True
    list_display = ["code", "name"]
    search_fields = ["code", "name", "name_en"]
    ordering = ["code"]


register_snippet(ReformRoleViewSet)
