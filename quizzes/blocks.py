"""Question blocks. Every question and every answer keeps a stable id across revisions,
so attempts and item analysis can refer to them after the quiz is edited."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from courses.blocks import INLINE_FEATURES, SafeRichTextBlock


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback for this answer"), max_length=400, required=False)

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class _QuestionBlock(blocks.StructBlock):
    text = SafeRichTextBlock(label=_("Question"), features=INLINE_FEATURES)
    image = ImageChooserBlock(label=_("Image"), required=False)
    image_alt = blocks.CharBlock(label=_("Image alternative text"), max_length=250, required=False)
    explanation = SafeRichTextBlock(label=_("Explanation"), features=INLINE_FEATURES, required=False)

    def clean(self, value):
        cleaned = super().clean(value)
        errors = {}
        if cleaned.get("image") and not (cleaned.get("image_alt") or "").strip():
            errors["image_alt"] = ValidationError(_("Describe the image for people who cannot see it."))
        if message := self.answers_problem(cleaned):
            errors["answers"] = ValidationError(message)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned

    def answers_problem(self, value) -> str | None:
        """Why the answers cannot stand, or None (question types with answers override this)."""
        return None


class SingleChoiceQuestionBlock(_QuestionBlock):
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=2, max_num=8)

    def answers_problem(self, value) -> str | None:
        if sum(1 for answer in value["answers"] if answer["correct"]) != 1:
            return _("Mark exactly one answer as correct.")
        return None

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        description = _("One correct answer among several.")


class MultipleChoiceQuestionBlock(_QuestionBlock):
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=2, max_num=8)
    scoring = blocks.ChoiceBlock(
        label=_("Scoring"),
        choices=[("all", _("All or nothing")), ("partial", _("Partial credit"))],
        default="all",
        help_text=_("Partial credit: each correct answer chosen counts, each wrong one chosen takes off as much."),
    )

    def answers_problem(self, value) -> str | None:
        if not any(answer["correct"] for answer in value["answers"]):
            return _("Mark at least one answer as correct.")
        return None

    class Meta:
        icon = "tick-inverse"
        label = _("Multiple choice")
        description = _("Several answers may be correct; the learner ticks every one.")


class TrueFalseQuestionBlock(_QuestionBlock):
    correct_answer = blocks.ChoiceBlock(
        label=_("The statement is"), choices=[("true", _("True")), ("false", _("False"))], default="true"
    )
    feedback_true = blocks.CharBlock(label=_("Feedback when answering “true”"), max_length=400, required=False)
    feedback_false = blocks.CharBlock(label=_("Feedback when answering “false”"), max_length=400, required=False)

    class Meta:
        icon = "help"
        label = _("True or false")
        description = _("A statement the learner marks as true or false.")


class QuestionPoolBlock(blocks.StreamBlock):
    single = SingleChoiceQuestionBlock()
    multiple = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
