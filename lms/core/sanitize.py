"""The one place where authored HTML is cleaned, with every allowlist in one place.

Rich text is cleaned twice: when it is saved (Wagtail's stored form, which keeps
``linktype`` references) and again when it is rendered (the expanded HTML that
reaches the browser). Plain-text fields are never trusted as HTML: templates
escape them.
"""

from __future__ import annotations

import re
from typing import Any

import bleach
from django.utils.safestring import SafeString, mark_safe

# Wagtail's stored rich text: paragraphs, emphasis, lists, level-3/4 headings and
# links (internal links are stored as <a linktype="page" id="…">).
TAGS = frozenset({"p", "br", "b", "i", "strong", "em", "ul", "ol", "li", "a", "h3", "h4"})
PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})
# A link target never needs quotes, angle brackets, backticks or spaces; refusing
# them keeps the output stable (cleaning it again changes nothing).
_SAFE_HREF = re.compile(r"^[^\s<>\"'`\\]{1,2000}$")
_SAFE_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# Internal links name a page or document by its primary key; anything else would make the
# lookup fail when the text is shown (a crafted editor post can store any id).
_SAFE_ID = re.compile(r"^[0-9]{1,18}$")


def _stored_link_attribute(tag: str, name: str, value: str) -> bool:
    if name == "href":
        return bool(_SAFE_HREF.match(value))
    if name == "id":
        return bool(_SAFE_ID.match(value))
    return name == "linktype" and bool(_SAFE_TOKEN.match(value))


def _rendered_link_attribute(tag: str, name: str, value: str) -> bool:
    if name == "href":
        return bool(_SAFE_HREF.match(value))
    return name == "rel" and value in {"noopener", "noreferrer", "noopener noreferrer", "nofollow"}


STORED_ATTRIBUTES = {"a": _stored_link_attribute}
RENDERED_ATTRIBUTES = {"a": _rendered_link_attribute}


class _InternalLinksNeedAnId(bleach.html5lib_shim.Filter):
    """A link type without a (valid) id is dropped: Wagtail can neither index nor expand such a link."""

    def __iter__(self):
        for token in super().__iter__():
            if token["type"] in {"StartTag", "EmptyTag"} and token["name"] == "a":
                attributes = token["data"]
                if (None, "linktype") in attributes and (None, "id") not in attributes:
                    kept = {key: value for key, value in attributes.items() if key != (None, "linktype")}
                    token = {**token, "data": kept}
            yield token


_stored = bleach.Cleaner(
    tags=TAGS, attributes=STORED_ATTRIBUTES, protocols=PROTOCOLS, strip=True, strip_comments=True,
    filters=[_InternalLinksNeedAnId],
)  # fmt: skip
# Wagtail's editor reads the stored form with a parser that needs void elements closed, as it
# writes them itself ("<br/>"); a stored "<br>" would make the page impossible to open for editing.
_stored.serializer.use_trailing_solidus = True
_stored.serializer.space_before_trailing_solidus = False
_rendered = bleach.Cleaner(
    tags=TAGS, attributes=RENDERED_ATTRIBUTES, protocols=PROTOCOLS, strip=True, strip_comments=True
)


def clean_stored_rich_text(source: Any) -> str:
    """Clean rich text in Wagtail's database format (used when saving)."""
    if source is None:
        return ""
    return _stored.clean(str(source))


def clean_rendered_html(html: Any) -> str:
    """Clean HTML that is about to be sent to the browser."""
    if html is None:
        return ""
    return _rendered.clean(str(html))


def render_rich_text(source: Any) -> SafeString:
    """Stored rich text → cleaned, expanded HTML, safe to insert into a template."""
    from wagtail.rich_text import expand_db_html

    source = getattr(source, "source", source)
    expanded = expand_db_html(clean_stored_rich_text(source))
    return mark_safe(clean_rendered_html(expanded))  # noqa: S308  # nosec B308 B703 — cleaned by bleach just above
