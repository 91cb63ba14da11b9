from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from courses.selectors import official_of
from lms.core.clock import db_now

from ..gate import Eligibility, role_eligibility, roles_with_requirements
from ..models import Certificate, TrainingMandate
from ..selectors import programs_courses

register = template.Library()


@register.simple_tag
def my_role_eligibility(user: Any) -> list[Eligibility]:
    """Which reform roles the user's certificates qualify them for, and what the others lack."""
    official = official_of(user)
    if official is None:
        return []
    return role_eligibility(official=official, roles=roles_with_requirements())


@register.simple_tag
def my_required_training(user: Any) -> list[dict[str, Any]]:
    """The official's mandated programs: due date, whether it is held, and whether it is overdue."""
    official = official_of(user)
    if official is None:
        return []
    now = db_now()
    today = timezone.localdate(now)
    held = set(Certificate.objects.valid_at(now).filter(official=official).values_list("program_id", flat=True))
    items: dict[int, dict[str, Any]] = {}
    mandates = TrainingMandate.objects.filter(enrolments__official=official, cancelled_at__isnull=True)
    mandates = list(mandates.select_related("program").order_by("due_date"))
    courses = programs_courses([mandate.program for mandate in mandates])
    for mandate in mandates:
        if mandate.program_id in items:
            continue  # the earliest due date of several mandates for one program stands
        items[mandate.program_id] = {
            "program": mandate.program,
            "due_date": mandate.due_date,
            "held": mandate.program_id in held,
            "overdue": mandate.program_id not in held and mandate.due_date < today,
            "days_left": (mandate.due_date - today).days,
            "courses": courses[mandate.program_id],
        }
    return list(items.values())
