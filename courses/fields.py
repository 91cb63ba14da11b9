"""StreamFields whose block definitions stay out of migrations.

Blocks change often while authors ask for new teaching patterns; the database
column (JSON) does not. Keeping definitions out of migrations avoids a migration
for every help-text tweak, as torchbox.com does.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from wagtail import blocks
from wagtail.fields import StreamField

from .blocks import LessonBodyBlock


class DefinitionFreeStreamField(StreamField):
    """Subclasses name their StreamBlock in ``block_class``; migrations only name the subclass."""

    block_class: ClassVar[type[blocks.StreamBlock]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("block_lookup", None)
        if args:  # a block definition passed positionally is replaced by block_class
            args = args[1:]
        super().__init__(self.block_class(), *args, **kwargs)

    def deconstruct(self) -> tuple[str, str, list[Any], dict[str, Any]]:
        name, _path, _args, kwargs = models.Field.deconstruct(self)
        return name, f"{type(self).__module__}.{type(self).__qualname__}", [], kwargs


class LessonStreamField(DefinitionFreeStreamField):
    block_class = LessonBodyBlock
