"""What a learner sees of each lesson block, and what an attacker cannot slip into it."""

from __future__ import annotations

import copy
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from courses.blocks import (
    CalloutBlock,
    DataTableBlock,
    DocumentBlock,
    HeadingBlock,
    ImageBlock,
    KeyTakeawaysBlock,
    LessonBodyBlock,
    PracticeCheckBlock,
    SafeRichTextBlock,
    StepByStepBlock,
    VideoBlock,
)

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE_BREAKOUT = 'x" onerror="alert(1)'
LESSON = SimpleNamespace(url="/courses/email/first-lesson/")


@pytest.fixture(autouse=True)
def _english_and_private_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with translation.override("en"):
        yield


@pytest.fixture
def picture() -> Image:
    return Image.objects.create(title="Hộp thư", file=get_test_image_file())


def make_document(name: str, content: bytes = b"%PDF-1.4 test", title: str = "Mẫu phiếu") -> Document:
    document = Document(title=title, file=ContentFile(content, name=name))
    document.file_size = len(content)
    document.save()
    return document


def preview(block, **changes):
    """The block's preview value with some fields replaced, as the block's native value."""
    raw = copy.deepcopy(block.meta.preview_value)
    raw.update(changes)
    return block.normalize(raw)


def render(block, value, **context) -> str:
    return block.render(value, context=context)


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def assert_no_script(html: str) -> None:
    assert "<script" not in html.lower()


# --- Headings and text -------------------------------------------------------------------


def test_a_section_heading_is_an_h2_with_an_anchor_for_the_table_of_contents():
    block = HeadingBlock()
    heading = soup(render(block, preview(block))).find("h2")
    assert heading.get_text() == "Ký số một văn bản PDF"
    assert heading["id"] == "s-ky-so-mot-van-ban-pdf"


def test_a_sub_section_heading_is_an_h3():
    block = HeadingBlock()
    html = render(block, preview(block, text="Bước chuẩn bị", level="h3"))
    assert soup(html).find("h3")["id"] == "s-buoc-chuan-bi"
    assert "<h2" not in html


def test_an_unknown_heading_level_falls_back_to_a_section_heading():
    block = HeadingBlock()
    html = render(block, preview(block, level="script"))
    assert soup(html).find("h2") is not None
    assert "<script" not in html


def test_rich_text_is_shown_with_its_emphasis_and_without_scripts():
    block = SafeRichTextBlock()
    html = render(block, RichText(f"<p>Có <b>giá trị pháp lý</b>{SCRIPT}</p><p onclick='x()'>Hai</p>"))
    div = soup(html).find("div", class_="rich-text")
    assert div.find("b").get_text() == "giá trị pháp lý"
    assert_no_script(html)
    assert "onclick" not in html


# --- Pictures ------------------------------------------------------------------------------


def test_an_image_has_the_authors_alternative_text_and_caption(picture):
    block = ImageBlock()
    html = render(block, preview(block, image=picture))
    figure = soup(html).find("figure")
    img = figure.find("img")
    assert img["alt"] == "Ảnh chụp màn hình hộp thư công vụ"
    assert img["loading"] == "lazy"
    assert img.has_attr("width") and img.has_attr("height")
    assert figure.find("figcaption").get_text() == "Hộp thư công vụ"


def test_a_missing_image_still_shows_its_description():
    block = ImageBlock()
    html = render(block, preview(block))  # the preview value has no image
    figure = soup(html).find("figure")
    assert figure.find("img") is None
    assert "Ảnh chụp màn hình hộp thư công vụ" in figure.get_text()


def test_alt_text_and_caption_cannot_inject_markup(picture):
    block = ImageBlock()
    html = render(block, preview(block, image=picture, alt_text=ATTRIBUTE_BREAKOUT + SCRIPT, caption=SCRIPT))
    assert_no_script(html)
    assert 'onerror="' not in html
    assert "&quot;" in html
    assert soup(html).find("img")["alt"] == ATTRIBUTE_BREAKOUT + SCRIPT


# --- Step-by-step guides ---------------------------------------------------------------------


