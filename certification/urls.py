from django.urls import path

from . import views

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
