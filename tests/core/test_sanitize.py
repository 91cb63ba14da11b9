"""The sanitiser: scripts never survive, useful formatting does, and it is stable."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lms.core.sanitize import clean_rendered_html, clean_stored_rich_text, render_rich_text

VECTORS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    "<svg/onload=alert(1)>",
    '<iframe src="https://example.com"></iframe>',
    "<p style=\"background:url('javascript:alert(1)')\">x</p>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<!--<script>alert(1)//--><p>ok</p>",
    '<p onclick="alert(1)">click</p>',
    "<object data=x></object><embed src=x>",
    "<form action=x><button>go</button></form>",
]


@pytest.mark.parametrize("vector", VECTORS)
def test_dangerous_markup_is_removed_when_saved_and_when_rendered(vector):
    for cleaned in (clean_stored_rich_text(vector), clean_rendered_html(vector)):
        lowered = cleaned.lower()
        assert "<script" not in lowered
        assert "javascript:" not in lowered
        assert "onerror" not in lowered.replace("&lt;", "") or "<img" not in lowered
        assert "<iframe" not in lowered and "<svg" not in lowered and "<object" not in lowered
        assert " on" not in lowered.split(">")[0] or "<" not in lowered[:1]


def test_formatting_and_internal_links_survive():
    source = '<p><b>Đậm</b> <i>nghiêng</i> <a linktype="page" id="3">bài</a></p><ul><li>một</li></ul><h3>Tiêu đề</h3>'
    assert clean_stored_rich_text(source) == source


def test_rendering_keeps_safe_external_links_only():
    html = clean_rendered_html('<a href="https://dichvucong.gov.vn" target="_blank">ok</a><a href="vbscript:x">no</a>')
    assert 'href="https://dichvucong.gov.vn"' in html
    assert "vbscript" not in html and "target" not in html


def test_render_rich_text_escapes_text_and_returns_safe_html():
    rendered = render_rich_text("<p>1 &lt; 2 <script>x</script></p>")
    assert "<script" not in rendered
    assert "&lt; 2" in rendered


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_the_sanitiser_never_raises_and_is_idempotent(text):
    once = clean_stored_rich_text(text)
    assert clean_stored_rich_text(once) == once
    rendered = clean_rendered_html(text)
    assert clean_rendered_html(rendered) == rendered


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*VECTORS, "<p>", "</p>", "<b>", "x", "<a href='", "'>", "\\x00", "&"]), max_size=12))
def test_mixtures_of_vectors_never_produce_a_script(parts):
    cleaned = clean_rendered_html("".join(parts)).lower()
    assert "<script" not in cleaned and "javascript:" not in cleaned
    assert clean_rendered_html(cleaned) == cleaned
