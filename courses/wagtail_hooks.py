"""Editor hooks for course authoring."""

from __future__ import annotations

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail import hooks

from .models import LESSON_MINUTES_WARNING, LessonPage


def _warn_about_long_lessons(request, page) -> None:
    page = page.specific
    if isinstance(page, LessonPage) and page.is_long:
        messages.warning(
            request,
            _(
                "“%(title)s” is estimated at %(minutes)s minutes. Leaders rarely have more than %(limit)s minutes "
                "at a time: consider splitting it into two lessons."
            )
            % {"title": page.title, "minutes": page.estimated_minutes, "limit": LESSON_MINUTES_WARNING},
        )


@hooks.register("after_create_page")
def warn_after_create(request, page) -> None:
    _warn_about_long_lessons(request, page)


@hooks.register("after_edit_page")
def warn_after_edit(request, page) -> None:
    _warn_about_long_lessons(request, page)
