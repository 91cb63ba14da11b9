from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.people.models import LeaderLevel, Unit

from .models import AssignmentStatus, CertificateStatus, CertificationProgram, ReformRole


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


class AssignmentFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or employee code"), required=False, max_length=200)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All")), *AssignmentStatus.choices])
    role = forms.ModelChoiceField(
        label=_("Role"), required=False, queryset=ReformRole.objects.all(), to_field_name="code"
    )


class OfficialSearchForm(forms.Form):
    q = forms.CharField(label=_("Find an official by name or employee code"), max_length=200)


class AssignForm(forms.Form):
    role = forms.ModelChoiceField(label=_("Role"), queryset=ReformRole.objects.all(), to_field_name="code")
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=Unit.objects.none(), to_field_name="code")

    def __init__(self, *args, units=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit"].queryset = units


class FlagNoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note"), max_length=2000, error_messages={"required": _("Write a note that explains the decision.")}
    )


class EndAssignmentForm(forms.Form):
    reason = forms.CharField(label=_("Reason for ending"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class MandateForm(forms.Form):
    program = forms.ModelChoiceField(
        label=_("Certification program"), queryset=CertificationProgram.objects.filter(is_active=True)
    )
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=Unit.objects.none(), to_field_name="code")
    include_descendants = forms.BooleanField(label=_("Include its sub-units"), required=False, initial=True)
    leaders_only = forms.BooleanField(label=_("Leaders only (heads and deputies)"), required=False)
    positions = forms.CharField(
        label=_("Only these positions"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional: one per line; an official matches if their position contains one of them."),
    )
    due_date = forms.DateField(label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def __init__(self, *args, units=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit"].queryset = units


class OfficialFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("", _("All")), ("certified", _("certified")), ("in_progress", _("in progress")),
            ("not_started", _("not started")), ("overdue", _("overdue")), ("expiring", _("expiring within 30 days")),
        ],
    )  # fmt: skip
    level = forms.ChoiceField(
        label=_("Leader level"),
        required=False,
        choices=[("", _("All")), ("leaders", _("Leaders (heads and deputies)")), *LeaderLevel.choices],
    )