def test_steps_are_a_numbered_list_with_one_item_per_step(picture):
    block = StepByStepBlock()
    steps = [
        {"instruction": "Mở phần mềm ký số.", "screenshot": None, "screenshot_alt": ""},
        {"instruction": "Chọn tệp PDF.\nBấm “Ký số”.", "screenshot": picture, "screenshot_alt": "Nút Ký số"},
        {"instruction": "Kiểm tra chữ ký.", "screenshot": None, "screenshot_alt": ""},
    ]
    html = render(block, preview(block, steps=steps))
    section = soup(html).find("section", class_="steps")
    assert section.find("h3").get_text() == "Mở văn bản cần ký"
    items = section.find("ol", class_="step-list").find_all("li", recursive=False)
    assert len(items) == 3
    assert items[1].find("br") is not None  # the author's line break is kept
    assert items[1].find("img")["alt"] == "Nút Ký số"
    assert items[0].find("img") is None


def test_a_step_instruction_and_screenshot_alt_cannot_inject_markup(picture):
    block = StepByStepBlock()
    steps = [{"instruction": SCRIPT, "screenshot": picture, "screenshot_alt": ATTRIBUTE_BREAKOUT}]
    html = render(block, preview(block, title=SCRIPT, steps=steps))
    assert_no_script(html)
    assert 'onerror="' not in html
    assert "&lt;script&gt;" in html


# --- Callouts and takeaways ------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "label"), [("tip", "Tip"), ("warning", "Warning"), ("legal", "Legal basis")])
def test_a_callout_says_what_kind_of_note_it_is(kind, label):
    block = CalloutBlock()
    html = render(block, preview(block, kind=kind, title="Nhớ kỹ"))
    aside = soup(html).find("aside")
    assert aside["role"] == "note"
    assert f"callout-{kind}" in aside["class"]
    assert aside.find(class_="callout-label").get_text() == label
    assert aside.find(class_="callout-title").get_text() == "Nhớ kỹ"
    assert "Luật Giao dịch điện tử năm 2023." in aside.get_text()


def test_a_callout_title_that_repeats_its_label_is_not_shown_twice():
    block = CalloutBlock()
    html = render(block, preview(block, kind="legal", title="Legal basis"))
    assert soup(html).find(class_="callout-title") is None


def test_callout_text_cannot_carry_scripts():
    block = CalloutBlock()
    html = render(block, preview(block, title=SCRIPT, text=RichText(f"<p>Điều 5{SCRIPT}</p>")))
    assert_no_script(html)


def test_key_takeaways_list_each_point_under_a_default_heading():
    block = KeyTakeawaysBlock()
    section = soup(render(block, preview(block))).find("section", class_="takeaways")
    assert section.find("h2").get_text() == "Key takeaways"
    assert [li.get_text() for li in section.find_all("li")] == [
        "Ký số thay cho in và ký tay.",
        "Kiểm tra chữ ký trước khi ban hành.",
    ]


# --- Downloads and video ------------------------------------------------------------------------


def test_a_document_is_a_download_link_with_its_type_and_size():
    document = make_document("phieu-dang-ky.pdf", b"x" * 2048)
    block = DocumentBlock()
    html = render(block, preview(block, document=document))
    link = soup(html).find("a", class_="document-link")
    assert link["href"] == document.url
    assert link.has_attr("download")
    text = " ".join(link.get_text().split())
    assert "Mẫu phiếu đăng ký chứng thư số" in text
    assert "PDF, 2.0 KB" in text
    assert "PDF" in soup(html).find(class_="document-description").get_text()


def test_a_document_without_link_text_uses_its_own_title_and_tolerates_an_unknown_size():
    document = make_document("luat.pdf", title="Luật Giao dịch điện tử")
    Document.objects.filter(pk=document.pk).update(file_size=None)
    document.refresh_from_db()
    block = DocumentBlock()
    html = render(block, preview(block, document=document, title="", description=""))
    assert "Luật Giao dịch điện tử" in soup(html).find("a", class_="document-link").get_text()


def test_a_missing_document_renders_nothing():
    block = DocumentBlock()
    assert render(block, preview(block)).strip() == ""


