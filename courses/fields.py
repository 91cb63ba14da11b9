"""A StreamField whose block definitions stay out of migrations.

Blocks change often while authors ask for new teaching patterns; the database
column (JSON) does not. Keeping definitions out of migrations avoids a migration
for every help-text tweak, as torchbox.com does.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from wagtail.fields import StreamField

from .blocks import LessonBodyBlock


class LessonStreamField(StreamField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("block_lookup", None)
        if args and not isinstance(args[0], LessonBodyBlock):
            args = args[1:]
        super().__init__(LessonBodyBlock(), *args, **kwargs)

    def deconstruct(self) -> tuple[str, str, list[Any], dict[str, Any]]:
        name, _path, _args, kwargs = models.Field.deconstruct(self)
        return name, "courses.fields.LessonStreamField", [], kwargs
