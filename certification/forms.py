from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CertificateStatus


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revocation"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The holder reads this reason; it is kept in the audit log."),
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Give the reason for revoking this certificate."))
        return reason


class CertificateFilterForm(forms.Form):
    q = forms.CharField(label=_("Name, employee code or serial"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), *CertificateStatus.choices],
    )


class VerifyLookupForm(forms.Form):
    code = forms.CharField(label=_("Verification code"), max_length=200)
