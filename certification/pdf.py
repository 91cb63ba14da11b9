"""The certificate as an A4 landscape PDF with a QR code of its public verification page."""

from __future__ import annotations

import base64
from io import BytesIO

import qrcode
import qrcode.image.svg
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from weasyprint import HTML

from lms.core.mail import absolute_url

from .models import Certificate

LANGUAGES = ("vi", "en")


def storage():
    return storages["private"]


def verify_url(certificate: Certificate) -> str:
    return absolute_url(reverse("certificate_verify", kwargs={"code": certificate.verification_code}))


def qr_svg_data_uri(text: str) -> str:
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    buffer = BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def certificate_pdf_render(certificate: Certificate, language: str) -> bytes:
    url = verify_url(certificate)
    with translation.override(language):
        html = render_to_string(
            "certification/certificate_pdf.html",
            {
                "certificate": certificate,
                "verify_url": url,
                "qr": qr_svg_data_uri(url),
                "issued": timezone.localtime(certificate.issued_at),
                "expires": timezone.localtime(certificate.expires_at) if certificate.expires_at else None,
                "issuer": issuer_name(),
            },
        )
    return HTML(string=html).write_pdf()


def issuer_name() -> str:
    from django.conf import settings

    return str(settings.LMS_CERTIFICATE_ISSUER)


def _name(certificate: Certificate, language: str) -> str:
    return f"certificates/{certificate.serial}-{language}.pdf"


def certificate_pdf_ensure(certificate: Certificate, language: str) -> str:
    """Render and store the PDF once per language; later calls return the stored name."""
    if language not in LANGUAGES:
        raise ValueError(f"Unsupported certificate language: {language!r}")
    files = storage()
    name = certificate.pdf_files.get(language)
    if name and files.exists(name):
        return name
    target = _name(certificate, language)
    if files.exists(target):
        files.delete(target)  # a render interrupted before it was recorded
    name = files.save(target, ContentFile(certificate_pdf_render(certificate, language)))
    recorded = {**certificate.pdf_files, language: name}
    Certificate.objects.filter(pk=certificate.pk).update(pdf_files=recorded)
    certificate.pdf_files = recorded
    return name


def certificate_pdf_read(certificate: Certificate, language: str) -> bytes:
    name = certificate_pdf_ensure(certificate, language)
    with storage().open(name, "rb") as handle:
        return handle.read()
