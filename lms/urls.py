from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certification import urls as certification_urls
from courses.views import learn
from lms.accounts.views import account_overview, login_redirect
from lms.core import views as core_views
from lms.core.health import healthz
from lms.people import urls as people_urls

# The Django admin's own login form would accept a password alone: allauth's
# wrapper sends anonymous visitors to allauth's login instead.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Login doors of Wagtail and the Django admin lead to allauth.
    path("admin/login/", login_redirect, {"next_default": "/admin/"}, name="wagtail_login_redirect"),
    path("django-admin/login/", login_redirect, {"next_default": "/django-admin/"}, name="django_admin_login_redirect"),
    # Wagtail's front-end login (used for private pages) would be Django's bare login form.
    path("_util/login/", login_redirect, name="wagtail_frontend_login_redirect"),
    path("django-admin/password_change/", RedirectView.as_view(pattern_name="account_change_password")),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Addresses come from HR's records: this page replaces allauth's email management.
    path("accounts/email/", account_overview, name="account_email"),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("hr/certificates/", include(certification_urls.hr_patterns)),
    path("hr/roles/", include(certification_urls.roles_hr_patterns)),
    path("hr/", include((people_urls.urlpatterns + certification_urls.hr_dashboard_patterns, "hr"))),
    path("", include(certification_urls)),
    path("api/v1/", include("certification.api.urls")),
    path("learn/", learn, name="learn"),
    path("", core_views.home, name="home"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