def test_a_video_plays_from_the_site_with_captions_and_a_transcript(picture):
    video = make_document("huong-dan.mp4", b"\x00\x00\x00\x18ftypmp42", title="Hướng dẫn")
    captions = make_document("huong-dan.vtt", b"WEBVTT\n", title="Phụ đề")
    block = VideoBlock()
    html = render(block, preview(block, video=video, captions=captions, poster=picture))
    figure = soup(html).find("figure", class_="video")
    player = figure.find("video")
    assert player.has_attr("controls")
    assert player["poster"]
    assert player.find("source")["src"] == video.url
    assert player.find("source")["type"] == "video/mp4"
    track = player.find("track")
    assert track["kind"] == "captions"
    assert track["src"] == captions.url
    assert track["srclang"] == "vi"
    assert track.has_attr("default")
    assert figure.find("a", href=video.url) is not None  # a way out when the browser cannot play it
    assert "Bản ghi lời thoại của video." in figure.find("details").get_text()
    assert "<iframe" not in html


def test_a_webm_video_announces_its_type():
    video = make_document("clip.webm", b"\x1a\x45\xdf\xa3")
    block = VideoBlock()
    html = render(block, preview(block, video=video, captions=None, transcript=""))
    assert soup(html).find("source")["type"] == "video/webm"
    assert soup(html).find("details") is None


def test_a_transcript_cannot_inject_markup():
    video = make_document("clip.mp4", b"\x00")
    block = VideoBlock()
    html = render(block, preview(block, video=video, transcript=SCRIPT))
    assert_no_script(html)


# --- Practice checks --------------------------------------------------------------------------------


def practice_html(block, value, **context) -> str:
    return render(block, value, page=LESSON, practice_index=1, csrf_token="token", **context)


def test_a_practice_check_is_a_form_of_radio_buttons_asking_the_lesson():
    block = PracticeCheckBlock()
    form = soup(practice_html(block, preview(block))).find("form")
    # Checking an answer changes nothing: a GET, with no token, so public pages can be cached.
    assert form["method"] == "get"
    assert form["action"].startswith("/courses/email/first-lesson/practice/1/")
    assert form.has_attr("data-practice")
    assert not form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert "Văn bản đã ký số" in form.find("legend").get_text()
    radios = form.find_all("input", attrs={"type": "radio"})
    assert [(radio["name"], radio["value"]) for radio in radios] == [("choice", "0"), ("choice", "1")]
    assert [radio.find_parent("label").get_text(strip=True) for radio in radios] == ["Có", "Không"]
    assert form.find("button", attrs={"type": "submit"}).get_text() == "Check my answer"
    result = form.find(class_="practice-result")
    assert result["role"] == "status"
    assert result.get_text(strip=True) == ""


def test_a_practice_check_gives_nothing_away_before_it_is_answered():
    block = PracticeCheckBlock()
    choices = [
        {"text": "Có", "correct": False, "feedback": "Không cần in."},
        {"text": "Không", "correct": True, "feedback": "Đúng vậy."},
    ]
    flipped = [{**choice, "correct": not choice["correct"]} for choice in choices]
    html = practice_html(block, preview(block, choices=choices))
    assert html == practice_html(block, preview(block, choices=flipped))
    assert "Không cần in." not in html and "Đúng vậy." not in html
    assert "in ra là lãng phí" not in html  # the explanation


def test_after_answering_without_javascript_the_result_and_explanation_are_shown():
    block = PracticeCheckBlock()
    feedback = {
        "chosen": 0,
        "answered": True,
        "correct": False,
        "feedback": "Không cần in.",
        "explanation": "Văn bản điện tử ký số có giá trị như bản gốc; in ra là lãng phí.",
        "correct_answers": ["Không"],
    }
    form = soup(practice_html(block, preview(block), practice_feedback=feedback)).find("form")
    assert form.find("input", attrs={"value": "0"}).has_attr("checked")
    assert not form.find("input", attrs={"value": "1"}).has_attr("checked")
    outcome = form.find(class_="practice-result").find(class_="practice-outcome")
    assert "wrong" in outcome["class"]
    text = " ".join(outcome.get_text().split())
    assert "Not quite." in text
    assert "Không cần in." in text
    assert "The correct answer: Không" in text
    assert "in ra là lãng phí" in text


def test_a_right_answer_is_confirmed():
    block = PracticeCheckBlock()
    feedback = {"chosen": 1, "answered": True, "correct": True, "feedback": "", "explanation": "Vì vậy.",
                "correct_answers": ["Không"]}  # fmt: skip
    outcome = soup(practice_html(block, preview(block), practice_feedback=feedback)).find(class_="practice-outcome")
    assert "right" in outcome["class"]
    assert "Correct." in outcome.get_text()


