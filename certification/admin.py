"""Django admin: certificates and role assignments are read here; every change goes through services.

Adding an assignment leads to the HR assign page, the one form that calls the gate; the
admin itself cannot create, edit or delete assignments, so there is no path around it.
"""

from __future__ import annotations

from django.contrib import admin
from django.shortcuts import redirect

from .models import Certificate, RoleAssignment


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
