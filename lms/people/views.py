from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from .forms import OfficialImportForm, upload_too_large_message
from .importing import official_import_start
from .models import ImportStatus, OfficialImport
from .permissions import hr_required

# Room for the multipart boundaries and the other form fields around the file.
MULTIPART_ALLOWANCE = 64 * 1024
RECENT_IMPORTS = 10


def _import_page(
    request: HttpRequest, form: OfficialImportForm, *, status: int = 200, upload_error: str = ""
) -> HttpResponse:
    context = {
        "form": form,
        "upload_error": upload_error,
        "imports": OfficialImport.objects.filter(created_by=request.user)[:RECENT_IMPORTS],
        "max_rows": settings.LMS_IMPORT_MAX_ROWS,
        "max_megabytes": settings.LMS_MAX_UPLOAD_BYTES // (1024 * 1024),
    }
    return render(request, "people/import_form.html", context, status=status)


# CsrfViewMiddleware would read the whole body (the file) to find the token before
# the view could refuse an oversized upload; the token is checked by csrf_protect
# in _official_import once the size is known to be acceptable.
@csrf_exempt
@hr_required
def official_import(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.LMS_MAX_UPLOAD_BYTES + MULTIPART_ALLOWANCE:
            # An unbound form: the body it would be bound to is never read.
            return _import_page(request, OfficialImportForm(), status=413, upload_error=upload_too_large_message())
    return _official_import(request)


@csrf_protect
def _official_import(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _import_page(request, OfficialImportForm())
    form = OfficialImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _import_page(request, form, status=400)
    uploaded = form.cleaned_data["file"]
    job = official_import_start(
        file=uploaded,
        filename=uploaded.name,
        actor=request.user,
        dry_run=form.cleaned_data["dry_run"],
        invite=form.cleaned_data["invite"],
        language=getattr(request, "LANGUAGE_CODE", ""),
        request=request,
    )
    return redirect("hr:import_detail", import_id=job.pk)


def _own_import(request: HttpRequest, import_id: int) -> OfficialImport:
    # An import holds personal data: only its uploader sees it; others get a 404.
    return get_object_or_404(OfficialImport, pk=import_id, created_by=request.user)


@hr_required
def official_import_detail(request: HttpRequest, import_id: int) -> HttpResponse:
    job = _own_import(request, import_id)
    return render(request, "people/import_detail.html", {"job": job})


@never_cache
@hr_required
def official_import_status(request: HttpRequest, import_id: int) -> JsonResponse:
    job = _own_import(request, import_id)
    return JsonResponse(
        {
            "status": job.status,
            "phase": job.phase,
            "phase_label": job.get_phase_display() if job.status == ImportStatus.RUNNING else job.get_status_display(),
            "processed_rows": job.processed_rows,
            "total_rows": job.total_rows,
            "percent": job.percent,
            "count_label": _("%(processed)s of %(total)s rows")
            % {"processed": job.processed_rows, "total": job.total_rows}
            if job.total_rows
            else "",
            "finished": job.is_finished,
        }
    )
