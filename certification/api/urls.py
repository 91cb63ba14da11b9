from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView

from . import (
    schema,  # noqa: F401 - registers the authentication scheme
    views,
)
from .docs import api_docs

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("docs/", api_docs, name="api_docs"),
    path("officials/<path:employee_code>/certifications", views.OfficialCertifications.as_view(),
         name="api_official_certifications"),
    path("officials/<path:employee_code>/eligibility", views.OfficialEligibility.as_view(),
         name="api_official_eligibility"),
    path("units/<path:unit_code>/stats", views.UnitStats.as_view(), name="api_unit_stats"),
    path("certificates/<path:verification_code>", views.CertificateVerification.as_view(),
         name="api_certificate"),
    # [\s\S]: a path holding a line break is answered in the API's shape too.
    re_path(r"^(?P<rest>[\s\S]*)$", views.NotFound.as_view()),
]  # fmt: skip
