"""HR pages for reform roles: assignments by status, the assign form with eligibility shown first,
an official's eligibility and history, and the reactivate and end actions. All scoped."""

from __future__ import annotations

from collections import defaultdict

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.audit.models import AuditEvent
from lms.core.clock import db_now
from lms.people.models import Official
from lms.people.permissions import hr_required
from lms.people.scope import get_scoped_official_or_404, scoped_officials, scoped_units

from .forms import AssignForm, AssignmentFilterForm, EndAssignmentForm, OfficialSearchForm
from .gate import (
    RoleError,
    assignment_end,
    assignment_reactivate,
    role_assign,
    role_eligibility,
    roles_with_requirements,
    unmet_requirements_q,
)
from .models import Certificate, RoleAssignment

PAGE_SIZE = 50
SEARCH_LIMIT = 20


def _scoped_assignments(request: HttpRequest):
    return RoleAssignment.objects.filter(official__in=scoped_officials(request.user).values("pk")).select_related(
        "official", "role", "unit"
    )


@hr_required
def assignments(request: HttpRequest) -> HttpResponse:
    form = AssignmentFilterForm(request.GET or None)
    rows = _scoped_assignments(request).annotate(requirement_unmet=unmet_requirements_q(db_now()))
    if form.is_valid():
        data = form.cleaned_data
        if data["q"].strip():
            query = data["q"].strip()
            rows = rows.filter(Q(official__full_name__icontains=query) | Q(official__employee_code__iexact=query))
        if data["status"]:
            rows = rows.filter(status=data["status"])
        if data["role"]:
            rows = rows.filter(role=data["role"])
    counts = dict(_scoped_assignments(request).order_by().values_list("status").annotate(n=Count("pk")))
    page = Paginator(rows.order_by("-status_changed_at", "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "certification/roles_list.html", {"form": form, "page": page, "counts": counts})


def _eligibility_rows(officials: list[Official]):
    roles = list(roles_with_requirements())
    now = db_now()
    held = defaultdict(list)
    for certificate in Certificate.objects.filter(official__in=officials).select_related("program"):
        held[certificate.official_id].append(certificate)
    return [
        (official, role_eligibility(official=official, roles=roles, now=now, certificates=held[official.pk]))
        for official in officials
    ]


@hr_required
def assign(request: HttpRequest) -> HttpResponse:
    """Find an official, see their eligibility for every role, then assign one."""
    search = OfficialSearchForm(request.GET if "q" in request.GET else None)
    results = []
    if search.is_bound and search.is_valid():
        query = search.cleaned_data["q"].strip()
        found = scoped_officials(request.user).filter(
            Q(full_name__icontains=query) | Q(employee_code__iexact=query), is_active=True
        )
        results = _eligibility_rows(list(found.select_related("unit").order_by("full_name")[:SEARCH_LIMIT]))
    official = None
    code = request.POST.get("official") or request.GET.get("official")
    if code:
        official = get_scoped_official_or_404(request.user, employee_code=code)
    units = scoped_units(request.user).order_by("path")
    status = 200
    form = None
    if official is not None:
        initial = {"unit": official.unit.code}
        if request.GET.get("role"):
            initial["role"] = request.GET["role"]
        form = AssignForm(request.POST or None, units=units, initial=initial)
        if request.method == "POST" and form.is_valid():
            try:
                assignment = role_assign(
                    official=official, role=form.cleaned_data["role"], unit=form.cleaned_data["unit"],
                    by=request.user, request=request,
                )  # fmt: skip
            except RoleError as error:
                form.add_error(None, error.message)
                status = 400
            else:
                messages.success(
                    request,
                    _("%(name)s now holds the role “%(role)s” in %(unit)s.")
                    % {"name": official.full_name, "role": assignment.role.display_name, "unit": assignment.unit.name},
                )
                return redirect("roles_hr:official", code=official.employee_code)
        elif request.method == "POST":
            status = 400
    eligibility = _eligibility_rows([official])[0][1] if official is not None else []
    context = {"search": search, "results": results, "official": official, "form": form, "eligibility": eligibility}
    return render(request, "certification/roles_assign.html", context, status=status)


@hr_required
def official_detail(request: HttpRequest, code: str) -> HttpResponse:
    official = get_scoped_official_or_404(request.user, employee_code=code)
    eligibility = _eligibility_rows([official])[0][1]
    held = list(
        RoleAssignment.objects.filter(official=official)
        .select_related("role", "unit", "assigned_by")
        .annotate(requirement_unmet=unmet_requirements_q(db_now()))
    )
    history = AuditEvent.objects.filter(
        Q(target_type="certification.roleassignment", target_id__in=[str(a.pk) for a in held])
        | Q(target_type="people.official", target_id=str(official.pk), action__startswith="roles.")
    ).order_by("-created_at", "-id")[:200]
    context = {
        "official": official, "eligibility": eligibility, "assignments": held, "history": history,
        "end_form": EndAssignmentForm(),
    }  # fmt: skip
    return render(request, "certification/roles_official.html", context)


def _scoped_assignment_or_404(request: HttpRequest, pk: int) -> RoleAssignment:
    assignment = _scoped_assignments(request).filter(pk=pk).first()
    if assignment is None:
        raise Http404
    return assignment


@require_POST
@hr_required
def reactivate(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = _scoped_assignment_or_404(request, pk)
    try:
        assignment_reactivate(assignment=assignment, by=request.user, request=request)
    except RoleError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The assignment is active again."))
    return redirect("roles_hr:official", code=assignment.official.employee_code)


@require_POST
@hr_required
def end(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = _scoped_assignment_or_404(request, pk)
    form = EndAssignmentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reason for ending this assignment."))
    else:
        try:
            assignment_end(assignment=assignment, by=request.user, reason=form.cleaned_data["reason"], request=request)
        except RoleError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The assignment has ended; it stays in the history."))
    return redirect("roles_hr:official", code=assignment.official.employee_code)
