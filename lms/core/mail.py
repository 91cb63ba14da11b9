"""Emails in Vietnamese, then English, from one pair of templates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

LANGUAGES = ("vi", "en")
SEPARATOR = "\n\n----\n\n"


def absolute_url(path: str) -> str:
    """A link for emails and printed documents, on the site's public address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def bilingual_mail_send(
    *,
    template: str,
    context: dict[str, Any],
    to: Sequence[str],
    attachments: Sequence[tuple[str, bytes, str]] = (),
) -> None:
    """Render ``<template>_subject.txt`` in the default language and ``<template>_message.txt``
    in each language, and send one plain-text message."""
    parts = []
    for language in LANGUAGES:
        with translation.override(language):
            parts.append(render_to_string(f"{template}_message.txt", context).strip())
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    message = EmailMessage(subject=subject, body=SEPARATOR.join(parts), to=list(to))
    for name, content, mimetype in attachments:
        message.attach(name, content, mimetype)
    message.send()
