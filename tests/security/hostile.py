"""Hostile input as data: strings every form field, query parameter and API segment is fed.

``HOSTILE`` holds text that any transport can carry, one or two strings per family of trouble.
``RAW_ENCODED`` holds percent-encoded bytes that are not valid UTF-8 (a lone surrogate among them),
for the places where the transport allows them: query strings, urlencoded bodies and URL paths.
Fields that only take a choice, a number, a date, a flag or a reference get ``TYPED``: the strings
that probe their parsers plus one of each other family.
"""

from __future__ import annotations

import unicodedata

VIETNAMESE = "Nguyễn Thị Ánh Tuyết, Phó Chủ tịch UBND phường Bến Nghé"
SCRIPT = "<script>alert('xss')</script>"
IMG = '"><img src=x onerror=alert(1)>'

HOSTILE: tuple[tuple[str, str], ...] = (
    # Unicode: composed and decomposed Vietnamese, emoji sequences, astral planes, compatibility forms
    ("vietnamese", VIETNAMESE),
    ("vietnamese-decomposed", unicodedata.normalize("NFD", VIETNAMESE) + "\u0323\u0309" * 8),
    ("emoji-astral", "Chứng chỉ 🎓👩🏽\u200d💼🇻🇳 \U00020706\U00020731 \U0001d57f\U0001d58a \U000e0041 \uff21\ufb01"),
    # Right-to-left override, bidi and zero-width marks; whitespace that is not ASCII
    ("bidi", "báo cáo\u202egpj.exe \u200f\u200e\u2066abc\u2069\u061c\u202a\u202c\u200b\ufeff"),
    ("unicode-whitespace-only", "\u00a0\u3000\u2028\u2029\u2007"),
    # Control characters
    ("nul", "abc\x00def"),
    ("control-characters", "a\x01\x02\x07\x08\x0b\x0c\x1b[31mred\x7f\x85"),
    ("line-breaks", "line 1\r\nline 2\rline 3\n"),
    # Size: 10,000 characters of one-, three- and four-byte UTF-8
    ("10k-characters", ("a" + "ệ" + "🎓") * 3334),
    # SQL fragments and LIKE wildcards
    ("sql-or", "' OR 1=1 --"),
    ("sql-drop", '"; DROP TABLE people_official; --'),
    ("percent", "%"),
    ("underscore", "_"),
    ("backslashes", "\\\\'\\\"\\x00\\n\\"),
    # Format strings and template syntax
    ("printf", "%s%s%n%d%(name)s"),
    ("str-format", "{0}{1}{__class__.__mro__}"),
    ("double-braces", "{{ request.user.password }}{% debug %}{{"),
    # Paths
    ("path-traversal", "../../etc/passwd"),
    ("path-windows", "..\\..\\windows\\win.ini"),
    # Markup and spreadsheet formulas
    ("html", f"{IMG}{SCRIPT}"),
    ("csv-formula", '=HYPERLINK("http://evil.example","x")'),
    # Numbers
    ("long-number", "9" * 400),
    ("int64-overflow", "9223372036854775808"),
    ("negative", "-1"),
    ("negative-overflow", "-9223372036854775809"),
    ("float-overflow", "1e309"),
    ("not-a-number", "NaN"),
    ("zero", "0"),
    # Dates
    ("date-far-future", "9999-12-31"),
    ("date-beyond-9999", "10000-01-01"),
    ("date-impossible", "2026-02-30"),
    ("date-negative-year", "-0001-01-01"),
    ("date-dd-mm-impossible", "31/02/2026"),
    # Empty
    ("empty", ""),
    ("spaces-only", "   "),
)

RAW_ENCODED: tuple[tuple[str, str], ...] = (
    ("lone-surrogate", "%ED%A0%80"),
    ("invalid-utf8", "%FF%FE%C3%28"),
    ("overlong-slash", "%C0%AF%C0%AE%C0%AE"),
    ("encoded-nul", "%00"),
)

TYPED_NAMES = frozenset({
    "emoji-astral", "bidi", "nul", "control-characters", "10k-characters", "sql-or", "percent", "html",
    "long-number", "int64-overflow", "negative", "float-overflow", "zero", "date-far-future", "date-beyond-9999",
    "date-impossible", "date-negative-year", "date-dd-mm-impossible", "empty", "spaces-only",
})  # fmt: skip
TYPED: tuple[tuple[str, str], ...] = tuple((name, value) for name, value in HOSTILE if name in TYPED_NAMES)
RAW_TYPED: tuple[tuple[str, str], ...] = tuple(
    item for item in RAW_ENCODED if item[0] in {"lone-surrogate", "encoded-nul"}
)

# Payloads that must never come back verbatim in an HTML page.
MARKUP = (SCRIPT, IMG)


def has_nul(value: str) -> bool:
    return "\x00" in value


def stripped(value: str) -> str:
    """What a Django form keeps of a text value (it strips surrounding whitespace)."""
    return value.strip()
