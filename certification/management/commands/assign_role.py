"""Assign a reform role from the command line, through the same gate as every other path."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from certification.gate import RoleError, role_assign
from certification.models import ReformRole
from lms.people.models import Official, Unit


class Command(BaseCommand):
    help = "Assign a reform role to an official; refused (non-zero exit) unless the official holds the certification."

    def add_arguments(self, parser):
        parser.add_argument("employee_code")
        parser.add_argument("role_code")
        parser.add_argument("--unit", required=True, help="code of the unit where the role is held")
        parser.add_argument("--by", required=True, help="email of the HR officer or administrator who assigns")
        parser.add_argument("--language", default="vi", choices=["vi", "en"], help="language of the messages")

    def handle(self, *args, employee_code, role_code, unit, by, language, **options):
        with translation.override(language):
            official = Official.objects.select_related("unit").filter(employee_code__iexact=employee_code).first()
            role = ReformRole.objects.filter(code=role_code).first()
            place = Unit.objects.filter(code__iexact=unit).first()
            actor = get_user_model().objects.filter(email__iexact=by, is_active=True).first()
            missing = [
                f"{label} {value!r}"
                for label, value, found in (
                    ("official", employee_code, official), ("role", role_code, role),
                    ("unit", unit, place), ("account", by, actor),
                )
                if found is None
            ]  # fmt: skip
            if missing:
                raise CommandError("Unknown " + ", ".join(missing) + ".")
            try:
                assignment = role_assign(official=official, role=role, unit=place, by=actor)
            except RoleError as error:
                raise CommandError(error.message) from error
            self.stdout.write(
                f"Assigned: {official.full_name} ({official.employee_code}) · {role.code} · {place.code} "
                f"(assignment {assignment.pk})"
            )
