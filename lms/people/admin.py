"""Django admin for administrators: the unit tree, officials and HR scopes.

Changes that have consequences (deactivation, scope grants) go through services
so they are audited exactly as from any other path.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from treebeard.admin import TreeAdmin
from treebeard.forms import movenodeform_factory

from lms.accounts.services import invitation_send

from .models import HRScope, Official, Unit
from .services import hr_scope_grant, hr_scope_revoke, official_set_active


@admin.register(Unit)
class UnitAdmin(TreeAdmin):
    form = movenodeform_factory(Unit)
    list_display = ["name", "code", "kind", "is_active"]
    search_fields = ["name", "code"]
    list_filter = ["kind", "is_active"]


@admin.register(Official)
class OfficialAdmin(admin.ModelAdmin):
    list_display = ["full_name", "employee_code", "unit", "position", "leader_level", "is_active"]
    list_filter = ["leader_level", "is_active", "unit__kind"]
    search_fields = ["full_name", "employee_code", "user__email"]
    list_select_related = ["unit", "user"]
    raw_id_fields = ["user", "unit"]
    readonly_fields = ["is_active", "created_at", "updated_at"]
    actions = ["deactivate", "activate", "send_invitation"]

    @admin.action(description=_("Deactivate and sign out everywhere"))
    def deactivate(self, request, queryset):
        for official in queryset.select_related("user"):
            official_set_active(official=official, active=False, actor=request.user, reason="admin action")
        self.message_user(request, _("The selected officials were deactivated."), messages.SUCCESS)

    @admin.action(description=_("Activate"))
    def activate(self, request, queryset):
        for official in queryset.select_related("user"):
            official_set_active(official=official, active=True, actor=request.user, reason="admin action")
        self.message_user(request, _("The selected officials were activated."), messages.SUCCESS)

    @admin.action(description=_("Send an invitation email"))
    def send_invitation(self, request, queryset):
        count = 0
        for official in queryset.select_related("user").filter(is_active=True):
            invitation_send(user=official.user, actor=request.user)
            count += 1
        self.message_user(
            request, ngettext("%(count)d invitation sent.", "%(count)d invitations sent.", count) % {"count": count}
        )


@admin.register(HRScope)
class HRScopeAdmin(admin.ModelAdmin):
    list_display = ["user", "unit", "granted_by", "granted_at"]
    raw_id_fields = ["user", "unit"]
    readonly_fields = ["granted_by", "granted_at"]
    search_fields = ["user__email", "unit__code", "unit__name"]

    def save_model(self, request, obj, form, change):
        if change:
            original = HRScope.objects.get(pk=obj.pk)
            hr_scope_revoke(user=original.user, unit=original.unit, actor=request.user, request=request)
        scope = hr_scope_grant(user=obj.user, unit=obj.unit, actor=request.user, request=request)
        obj.pk = scope.pk

    def delete_model(self, request, obj):
        hr_scope_revoke(user=obj.user, unit=obj.unit, actor=request.user, request=request)

    def delete_queryset(self, request, queryset):
        for scope in queryset.select_related("user", "unit"):
            hr_scope_revoke(user=scope.user, unit=scope.unit, actor=request.user, request=request)
