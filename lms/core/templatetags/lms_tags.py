from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

from lms.core.sanitize import render_rich_text

register = template.Library()


@register.filter(name="rich_text")
def rich_text(value: Any) -> SafeString:
    """Render authored rich text through the sanitiser (never Wagtail's bare ``richtext``)."""
    return render_rich_text(value)