def test_posting_without_a_choice_asks_for_one():
    block = PracticeCheckBlock()
    feedback = {"chosen": None, "answered": False, "correct": False, "feedback": "", "explanation": "Vì vậy.",
                "correct_answers": ["Không"]}  # fmt: skip
    result = soup(practice_html(block, preview(block), practice_feedback=feedback)).find(class_="practice-result")
    assert "Choose an answer" in result.get_text()
    assert "Vì vậy." not in result.get_text()


def test_practice_texts_cannot_inject_markup():
    block = PracticeCheckBlock()
    choices = [{"text": ATTRIBUTE_BREAKOUT + SCRIPT, "correct": True, "feedback": SCRIPT}]
    feedback = {"chosen": 0, "answered": True, "correct": True, "feedback": SCRIPT, "explanation": SCRIPT,
                "correct_answers": [SCRIPT]}  # fmt: skip
    html = practice_html(block, preview(block, question=SCRIPT, choices=choices), practice_feedback=feedback)
    assert_no_script(html)


def test_a_practice_check_outside_a_lesson_cannot_be_submitted():
    block = PracticeCheckBlock()
    form = soup(render(block, preview(block))).find("form")  # e.g. the editor's block preview
    assert not form.has_attr("action")
    assert form.find("button").has_attr("disabled")


# --- Data tables and charts ------------------------------------------------------------------------


def test_a_data_table_labels_its_rows_and_columns_and_draws_one_bar_per_figure():
    block = DataTableBlock()
    rows = [
        {"label": "Phường Hoa Sen", "values": "96"},
        {"label": "Phường Ngọc Lan", "values": "81,5"},
        {"label": "Phường Sen Hồng", "values": "chưa có"},  # not a number: in the table, not in the chart
    ]
    html = render(block, preview(block, rows=rows))
    figure = soup(html).find("figure", class_="data-table")
    table = figure.find("table")
    assert table.find("caption").get_text() == "Tỷ lệ hồ sơ đúng hạn"
    assert [th.get_text() for th in table.find_all("th", scope="col")] == ["Đơn vị", "Đúng hạn (%)"]
    assert [th.get_text() for th in table.find_all("th", scope="row")] == [row["label"] for row in rows]
    assert [td.get_text() for td in table.find_all("td")] == ["96", "81,5", "chưa có"]
    chart = figure.find("svg", class_="bar-chart")
    assert chart["aria-hidden"] == "true"
    bars = chart.find_all("rect")
    assert len(bars) == 2
    assert [int(bar["width"]) for bar in bars] == [230, 195]  # the largest figure fills the width
    assert figure.find("figcaption").get_text() == "Số liệu minh họa."


def test_a_table_only_has_no_chart():
    block = DataTableBlock()
    html = render(block, preview(block, chart="none"))
    assert "<svg" not in html
    assert soup(html).find("th", scope="row") is not None


def test_data_table_labels_cannot_inject_markup():
    block = DataTableBlock()
    rows = [{"label": SCRIPT, "values": "5"}, {"label": ATTRIBUTE_BREAKOUT, "values": "7"}]
    html = render(block, preview(block, title=SCRIPT, columns=f"{SCRIPT} | B", rows=rows, unit=SCRIPT, caption=SCRIPT))
    assert_no_script(html)
    assert len(soup(html).find_all("rect")) == 2


# --- The whole lesson body -------------------------------------------------------------------------------


def test_every_block_of_a_lesson_body_renders_with_its_template(picture):
    body = LessonBodyBlock()
    value = body.normalize(
        [
            ("heading", {"text": "Mở đầu", "level": "h2"}),
            ("text", RichText("<p>Xin chào.</p>")),
            ("image", {"image": picture, "alt_text": "Ảnh", "caption": ""}),
            ("takeaways", {"title": "Ghi nhớ", "items": ["Một"]}),
        ]
    )
    html = soup(body.render(value))
    assert html.find("h2", id="s-mo-au") is not None
    assert html.find("div", class_="rich-text").get_text() == "Xin chào."
    assert html.find("img")["alt"] == "Ảnh"
    assert html.find("section", class_="takeaways").find("h2").get_text() == "Ghi nhớ"
