from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms.accounts.views import login_redirect
from lms.core import views as core_views

# The Django admin's own login form would accept a password alone.
admin.site.login = lambda request, extra_context=None: login_redirect(request, next_default="/django-admin/")

urlpatterns = [
    # Login doors of Wagtail and the Django admin lead to allauth.
    path("admin/login/", login_redirect, {"next_default": "/admin/"}, name="wagtail_login_redirect"),
    path("django-admin/login/", login_redirect, {"next_default": "/django-admin/"}, name="django_admin_login_redirect"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("hr/", include("lms.people.urls")),
    path("", core_views.home, name="home"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
