from django.contrib import admin

from .models import OutboxMessage


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = ["pk", "topic", "created_at", "attempts", "processed_at"]
    list_filter = ["topic", ("processed_at", admin.EmptyFieldListFilter)]
    readonly_fields = ["topic", "payload", "created_at", "attempts", "processed_at", "last_error"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
