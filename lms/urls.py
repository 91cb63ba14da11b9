from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.http import Http404
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.defaults import page_not_found
from django.views.generic import RedirectView
from django.views.i18n import set_language
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
    # Wagtail's error-test page lets any editor raise a server error at will: switched off.
    path("admin/failwhale/", page_not_found, {"exception": Http404()}),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Addresses come from HR's records: this page replaces allauth's email management.
    path("accounts/email/", account_overview, name="account_email"),
    path("accounts/", include("allauth.urls")),
    # Switching language only sets the visitor's language cookie: no token, so that public
    # pages carry none and can be served from the cache (lms/core/pagecache.py).
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
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
