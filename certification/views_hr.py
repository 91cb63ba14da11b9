"""The HR dashboard, drill-downs, mandates and exports; and the public transparency board."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from courses.models import CoursePage
from courses.selectors import courses_progress
from lms.audit.models import AuditEvent
from lms.core.clock import db_now
from lms.people.permissions import hr_required
from lms.people.scope import get_scoped_official_or_404, scoped_officials, scoped_units
from quizzes.models import QuizAttempt
from quizzes.selectors import course_title_of_quiz

from . import charts
from .dashboard import (
    dashboard,
    default_program,
    leader_filter,
    level_rows,
    officials_with_status,
    overdue_leaders,
    status_filter,
    status_of,
    trend,
    unit_subtree,
)
from .exports import FORMATS, TABLES, export_audit, table_for
from .exports import render as render_table
from .forms import FlagNoteForm, MandateForm, OfficialFilterForm
from .gate import role_eligibility, roles_with_requirements
from .integrity import flag_clear, flag_revoke
from .mandates import MandateError, mandate_cancel, mandate_create
from .models import (
    CertificationProgram,
    Enrolment,
    Export,
    ExportStatus,
    FlagStatus,
    IntegrityFlag,
    RoleAssignment,
    TrainingMandate,
)
from .pdf import storage

PAGE_SIZE = 50
UNITS_PER_PAGE = 50


def _program(request: HttpRequest) -> CertificationProgram | None:
    code = request.GET.get("program")
    if code:
        program = CertificationProgram.objects.filter(code=code).first()
        if program is not None:
            return program
    return default_program()


@hr_required
def hr_dashboard(request: HttpRequest) -> HttpResponse:
    program = _program(request)
    context = {"program": program, "programs": CertificationProgram.objects.filter(is_active=True)}
    if program is not None:
        sort = request.GET.get("sort", "")
        data = dashboard(request.user, program, sort)
        # The officer's own units always; their sub-units a page at a time (a country has hundreds).
        page = Paginator([row for row in data["rows"] if row.depth], UNITS_PER_PAGE).get_page(request.GET.get("page"))
        shown = {id(row) for row in page.object_list}
        rows = [row for row in data["rows"] if not row.depth or id(row) in shown]
        context.update(data, rows=rows, page=page, sort=sort)
        context["bar_chart"] = charts.bar_chart(
            [(row.unit.name, row.figures.percent) for row in rows],
            title=_("Share of officials certified, per unit"),
        )
        context["trend_chart"] = charts.line_chart(
            trend(data["parents"], program), title=_("Share of officials certified over time")
        )
    return render(request, "certification/dashboard.html", context)


@hr_required
def hr_unit(request: HttpRequest, code: str) -> HttpResponse:
    unit = scoped_units(request.user).filter(code=code).first()
    if unit is None:
        raise Http404
    program = _program(request)
    if program is None:
        raise Http404
    form = OfficialFilterForm(request.GET or None)
    officials = officials_with_status(unit_subtree(unit), program)
    if form.is_valid():
        officials = leader_filter(status_filter(officials, form.cleaned_data["status"]), form.cleaned_data["level"])
    page = Paginator(officials.order_by("unit__path", "full_name"), PAGE_SIZE).get_page(request.GET.get("page"))
    for official in page.object_list:
        official.status = status_of(official)
    rows, total, updated = level_rows(program, [unit], request.GET.get("sort", ""))
    context = {"unit": unit, "program": program, "form": form, "page": page, "total": total, "updated": updated,
               "subunits": rows[1:]}  # fmt: skip
    return render(request, "certification/hr_unit.html", context)


@hr_required
def hr_official(request: HttpRequest, code: str) -> HttpResponse:
    official = get_scoped_official_or_404(request.user, employee_code=code)
    courses = list(CoursePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path"))
    progress = list(zip(courses, courses_progress(courses=courses, user=official.user), strict=True))
    attempts = (
        QuizAttempt.objects.filter(official=official).annotate(course_title=course_title_of_quiz("quiz"))
        .order_by("-started_at")[:50]
    )  # fmt: skip
    certificates = list(official.certificates.select_related("program").order_by("-issued_at"))
    now = db_now()
    for certificate in certificates:
        certificate.live = certificate.live_status(now)
    history = AuditEvent.objects.filter(
        Q(target_type="people.official", target_id=str(official.pk))
        | Q(target_type="certification.certificate", target_id__in=[str(c.pk) for c in certificates])
        | Q(target_type="certification.roleassignment",
            target_id__in=[str(pk) for pk in official.role_assignments.values_list("pk", flat=True)])
        | Q(target_type="accounts.user", target_id=str(official.user_id))
    ).order_by("-created_at", "-id")[:100]  # fmt: skip
    context = {
        "official": official, "progress": progress, "attempts": attempts, "certificates": certificates,
        "assignments": RoleAssignment.objects.filter(official=official).select_related("role", "unit"),
        "eligibility": role_eligibility(official=official, roles=roles_with_requirements(), now=now),
        "enrolments": Enrolment.objects.filter(official=official).select_related("mandate__program"),
        "history": history,
        "flags": IntegrityFlag.objects.filter(official=official).annotate(
            course_title=course_title_of_quiz("attempt__quiz")
        ),
    }  # fmt: skip
    return render(request, "certification/hr_official.html", context)


# --- Mandates ----------------------------------------------------------------------------


@hr_required
def mandates(request: HttpRequest) -> HttpResponse:
    units = scoped_units(request.user).order_by("path")
    form = MandateForm(request.POST or None, units=units, initial={"program": default_program()})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                _mandate, enrolled = mandate_create(
                    program=data["program"], unit=data["unit"], due_date=data["due_date"], by=request.user,
                    include_descendants=data["include_descendants"], leaders_only=data["leaders_only"],
                    positions=data["positions"], request=request,
                )  # fmt: skip
            except MandateError as error:
                form.add_error(None, error.message)
                status = 400
            else:
                messages.success(request, _("Mandate created: %(count)s officials enrolled.") % {"count": enrolled})
                return redirect("hr:mandates")
        else:
            status = 400
    listing = (
        TrainingMandate.objects.filter(unit__in=units).select_related("program", "unit", "created_by")
        .annotate(enrolled=Count("enrolments"))
        .order_by("cancelled_at", "due_date")
    )  # fmt: skip
    return render(request, "certification/mandates.html", {"form": form, "mandates": listing}, status=status)


@require_POST
@hr_required
def mandate_cancel_view(request: HttpRequest, pk: int) -> HttpResponse:
    mandate = TrainingMandate.objects.filter(pk=pk, unit__in=scoped_units(request.user)).first()
    if mandate is None:
        raise Http404
    mandate_cancel(mandate=mandate, by=request.user, request=request)
    messages.success(request, _("The mandate is cancelled; its enrolments stay in the history."))
    return redirect("hr:mandates")


# --- Exports -----------------------------------------------------------------------------

EXPORT_PARAMS = ("program", "unit", "status", "level", "q", "role", "sort")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@hr_required
def export(request: HttpRequest, table: str, file_format: str) -> HttpResponse:
    if table not in TABLES or file_format not in FORMATS:
        raise Http404
    if table in ("dashboard", "officials") and default_program() is None:
        raise Http404  # figures of a program, and there is none yet
    params = {key: request.GET[key][:200] for key in EXPORT_PARAMS if request.GET.get(key)}
    if params.get("unit") and not scoped_units(request.user).filter(code=params["unit"]).exists():
        raise Http404
    built = table_for(request.user, table, params)
    count = built.count()
    if count > settings.LMS_EXPORT_INLINE_MAX_ROWS:
        from .tasks import export_task

        job = Export.objects.create(created_by=request.user, table=table, params=params, file_format=file_format,
                                    language=get_language() or settings.LANGUAGE_CODE, total_rows=count)  # fmt: skip
        export_audit(request.user, table, params, file_format, count, request=request, target=job)
        export_task.delay(job.pk)
        return redirect("hr:export_detail", pk=job.pk)
    data = render_table(built, file_format)
    export_audit(request.user, table, params, file_format, count, request=request)
    response = HttpResponse(data, content_type=CONTENT_TYPES[file_format])
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="{built.name}-{stamp}.{file_format}"'
    return response


def _own_export_or_404(request: HttpRequest, pk: int) -> Export:
    job = Export.objects.filter(pk=pk, created_by=request.user).first()
    if job is None:
        raise Http404
    return job


@never_cache
@hr_required
def export_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = _own_export_or_404(request, pk)
    if request.GET.get("format") == "json":
        return JsonResponse({"status": job.status, "percent": job.percent, "done": job.done_rows,
                             "total": job.total_rows, "ready": job.status == ExportStatus.DONE})  # fmt: skip
    return render(request, "certification/export_detail.html", {"job": job})


@hr_required
def export_download(request: HttpRequest, pk: int) -> FileResponse:
    job = _own_export_or_404(request, pk)
    if job.status != ExportStatus.DONE or not job.stored_name:
        raise Http404
    name = job.stored_name.rsplit("/", 1)[-1]
    handle = storage().open(job.stored_name, "rb")
    return FileResponse(handle, as_attachment=True, filename=name, content_type=CONTENT_TYPES[job.file_format])


# --- Public transparency board --------------------------------------------------------


def transparency(request: HttpRequest) -> HttpResponse:
    from lms.people.models import Unit

    program = _program(request)
    context = {"program": program}
    if program is not None:
        shown, total, updated = level_rows(program, list(Unit.get_root_nodes().filter(is_active=True)))
        context.update({"rows": shown, "total": total, "updated": updated})
        context["bar_chart"] = charts.bar_chart(
            [(row.unit.name, row.figures.percent) for row in shown[:60]],
            title=_("Share of officials certified, per unit"),
        )
        days = settings.LMS_TRANSPARENCY_NAME_LEADERS_OVERDUE_DAYS
        if days:
            context["overdue_days"] = int(days)
            context["overdue_leaders"] = overdue_leaders(program, int(days))
    return render(request, "certification/transparency.html", context)


# --- Integrity flags -----------------------------------------------------------------------


def _scoped_flags(request: HttpRequest):
    return (
        IntegrityFlag.objects.filter(official__in=scoped_officials(request.user).values("pk"))
        .select_related("official__unit", "attempt__quiz", "resolved_by")
        .annotate(course_title=course_title_of_quiz("attempt__quiz"))
    )  # fmt: skip


@hr_required
def flags(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", FlagStatus.OPEN)
    listing = _scoped_flags(request)
    if status in FlagStatus.values:
        listing = listing.filter(status=status)
    page = Paginator(listing.order_by("-created_at", "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "certification/flags.html", {"page": page, "status": status, "statuses": FlagStatus.choices})


@require_POST
@hr_required
def flag_resolve(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    flag = _scoped_flags(request).filter(pk=pk).first()
    if flag is None:
        raise Http404
    form = FlagNoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    if not note:
        # Too long or holding a NUL character is refused with its reason rather than cut or stored.
        messages.error(request, " ".join(form.errors.get("note", [])) or _("Write a note that explains the decision."))
    elif flag.status != FlagStatus.OPEN:
        messages.error(request, _("This flag has already been resolved."))
    elif action == "clear":
        flag_clear(flag=flag, by=request.user, note=note, request=request)
        messages.success(request, _("The flag is cleared."))
    else:
        revoked = flag_revoke(flag=flag, by=request.user, note=note, request=request)
        messages.success(request, _("Certificates revoked: %(list)s.") % {"list": ", ".join(revoked) or "—"})
    return redirect("hr:flags")
