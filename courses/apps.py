from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Catalog, course and lesson pages, lesson progress and course completion."""

    name = "courses"
    verbose_name = _("Courses")
