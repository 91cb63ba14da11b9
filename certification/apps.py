from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificationConfig(AppConfig):
    """Programs, certificates, reform roles and the gate, mandates and HR figures."""

    name = "certification"
    verbose_name = _("Certification")
