"""The rich-text sanitiser against the XSS corpus and against text built from its pieces.

tests/core/test_sanitize.py checks a handful of vectors, idempotence of each cleaner over
arbitrary text and that mixtures never contain ``<script``/``javascript:``. Here the output is
parsed as markup and checked structurally (only allowlisted tags and attributes, no event
handler, no link whose scheme is not allowlisted once whitespace and control characters are
removed and entities decoded, no comment), for every corpus vector, for the whole pipeline a
page render uses (clean on save, expand Wagtail's links, clean on render), and for text
generated from the corpus' fragments, random text and characters that matter to HTML parsers.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.rich_text import extract_references_from_rich_text

from lms.core.sanitize import PROTOCOLS, TAGS, clean_rendered_html, clean_stored_rich_text, render_rich_text
from tests.security.xss_corpus import CORPUS, FRAGMENTS

STORED_LINK_ATTRIBUTES = {"href", "linktype", "id"}
RENDERED_LINK_ATTRIBUTES = {"href", "rel"}
# Browsers drop leading and trailing C0 controls and spaces from a URL, and tabs and line
# breaks anywhere in it, before they look at the scheme: compare without any of them.
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")


class _Markup(HTMLParser):
    """Elements (with entity-decoded attribute values) and comments of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.comments: list[str] = []
        self.declarations: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_decl(self, decl):
        self.declarations.append(decl)

    def unknown_decl(self, data):
        self.declarations.append(data)

    def handle_pi(self, data):
        self.declarations.append(data)


def _parse(html: str) -> _Markup:
    markup = _Markup()
    markup.feed(html)
    markup.close()
    return markup


def url_scheme(url: str) -> str | None:
    match = _SCHEME.match(_URL_IGNORED.sub("", url).lower())
    return match.group(1) if match else None


def dangers(html: str, link_attributes: set[str]) -> list[str]:
    """What in ``html`` could run script or load something, in words (empty when it is safe)."""
    markup = _parse(html)
    found = [f"comment {comment!r}" for comment in markup.comments]
    found += [f"declaration {declaration!r}" for declaration in markup.declarations]
    for tag, attributes in markup.elements:
        if tag not in TAGS:
            found.append(f"tag <{tag}>")
        for name, value in attributes:
            if name.startswith("on"):
                found.append(f"event handler {name}={value!r} on <{tag}>")
            elif tag != "a" or name not in link_attributes:
                found.append(f"attribute {name}={value!r} on <{tag}>")
            elif name == "href" and url_scheme(value or "") not in {None, *PROTOCOLS}:
                found.append(f"link to {value!r}")
    return found


def incomplete_internal_links(stored: str) -> list[str]:
    """Stored links with a link type but no numeric id: Wagtail could neither expand nor index them."""
    return [
        f"<a {attributes}>"
        for tag, attributes in _parse(stored).elements
        if tag == "a" and "linktype" in dict(attributes) and not (dict(attributes).get("id") or "").isdigit()
    ]


def assert_safe_and_stable(source: str) -> None:
    stored = clean_stored_rich_text(source)
    assert dangers(stored, STORED_LINK_ATTRIBUTES) == [], stored
    assert incomplete_internal_links(stored) == [], stored
    assert clean_stored_rich_text(stored) == stored
    rendered = clean_rendered_html(source)
    assert dangers(rendered, RENDERED_LINK_ATTRIBUTES) == [], rendered
    assert clean_rendered_html(rendered) == rendered


def test_the_structural_check_sees_what_it_should():
    """The checks below would fail on unsafe output."""
    assert dangers('<img src=x onerror="x()">', STORED_LINK_ATTRIBUTES)
    assert dangers('<a href="&#106;ava&#x09;script:x()">x</a>', STORED_LINK_ATTRIBUTES) == [
        "link to 'java\\tscript:x()'"
    ]
    assert dangers('<a href=" \x01data:text/html,x">x</a>', RENDERED_LINK_ATTRIBUTES)
    assert dangers("<p><!-- x --></p>", STORED_LINK_ATTRIBUTES)
    assert dangers('<a linktype="page" id="3">x</a>', RENDERED_LINK_ATTRIBUTES)
    assert dangers('<p>&lt;img src=x onerror=x()&gt; <a href="https://e.vn/?q=javascript:x">x</a></p>', {"href"}) == []


@pytest.mark.parametrize("vector", CORPUS, ids=lambda vector: vector.id)
def test_every_corpus_vector_is_defused_by_both_cleaners(vector):
    assert_safe_and_stable(vector.payload)


@pytest.mark.django_db
def test_every_corpus_vector_is_defused_by_the_render_pipeline():
    """clean on save → Wagtail's link expansion → clean on render, as a lesson page does."""
    problems = {}
    for vector in CORPUS:
        rendered = str(render_rich_text(vector.payload))
        found = dangers(rendered, RENDERED_LINK_ATTRIBUTES)
        if found or str(render_rich_text(rendered)) != rendered:
            problems[vector.id] = (rendered, found)
    assert problems == {}


def _editor():
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from courses.blocks import RICH_TEXT_FEATURES

    return ContentstateConverter(features=RICH_TEXT_FEATURES)


