from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """Quizzes, questions, attempts, grading and item analysis."""

    name = "quizzes"
    verbose_name = _("Quizzes")
