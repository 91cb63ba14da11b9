from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificationConfig(AppConfig):
    """Programs, certificates, reform roles and the gate, mandates and HR figures."""

    name = "certification"
    verbose_name = _("Certification")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from courses.signals import course_completed
        from lms.people.signals import officials_placed
        from quizzes.retakes import register_round_start
        from quizzes.signals import quiz_passed
        from quizzes.stepup import register_mfa_requirement

        from . import handlers
        from .services import program_requires_mfa, renewal_round_start

        course_completed.connect(handlers.on_course_completed, dispatch_uid="certification.course_completed")
        quiz_passed.connect(handlers.on_quiz_passed, dispatch_uid="certification.quiz_passed")
        register_round_start(renewal_round_start)
        register_mfa_requirement(program_requires_mfa)
        officials_placed.connect(handlers.on_officials_placed, dispatch_uid="certification.officials_placed")
        post_save.connect(
            handlers.on_requirement_saved,
            sender="certification.RoleRequirement",
            dispatch_uid="certification.requirement",
        )