@pytest.mark.django_db
def test_what_the_editor_saves_can_be_opened_in_the_editor_again():
    """Line breaks (shift+enter) are stored as the editor writes them: a bare <br> made the page's edit view fail."""
    editor = _editor()
    block = {"depth": 0, "entityRanges": [], "data": {}}
    contentstate = {"entityMap": {}, "blocks": [
        {**block, "key": "a1", "type": "unstyled", "text": "Dòng một\nDòng hai",
         "inlineStyleRanges": [{"offset": 0, "length": 4, "style": "BOLD"}]},
        {**block, "key": "b2", "type": "unordered-list-item", "text": "Mục một\nvẫn mục một", "inlineStyleRanges": []},
    ]}  # fmt: skip
    saved = clean_stored_rich_text(editor.to_database_format(json.dumps(contentstate)))
    assert saved.count("<br/>") == 2
    reopened = json.loads(editor.from_database_format(saved))
    assert [item["text"] for item in reopened["blocks"]] == ["Dòng một\nDòng hai", "Mục một\nvẫn mục một"]


@pytest.mark.django_db
def test_every_corpus_vector_once_saved_can_be_opened_in_the_editor():
    editor = _editor()
    failures = {}
    for vector in CORPUS:
        saved = clean_stored_rich_text(f"<p>{vector.id}</p>{vector.payload}")
        try:
            editor.from_database_format(saved)
        except Exception as error:  # any failure is reported with its vector
            failures[vector.id] = f"{saved!r}: {error!r}"
    assert failures == {}


# Text made of the corpus: whole vectors, the pieces they split into at parser boundaries,
# and random text between them.
corpus_mixtures = st.lists(
    st.one_of(
        st.sampled_from([vector.payload for vector in CORPUS]),
        st.sampled_from(FRAGMENTS),
        st.text(max_size=8),
    ),
    max_size=16,
).map("".join)
# Random text dense in the characters HTML tokenizers and URL parsers care about.
markup_soup = st.lists(
    st.sampled_from([*"<>\"'`=/!?&#;:-[] \t\n\r\x00\x01\x0b\x0caAjJsSvVxX1", "script", "on", "href", "a ", "p"]),
    max_size=40,
).map("".join)
hypothesis_settings = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@hypothesis_settings
@given(st.one_of(st.text(), markup_soup))
@example("<a href='java\tscript:x'>x</a><<img/src/onerror=x>")
@example("\x00<scr\x00ipt>x</script>")
def test_any_text_comes_out_safe_and_stable(text):
    assert_safe_and_stable(text)


@hypothesis_settings
@given(corpus_mixtures)
@example("<a href='" + CORPUS[0].payload + "'>x</a>")
@example("<p title='</p><img src=x onerror=__xss(1)>'>")
def test_corpus_mixtures_come_out_safe_and_stable(text):
    assert_safe_and_stable(text)


@hypothesis_settings
@given(st.one_of(corpus_mixtures, markup_soup))
def test_cleaning_for_storage_then_for_display_is_safe_and_final(text):
    """What is stored is cleaned again when shown; neither pass lets anything through, and going through both
    again changes nothing (the stored form writes "<br/>" for Wagtail's editor, the shown form "<br>")."""
    stored = clean_stored_rich_text(text)
    rendered = clean_rendered_html(stored)
    assert dangers(rendered, RENDERED_LINK_ATTRIBUTES) == [], rendered
    assert clean_rendered_html(clean_stored_rich_text(rendered)) == rendered
    assert clean_rendered_html(rendered) == rendered


@pytest.mark.django_db
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(corpus_mixtures, markup_soup),
    st.sampled_from(["page", "document", "external", "x"]),
    st.sampled_from(["1", "2", "999999", "abc", "1 2", "99999999999999999999", "-1", ""]),
)
def test_the_render_pipeline_never_raises_and_is_final(text, linktype, target):
    """Internal links stored as <a linktype=… id=…> are expanded between the two passes; an id that is not a
    number (a crafted editor post can send one) must neither break the page nor the reference index."""
    source = f'<p><a linktype="{linktype}" id="{target}">{text}</a>{text}</p>'
    stored = clean_stored_rich_text(source)
    assert incomplete_internal_links(stored) == [], stored
    # Saving a page indexes the objects its rich text links to.
    list(extract_references_from_rich_text(stored))
    rendered = str(render_rich_text(source))
    assert dangers(rendered, RENDERED_LINK_ATTRIBUTES) == [], rendered
    assert str(render_rich_text(rendered)) == rendered


@hypothesis_settings
@given(st.sampled_from(CORPUS), st.text(max_size=20), st.text(max_size=20))
def test_a_vector_inside_a_link_target_never_becomes_executable(vector, before, after):
    """Vectors placed where an editor types a link's URL, and inside the link text."""
    for source in (
        f'<a href="{before}{vector.payload}{after}">{vector.payload}</a>',
        f"<a href='{vector.payload}'>{before}</a>",
        f"<a href={vector.payload}>{after}</a>",
    ):
        assert_safe_and_stable(source)
