from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """Quizzes, questions, attempts, grading and item analysis."""

    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self) -> None:
        from courses.completion import register_requirement

        from .services import final_quiz_passed

        register_requirement(final_quiz_passed)
