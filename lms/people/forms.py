"""Forms of the HR area."""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .importing import EXTENSIONS


def upload_too_large_message() -> str:
    return _("The file is larger than %(size)s MB. Split it into several files and import each one.") % {
        "size": settings.LMS_MAX_UPLOAD_BYTES // (1024 * 1024)
    }


class OfficialImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Personnel list"),
        help_text=gettext_lazy("A .csv file saved as “CSV UTF-8”, or an .xlsx workbook (its first sheet is read)."),
        widget=forms.FileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Check only (dry run)"),
        help_text=gettext_lazy("Report what the import would do and every problem, without saving anything."),
        required=False,
        initial=False,
    )
    invite = forms.BooleanField(
        label=gettext_lazy("Email an invitation to new officials"),
        help_text=gettext_lazy("New officials receive a link to choose their password."),
        required=False,
        initial=True,
    )

    def clean_file(self) -> UploadedFile:
        uploaded: UploadedFile = self.cleaned_data["file"]
        if Path(uploaded.name or "").suffix.lower() not in EXTENSIONS:
            raise forms.ValidationError(_("Only .csv and .xlsx files can be imported."))
        if uploaded.size is None or uploaded.size > settings.LMS_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(upload_too_large_message())
        return uploaded
