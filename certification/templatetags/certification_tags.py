from __future__ import annotations

from typing import Any

from django import template

from courses.selectors import official_of

from ..gate import Eligibility, role_eligibility, roles_with_requirements

register = template.Library()


@register.simple_tag
def my_role_eligibility(user: Any) -> list[Eligibility]:
    """Which reform roles the user's certificates qualify them for, and what the others lack."""
    official = official_of(user)
    if official is None:
        return []
    return role_eligibility(official=official, roles=roles_with_requirements())
