"""Django admin: certificates and role assignments are read here; every change goes through services.

Adding an assignment leads to the HR assign page, the one form that calls the gate; the
admin itself cannot create, edit or delete assignments, so there is no path around it.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from lms.audit.services import audit_log

from .api.tokens import api_client_revoke, api_client_rotate, token_hash, token_new
from .models import ApiClient, Certificate, RoleAssignment


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(ReadOnlyAdmin):
    list_display = ["official", "role", "unit", "status", "status_changed_at", "assigned_by"]
    list_filter = ["status", "role"]
    search_fields = ["official__full_name", "official__employee_code"]
    list_select_related = ["official", "role", "unit", "assigned_by"]

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("roles_hr:assign")


@admin.register(Certificate)
class CertificateAdmin(ReadOnlyAdmin):
    list_display = ["serial", "holder_name", "program", "status", "issued_at", "expires_at"]
    list_filter = ["status", "program"]
    search_fields = ["serial", "holder_name", "official__employee_code"]
    exclude = ["verification_code"]

    def has_add_permission(self, request):
        return False


class UnitsField(forms.ModelMultipleChoiceField):
    """An id beyond the database's integer range is refused like any unknown one (SQLite raises on it)."""

    def _check_values(self, value):
        try:
            return super()._check_values(value)
        except OverflowError as exc:
            raise ValidationError(self.error_messages["invalid_list"], code="invalid_list") from exc


@admin.register(ApiClient)
class ApiClientAdmin(admin.ModelAdmin):
    """Clients are registered here; the token is shown once, after creation or rotation."""

    list_display = ["name", "token_prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["token_prefix", "created_at", "rotated_at", "revoked_at", "last_used_at"]
    filter_horizontal = ["units"]
    actions = ["rotate_tokens", "revoke_tokens"]

    def has_delete_permission(self, request, obj=None):
        return False  # revoke instead: the audit log keeps naming the client

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs.setdefault("form_class", UnitsField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        token = token_new()
        obj.token_hash, obj.token_prefix = token_hash(token), token[:8]
        super().save_model(request, obj, form, change)
        audit_log(action="api.client_create", actor=request.user, target=obj, request=request)
        self._show_token(request, obj, token)

    @admin.action(description=_("Rotate the token (the old one stops working)"))
    def rotate_tokens(self, request, queryset):
        for client in queryset:
            self._show_token(request, client, api_client_rotate(client=client, by=request.user))

    @admin.action(description=_("Revoke the token"))
    def revoke_tokens(self, request, queryset):
        for client in queryset:
            api_client_revoke(client=client, by=request.user)
        messages.success(request, _("Revoked."))

    def _show_token(self, request, client, token: str) -> None:
        messages.warning(
            request,
            _("Token of “%(name)s”, shown only now; give it to the client system: %(token)s")
            % {"name": client.name, "token": token},
        )
