"""Thin views: the holder's certificates, downloads, public verification, HR revocation."""

from __future__ import annotations

import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from courses.selectors import official_of
from lms.core.clock import db_now
from lms.core.ratelimit import rate_limited
from lms.people.permissions import hr_required
from lms.people.scope import scoped_officials

from .forms import CertificateFilterForm, RevokeForm, VerifyLookupForm
from .models import VERIFICATION_CODE_LENGTH, Certificate
from .pdf import LANGUAGES, certificate_pdf_ensure, issuer_name, storage, verify_url
from .selectors import certificates_of, visible_certificates
from .services import CertificationError, certificate_revoke

HR_PAGE_SIZE = 50
# What a verification code is made of (URL-safe base64): anything else cannot verify.
_CODE_CHARACTERS = re.compile(r"[A-Za-z0-9_-]+")


def _with_status(certificates, now):
    for certificate in certificates:
        certificate.live = certificate.live_status(now)
    return certificates


@login_required
def certificates_mine(request: HttpRequest) -> HttpResponse:
    official = official_of(request.user)
    certificates = list(certificates_of(official)) if official is not None else []
    now = db_now()
    for certificate in _with_status(certificates, now):
        certificate.verify_link = verify_url(certificate)
        certificate.renewal_open = certificate.renewal_is_open(now)
    return render(request, "certification/mine.html", {"certificates": certificates, "official": official})


@login_required
def certificate_download(request: HttpRequest, pk: int) -> FileResponse:
    """The PDF for its holder, HR officers whose scope covers the holder, and admins; 404 for anyone else."""
    certificate = visible_certificates(request.user).filter(pk=pk).first()
    if certificate is None:
        raise Http404
    language = request.GET.get("lang") or get_language()
    if language not in LANGUAGES:
        language = settings.LANGUAGE_CODE
    name = certificate_pdf_ensure(certificate, language)
    response = FileResponse(
        storage().open(name, "rb"), as_attachment=True, filename=f"{certificate.serial}-{language}.pdf",
        content_type="application/pdf",
    )  # fmt: skip
    response["Cache-Control"] = "private, no-store"
    return response


def _not_found(request: HttpRequest) -> HttpResponse:
    # One response for every code that does not verify, whatever it looks like.
    return render(request, "certification/verify_not_found.html", {"form": VerifyLookupForm()}, status=404)


@never_cache
def certificate_verify(request: HttpRequest, code: str) -> HttpResponse:
    """Public: what a certificate says and whether it holds now. No personal data beyond name and unit."""
    if rate_limited(request, scope="verify", limit=settings.LMS_VERIFY_RATE_PER_MINUTE, period=60):
        return render(request, "429.html", status=429)
    certificate = None
    if len(code) == VERIFICATION_CODE_LENGTH and _CODE_CHARACTERS.fullmatch(code):
        certificate = Certificate.objects.select_related("revoked_by").filter(verification_code=code).first()
    if certificate is None:
        return _not_found(request)
    status = certificate.live_status(db_now())
    response = render(
        request,
        "certification/verify.html",
        {"certificate": certificate, "status": status, "issuer": issuer_name(), "checked_at": db_now()},
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def verify_lookup(request: HttpRequest) -> HttpResponse:
    """A form to type a code printed on a certificate."""
    form = VerifyLookupForm(request.GET or None)
    if form.is_bound and form.is_valid():
        code = form.cleaned_data["code"].strip().rstrip("/").rsplit("/", 1)[-1]
        if code and not _CODE_CHARACTERS.fullmatch(code):
            return _not_found(request)  # line breaks and the like cannot be in an address, nor in a code
        if code:
            return redirect("certificate_verify", code=code)
    return render(request, "certification/verify_lookup.html", {"form": form})


@hr_required
def hr_certificates(request: HttpRequest) -> HttpResponse:
    form = CertificateFilterForm(request.GET or None)
    certificates = Certificate.objects.filter(official__in=scoped_officials(request.user).values("pk")).select_related(
        "program", "official__unit"
    )
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        if query:
            certificates = certificates.filter(
                Q(holder_name__icontains=query) | Q(official__employee_code__iexact=query) | Q(serial__iexact=query)
            )
        if form.cleaned_data["status"]:
            certificates = certificates.filter(status=form.cleaned_data["status"])
    page = Paginator(certificates.order_by("-issued_at", "-pk"), HR_PAGE_SIZE).get_page(request.GET.get("page"))
    _with_status(page.object_list, db_now())
    return render(request, "certification/hr_list.html", {"form": form, "page": page})


def _scoped_certificate_or_404(request: HttpRequest, pk: int) -> Certificate:
    certificate = (
        Certificate.objects.filter(pk=pk, official__in=scoped_officials(request.user).values("pk"))
        .select_related("program", "official__unit", "revoked_by")
        .first()
    )
    if certificate is None:
        raise Http404
    return certificate


@hr_required
def hr_certificate(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _scoped_certificate_or_404(request, pk)
    certificate.live = certificate.live_status(db_now())
    return render(
        request,
        "certification/hr_detail.html",
        {"certificate": certificate, "form": RevokeForm(), "verify_link": verify_url(certificate)},
    )


@require_POST
@hr_required
def hr_certificate_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = _scoped_certificate_or_404(request, pk)
    form = RevokeForm(request.POST)
    if form.is_valid():
        try:
            certificate_revoke(
                certificate=certificate, by=request.user, reason=form.cleaned_data["reason"], request=request
            )
        except CertificationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("Certificate %(serial)s is revoked. The holder is being told.") % {"serial": certificate.serial},
            )
            return redirect("certification_hr:detail", pk=certificate.pk)
    certificate.live = certificate.live_status(db_now())
    return render(
        request,
        "certification/hr_detail.html",
        {"certificate": certificate, "form": form, "verify_link": verify_url(certificate)},
        status=400,
    )
