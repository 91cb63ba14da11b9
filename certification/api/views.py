"""Read-only integration API: is this official certified, eligible for this role; unit figures; verification."""

from __future__ import annotations

from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Q, QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.pagination import PageNumberPagination
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from lms.audit.services import audit_log
from lms.core.clock import db_now
from lms.people.models import Official, Unit

from ..dashboard import level_rows
from ..gate import role_eligibility
from ..models import ApiClient, Certificate, CertificationProgram, ReformRole
from ..pdf import issuer_name, verify_url
from .auth import ApiError, BearerTokenAuthentication, ClientRateThrottle, IsApiClient, api_exception_handler
from .serializers import (
    EligibilitySerializer,
    ErrorSerializer,
    PagedCertificatesSerializer,
    UnitStatsSerializer,
    VerificationSerializer,
)

ERRORS = {401: ErrorSerializer, 404: ErrorSerializer, 429: ErrorSerializer}


def client_units(client: ApiClient) -> QuerySet[Unit]:
    paths = list(client.units.values_list("path", flat=True))
    if not paths:
        return Unit.objects.none()
    return Unit.objects.filter(reduce(or_, (Q(path__startswith=path) for path in paths)))


def client_official(client: ApiClient, code: str) -> Official:
    """Outside the client's units looks exactly like absent."""
    official = Official.objects.filter(employee_code=code, unit__in=client_units(client)).select_related("unit").first()
    if official is None:
        raise ApiError(404, "official_not_found", "No official with this employee code is visible to this client.")
    return official


class ApiView(APIView):
    authentication_classes = [BearerTokenAuthentication]
    permission_classes = [IsApiClient]
    throttle_classes = [ClientRateThrottle]
    renderer_classes = [JSONRenderer]

    def get_exception_handler(self):
        return api_exception_handler

    def finalize_response(self, request: Request, response: Response, *args: Any, **kwargs: Any) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)
        client = request.auth if isinstance(getattr(request, "auth", None), ApiClient) else None
        audit_log(
            action="api.call", target_label=client.name if client else "", request=request._request,
            details={"client": client.pk if client else None, "endpoint": request.path[:300],
                     "status": response.status_code,
                     "official": (kwargs.get("employee_code") or "")[:64] or None},
        )  # fmt: skip
        response["Cache-Control"] = "no-store"
        return response


def _certificate(certificate: Certificate, now) -> dict[str, Any]:
    return {
        "serial": certificate.serial, "program": certificate.program.code,
        "program_name": certificate.program_name, "status": certificate.live_status(now),
        "issued_at": certificate.issued_at, "expires_at": certificate.expires_at,
        "revoked_at": certificate.revoked_at, "verification_url": verify_url(certificate),
    }  # fmt: skip


class Pages(PageNumberPagination):
    page_size = 50


class OfficialCertifications(ApiView):
    @extend_schema(
        operation_id="official_certifications",
        summary="Current and past certificates of an official, with their live status",
        responses={200: PagedCertificatesSerializer, **ERRORS},
        parameters=[OpenApiParameter("page", int, description="Page number (50 per page).")],
    )
    def get(self, request: Request, employee_code: str) -> Response:
        official = client_official(request.auth, employee_code)
        certificates = (
            Certificate.objects.filter(official=official).select_related("program").order_by("-issued_at", "-pk")
        )
        paginator = Pages()
        page = paginator.paginate_queryset(certificates, request, view=self)
        now = db_now()
        return paginator.get_paginated_response([_certificate(c, now) for c in page])


class OfficialEligibility(ApiView):
    @extend_schema(
        operation_id="official_eligibility",
        summary="Whether the official may be given a reform role now, computed by the role gate itself",
        parameters=[OpenApiParameter("role", str, required=True, description="Role code, e.g. `one-stop-desk`.")],
        responses={200: EligibilitySerializer, 400: ErrorSerializer, **ERRORS},
    )
    def get(self, request: Request, employee_code: str) -> Response:
        official = client_official(request.auth, employee_code)
        code = request.query_params.get("role", "")
        if not code:
            raise ApiError(400, "role_required", "Give the role code in the `role` query parameter.")
        role = ReformRole.objects.prefetch_related("requirements__program").filter(code=code).first()
        if role is None:
            raise ApiError(404, "role_not_found", "No reform role has this code.")
        now = db_now()
        (eligibility,) = role_eligibility(official=official, roles=[role], now=now)
        return Response({
            "official": {"employee_code": official.employee_code, "full_name": official.full_name,
                         "unit": official.unit.code},
            "role": role.code,
            "eligible": eligibility.eligible,
            "programs": [
                {"program": s.program.code, "program_name": s.program.name, "state": s.state,
                 "certificate": s.certificate.serial if s.certificate else None,
                 "expires_at": s.certificate.expires_at if s.certificate else None}
                for s in eligibility.standings
            ],
            "missing": [s.program.code for s in eligibility.lacking],
            "message": "" if eligibility.eligible else eligibility.refusal(official),
            "checked_at": now,
        })  # fmt: skip


class UnitStats(ApiView):
    @extend_schema(
        operation_id="unit_stats",
        summary="The unit's dashboard figures (the unit and every unit below it), per certification program",
        responses={200: UnitStatsSerializer, **ERRORS},
    )
    def get(self, request: Request, unit_code: str) -> Response:
        unit = client_units(request.auth).filter(code=unit_code).first()
        if unit is None:
            raise ApiError(404, "unit_not_found", "No unit with this code is visible to this client.")
        programs, updated = [], None
        for program in CertificationProgram.objects.filter(is_active=True).order_by("code"):
            _rows, total, when = level_rows(program, [unit])
            updated = max(filter(None, [updated, when]), default=None)
            programs.append({
                "program": program.code, "officials": total.officials, "leaders": total.leaders,
                "certified": total.certified, "leaders_certified": total.leaders_certified,
                "percent_certified": total.percent, "percent_leaders_certified": total.leaders_percent,
                "in_progress": total.in_progress, "not_started": total.not_started, "overdue": total.overdue,
                "expiring_within_30_days": total.expiring,
            })  # fmt: skip
        return Response({"unit": unit.code, "name": unit.name, "includes_sub_units": True, "updated_at": updated,
                         "programs": programs})  # fmt: skip


class CertificateVerification(ApiView):
    @extend_schema(
        operation_id="certificate_verification",
        summary="What the public verification page says about a certificate",
        responses={200: VerificationSerializer, **ERRORS},
    )
    def get(self, request: Request, verification_code: str) -> Response:
        certificate = Certificate.objects.select_related("program").filter(verification_code=verification_code).first()
        if certificate is None:
            raise ApiError(404, "certificate_not_found", "No certificate has this verification code.")
        return Response({
            "holder_name": certificate.holder_name, "unit_name": certificate.unit_name,
            "program": certificate.program.code, "program_name": certificate.program_name,
            "courses": [course["title"] for course in certificate.courses], "serial": certificate.serial,
            "status": certificate.live_status(db_now()), "issued_at": certificate.issued_at,
            "expires_at": certificate.expires_at, "revoked_at": certificate.revoked_at, "issuer": issuer_name(),
        })  # fmt: skip


class NotFound(ApiView):
    """Anything else under the API answers in the API's error shape."""

    @extend_schema(exclude=True)
    def get(self, request: Request, rest: str = "") -> Response:
        raise ApiError(404, "not_found", "No such endpoint.")
