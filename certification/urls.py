from django.urls import path

from . import views, views_roles

urlpatterns = [
    path("certificates/", views.certificates_mine, name="certificates"),
    path("certificates/<int:pk>/pdf/", views.certificate_download, name="certificate_download"),
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
        path("officials/<str:code>/", views_roles.official_detail, name="official"),
        path("assignments/<int:pk>/reactivate/", views_roles.reactivate, name="reactivate"),
        path("assignments/<int:pk>/end/", views_roles.end, name="end"),
    ],
    "roles_hr",
)
