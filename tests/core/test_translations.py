"""Vietnamese is complete: every interface string has a translation, and the compiled catalog is current."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["lms", "courses", "quizzes", "certification", "templates", "static/js"]
# Scripts take their words from data- attributes rendered by templates, so only one domain exists.
DOMAINS = ["django"]


def catalog(domain: str, language: str = "vi") -> Path:
    return ROOT / "locale" / language / "LC_MESSAGES" / f"{domain}.po"


ALLAUTH_VI = ROOT / "translations" / "allauth" / "vi" / "LC_MESSAGES" / "django.po"


def keys(po: polib.POFile) -> set[tuple[str | None, str]]:
    return {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_vietnamese_string_is_translated(domain):
    po = polib.pofile(str(catalog(domain)))
    missing = [entry.msgid for entry in po if not entry.obsolete and not entry.translated()]
    fuzzy = [entry.msgid for entry in po if "fuzzy" in entry.flags]
    assert missing == [], f"untranslated: {missing[:20]}"
    assert fuzzy == [], f"fuzzy: {fuzzy[:20]}"


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_compiled_catalog_matches_the_source(domain):
    po = polib.pofile(str(catalog(domain)))
    mo = polib.mofile(str(catalog(domain).with_suffix(".mo")))
    compiled = {
        (entry.msgctxt, entry.msgid): (entry.msgstr, tuple(sorted(entry.msgstr_plural.items()))) for entry in mo
    }
    for entry in po:
        if entry.obsolete or not entry.translated():
            continue
        assert compiled.get((entry.msgctxt, entry.msgid)) == (
            entry.msgstr,
            tuple(sorted(entry.msgstr_plural.items())),
        ), f"run `make messages`: {entry.msgid!r} is not compiled"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="gettext is not installed (make test installs it)")
def test_no_interface_string_is_missing_from_the_catalog(tmp_path):
    for name in SOURCES:
        source = ROOT / name
        if source.exists():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (tmp_path / "locale").mkdir()
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    for domain in DOMAINS:
        subprocess.run(
            [sys.executable, "-m", "django", "makemessages", "-l", "vi", "-d", domain, "--no-obsolete"],
            cwd=tmp_path,
            env=env,
            check=True,
            capture_output=True,
        )
        fresh_path = tmp_path / "locale" / "vi" / "LC_MESSAGES" / f"{domain}.po"
        fresh = keys(polib.pofile(str(fresh_path))) if fresh_path.exists() else set()
        current = keys(polib.pofile(str(catalog(domain))))
        missing = sorted(msgid for _, msgid in fresh - current)
        assert missing == [], f"run `make messages` and translate: {missing[:20]}"


def test_allauth_speaks_vietnamese_too():
    import allauth

    source = polib.pofile(str(Path(allauth.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    ours = polib.pofile(str(ALLAUTH_VI))
    translated = {(entry.msgctxt, entry.msgid) for entry in ours if entry.translated() and "fuzzy" not in entry.flags}
    missing = [entry.msgid for entry in source if (entry.msgctxt, entry.msgid) not in translated]
    assert missing == [], f"allauth strings without Vietnamese: {missing[:20]}"
    compiled = {(entry.msgctxt, entry.msgid) for entry in polib.mofile(str(ALLAUTH_VI.with_suffix(".mo")))}
    assert translated <= compiled, "compile translations/allauth with `make messages`"


def test_the_login_page_is_in_vietnamese_by_default(client, db):
    html = client.get("/accounts/login/").content.decode()
    assert "Đăng nhập" in html
    assert "Mật khẩu" in html
