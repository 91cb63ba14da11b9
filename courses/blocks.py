"""StreamField blocks for teaching software to busy leaders.

Every block names its template (``templates/blocks/``), icon, description and
preview value. Display logic lives in StructValue classes, not in templates.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from lms.core.sanitize import clean_stored_rich_text

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "h3"]
INLINE_FEATURES = ["bold", "italic", "link"]


class SafeRichTextBlock(blocks.RichTextBlock):
    """Rich text with a restricted feature set, cleaned by the sanitiser when it is saved."""

    def __init__(self, *args: Any, features: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, features=features or RICH_TEXT_FEATURES, **kwargs)

    def get_prep_value(self, value: RichText) -> str:
        return clean_stored_rich_text(super().get_prep_value(value))

    def clean(self, value: RichText) -> RichText:
        return super().clean(RichText(clean_stored_rich_text(value.source)))

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text.html"
        description = _("Paragraphs with bold, italic, lists, sub-headings and links.")
        preview_value = RichText("<p>Văn bản điện tử có chữ ký số có <b>giá trị pháp lý</b> như văn bản giấy.</p>")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(label=_("Level"), choices=[("h2", _("Section")), ("h3", _("Sub-section"))], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        description = _("A section heading, used for the lesson's table of contents.")
        preview_value = {"text": "Ký số một văn bản PDF", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = _("A picture or screenshot with a caption and required alternative text.")
        preview_value = {"alt_text": "Ảnh chụp màn hình hộp thư công vụ", "caption": "Hộp thư công vụ"}


class StepBlock(blocks.StructBlock):
    instruction = blocks.TextBlock(label=_("Instruction"), max_length=400)
    screenshot = ImageChooserBlock(label=_("Screenshot"), required=False)
    screenshot_alt = blocks.CharBlock(
        label=_("Screenshot alternative text"), max_length=250, required=False,
        help_text=_("Required when there is a screenshot."),
    )  # fmt: skip

    def clean(self, value: blocks.StructValue) -> blocks.StructValue:
        cleaned = super().clean(value)
        if cleaned.get("screenshot") and not (cleaned.get("screenshot_alt") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "screenshot_alt": ValidationError(_("Describe the screenshot for people who cannot see it."))
                }
            )
        return cleaned

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepByStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/step_by_step.html"
        description = _("A numbered guide: each step has a short instruction and, if useful, a screenshot.")
        preview_value = {
            "title": "Mở văn bản cần ký",
            "steps": [
                {"instruction": "Mở phần mềm ký số trên máy tính.", "screenshot_alt": ""},
                {"instruction": "Chọn tệp PDF cần ký và bấm “Ký số”.", "screenshot_alt": ""},
            ],
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("legal", _("Legal basis"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=150, required=False)
    text = SafeRichTextBlock(label=_("Text"), features=INLINE_FEATURES)

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        description = _("A highlighted tip, warning or legal basis (decree, circular, article).")
        preview_value = {
            "kind": "legal",
            "title": "Căn cứ pháp lý",
            "text": RichText("<p>Luật Giao dịch điện tử năm 2023.</p>"),
        }


class KeyTakeawaysBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150, required=False)
    items = blocks.ListBlock(blocks.CharBlock(max_length=250), label=_("Takeaways"), min_num=1)

    class Meta:
        icon = "tick-inverse"
        template = "blocks/key_takeaways.html"
        description = _("The few points a leader should remember from the lesson.")
        preview_value = {"title": "", "items": ["Ký số thay cho in và ký tay.", "Kiểm tra chữ ký trước khi ban hành."]}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), max_length=150, required=False)
    description = blocks.CharBlock(label=_("Description"), max_length=250, required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        description = _("A document to download: a form, a checklist, a legal text.")
        preview_value = {"title": "Mẫu phiếu đăng ký chứng thư số", "description": "PDF"}


class VideoBlock(blocks.StructBlock):
    video = DocumentChooserBlock(label=_("Video file (MP4 or WebM)"))
    captions = DocumentChooserBlock(label=_("Captions (WebVTT .vtt)"))
    captions_language = blocks.ChoiceBlock(
        label=_("Captions language"), choices=[("vi", "Tiếng Việt"), ("en", "English")], default="vi"
    )
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    def clean(self, value: blocks.StructValue) -> blocks.StructValue:
        cleaned = super().clean(value)
        errors = {}
        video, captions = cleaned.get("video"), cleaned.get("captions")
        if video and video.file_extension.lower() not in {"mp4", "webm"}:
            errors["video"] = ValidationError(_("Choose an MP4 or WebM file."))
        if captions and captions.file_extension.lower() != "vtt":
            errors["captions"] = ValidationError(_("Choose a WebVTT (.vtt) captions file."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        description = _("A video uploaded to the site (no external player) with captions.")
        preview_value = {"captions_language": "vi", "transcript": "Bản ghi lời thoại của video."}


class PracticeChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=250)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback for this answer"), max_length=300, required=False)


class PracticeCheckValue(blocks.StructValue):
    def feedback_for(self, raw_choice: str) -> dict[str, Any]:
        """What to show after the learner picked ``raw_choice`` (an index as posted).

        Without a valid answer nothing about the right one is revealed; a negative
        index must not pick an answer from the end of the list.
        """
        choices = self["choices"]
        try:
            chosen: int | None = int(raw_choice)
        except (TypeError, ValueError):
            chosen = None
        if chosen is not None and not 0 <= chosen < len(choices):
            chosen = None
        if chosen is None:
            return {"chosen": None, "answered": False, "correct": False, "feedback": "", "explanation": "",
                    "correct_answers": []}  # fmt: skip
        choice = choices[chosen]
        return {
            "chosen": chosen,
            "answered": True,
            "correct": bool(choice["correct"]),
            "feedback": choice["feedback"],
            "explanation": self["explanation"],
            "correct_answers": [item["text"] for item in choices if item["correct"]],
        }


class PracticeCheckBlock(blocks.StructBlock):
    """An ungraded question: the explanation is revealed after answering, nothing is recorded."""

    question = blocks.TextBlock(label=_("Question"), max_length=400)
    choices = blocks.ListBlock(PracticeChoiceBlock(), label=_("Answers"), min_num=2, max_num=6)
    explanation = blocks.TextBlock(label=_("Explanation"), max_length=1000)

    def clean(self, value: blocks.StructValue) -> blocks.StructValue:
        cleaned = super().clean(value)
        if not any(choice["correct"] for choice in cleaned["choices"]):
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one answer as correct."))}
            )
        return cleaned

    class Meta:
        icon = "help"
        template = "blocks/practice_check.html"
        value_class = PracticeCheckValue
        description = _("A practice question answered in the page; not graded.")
        preview_value = {
            "question": "Văn bản đã ký số có cần in ra để đóng dấu không?",
            "choices": [
                {"text": "Có", "correct": False, "feedback": ""},
                {"text": "Không", "correct": True, "feedback": ""},
            ],
            "explanation": "Văn bản điện tử ký số có giá trị như bản gốc; in ra là lãng phí.",
        }


class DataRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Row label"), max_length=120)
    values = blocks.CharBlock(
        label=_("Values"), max_length=500, help_text=_("One value per column after the first, separated by “|”.")
    )


class DataTableValue(blocks.StructValue):
    def headings(self) -> list[str]:
        return [heading.strip() for heading in self["columns"].split("|")]

    def table_rows(self) -> list[tuple[str, list[str]]]:
        width = max(len(self.headings()) - 1, 0)
        rows = []
        for row in self["rows"]:
            cells = [cell.strip() for cell in row["values"].split("|")]
            rows.append((row["label"], (cells + [""] * width)[:width]))
        return rows

    def chart_bars(self) -> list[dict[str, Any]]:
        """Bars for the chosen column, as widths in percent of the largest value."""
        if self["chart"] != "bar":
            return []
        column = max(int(self["chart_column"] or 1), 1) - 1
        numbers: list[tuple[str, Decimal]] = []
        for label, cells in self.table_rows():
            try:
                numbers.append((label, Decimal(cells[column].replace(",", ".").rstrip("%").strip())))
            except (IndexError, InvalidOperation):
                continue
        largest = max((value for _, value in numbers), default=Decimal(0))
        return [
            {
                "label": label,
                "value": value,
                "percent": float(value / largest * 100) if largest > 0 else 0.0,
                "y": index * 28,
            }
            for index, (label, value) in enumerate(numbers)
        ]

    def chart_height(self) -> int:
        return len(self.chart_bars()) * 28


class DataTableBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    columns = blocks.CharBlock(
        label=_("Column headings"), max_length=500, help_text=_("Separated by “|”, the first is the row label column.")
    )
    rows = blocks.ListBlock(DataRowBlock(), label=pgettext_lazy("data table", "Rows"), min_num=1, max_num=40)
    chart = blocks.ChoiceBlock(label=_("Chart"), choices=[("none", _("Table only")), ("bar", _("Table and bar chart"))])
    chart_column = blocks.IntegerBlock(label=_("Column to chart"), min_value=1, default=1, required=False)
    unit = blocks.CharBlock(label=_("Unit of the charted values"), max_length=20, required=False)
    caption = blocks.CharBlock(label=_("Source or note"), max_length=250, required=False)

    class Meta:
        icon = "table"
        template = "blocks/data_table.html"
        value_class = DataTableValue
        description = _("A small table of figures, optionally drawn as a bar chart (e.g. on-time rates per unit).")
        preview_value = {
            "title": "Tỷ lệ hồ sơ đúng hạn",
            "columns": "Đơn vị | Đúng hạn (%)",
            "rows": [{"label": "Phường Hoa Sen", "values": "96"}, {"label": "Phường Ngọc Lan", "values": "81"}],
            "chart": "bar",
            "chart_column": 1,
            "unit": "%",
            "caption": "Số liệu minh họa.",
        }


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("Heading"))
    text = SafeRichTextBlock(label=_("Text"))
    image = ImageBlock(label=_("Image"))
    steps = StepByStepBlock(label=_("Step-by-step guide"))
    callout = CalloutBlock(label=_("Callout"))
    takeaways = KeyTakeawaysBlock(label=_("Key takeaways"))
    document = DocumentBlock(label=_("Document"))
    video = VideoBlock(label=_("Video"))
    practice = PracticeCheckBlock(label=_("Practice check"))
    data_table = DataTableBlock(label=_("Data table or chart"))
