from django.urls import path, register_converter

from . import views, views_hr, views_roles


class RecordCode:
    """A unit or employee code as records hold it: any text, a slash or a line break included
    (import files allow "/" in employee codes; the admin stores codes as typed)."""

    regex = r"[\s\S]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(RecordCode, "code")

urlpatterns = [
    path("certificates/", views.certificates_mine, name="certificates"),
    path("certificates/<int:pk>/pdf/", views.certificate_download, name="certificate_download"),
    path("transparency/", views_hr.transparency, name="transparency"),
    path("verify/", views.verify_lookup, name="certificate_verify_lookup"),
    # Any string reaches the view, so a malformed code gets the same answer as an unknown one.
    path("verify/<path:code>/", views.certificate_verify, name="certificate_verify"),
]

hr_patterns = (
    [
        path("", views.hr_certificates, name="list"),
        path("<int:pk>/", views.hr_certificate, name="detail"),
        path("<int:pk>/revoke/", views.hr_certificate_revoke, name="revoke"),
    ],
    "certification_hr",
)

roles_hr_patterns = (
    [
        path("", views_roles.assignments, name="list"),
        path("assign/", views_roles.assign, name="assign"),
        path("officials/<code:code>/", views_roles.official_detail, name="official"),
        path("assignments/<int:pk>/reactivate/", views_roles.reactivate, name="reactivate"),
        path("assignments/<int:pk>/end/", views_roles.end, name="end"),
    ],
    "roles_hr",
)

# Joined with the people app's HR pages under the "hr" namespace (see lms/urls.py).
hr_dashboard_patterns = [
    path("", views_hr.hr_dashboard, name="home"),
    path("units/<code:code>/", views_hr.hr_unit, name="unit"),
    path("officials/<code:code>/", views_hr.hr_official, name="official"),
    path("mandates/", views_hr.mandates, name="mandates"),
    path("mandates/<int:pk>/cancel/", views_hr.mandate_cancel_view, name="mandate_cancel"),
    path("export/<str:table>.<str:file_format>", views_hr.export, name="export"),
    path("exports/<int:pk>/", views_hr.export_detail, name="export_detail"),
    path("exports/<int:pk>/download/", views_hr.export_download, name="export_download"),
    path("flags/", views_hr.flags, name="flags"),
    path("flags/<int:pk>/clear/", views_hr.flag_resolve, {"action": "clear"}, name="flag_clear"),
    path("flags/<int:pk>/revoke/", views_hr.flag_resolve, {"action": "revoke"}, name="flag_revoke"),
]
