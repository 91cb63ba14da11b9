from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    """Work that must not be lost, recorded with the change that causes it and relayed to Celery."""

    name = "lms.outbox"
    label = "outbox"
    verbose_name = _("Outbox")
