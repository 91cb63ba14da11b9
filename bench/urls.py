"""The project's URLs, with the baseline views of the benchmark in front of Wagtail's catch-all."""

from django.urls import path

from lms.urls import urlpatterns as project_urlpatterns

from . import views

urlpatterns = [
    path("_bench/bare", views.bare),
    path("_bench/upsert", views.upsert),
    path("_bench/group-by", views.group_by),
    path("_bench/rollup-read", views.rollup_read),
    *project_urlpatterns,
]
