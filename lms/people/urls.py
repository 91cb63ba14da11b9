from django.urls import path

from . import views

app_name = "hr"

urlpatterns = [
    path("import/", views.official_import, name="import"),
    path("import/<int:import_id>/", views.official_import_detail, name="import_detail"),
    path("import/<int:import_id>/status/", views.official_import_status, name="import_status"),
]
