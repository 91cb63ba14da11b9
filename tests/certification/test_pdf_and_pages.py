"""The PDF, the holder's list, downloads for those allowed, and the public verification page."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from certification.models import Certificate
from certification.pdf import certificate_pdf_render

from .conftest import pdf_page_size, pdf_qr_codes, pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def certificate(learner, earn) -> Certificate:
    return earn(learner)


def _main(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_pdf_is_a4_landscape_with_the_name_in_vietnamese_and_a_qr_code_of_the_verification_page(certificate):
    data = certificate_pdf_render(certificate, "vi")
    width, height = pdf_page_size(data)
    assert (round(width), round(height)) == (842, 595)
    text = pdf_text(data)
    assert "Nguyễn Văn Học" in text
    assert "Nền tảng lãnh đạo số" in text
    assert "Chứng chỉ" in text and certificate.serial in text
    assert pdf_qr_codes(data) == [f"http://testserver/verify/{certificate.verification_code}/"]


def test_pdf_in_english(certificate):
    text = pdf_text(certificate_pdf_render(certificate, "en"))
    assert "Digital leadership foundation" in text
    assert "This certifies that" in text and "Nguyễn Văn Học" in text
    assert "Thư điện tử công vụ (EN)" in text


def test_holder_sees_the_certificate_downloads_it_and_its_qr_code_verifies(client, learner, certificate):
    client.force_login(learner)
    page = client.get("/certificates/")
    assert page.status_code == 200
    html = page.content.decode()
    assert certificate.serial in html and f"/verify/{certificate.verification_code}/" in html
    download = client.get(f"/certificates/{certificate.pk}/pdf/?lang=vi")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    data = b"".join(download.streaming_content)
    assert "Nguyễn Văn Học" in pdf_text(data)
    (url,) = pdf_qr_codes(data)
    client.logout()
    verify = client.get(url.removeprefix("http://testserver"))
    assert verify.status_code == 200
    assert verify.context["status"] == "valid"


@pytest.mark.parametrize("viewer", ["hr_a", "admin_user"])
def test_hr_in_scope_and_admins_may_download(client, certificate, viewer, request):
    client.force_login(request.getfixturevalue(viewer))
    assert client.get(f"/certificates/{certificate.pk}/pdf/").status_code == 200


@pytest.mark.parametrize("viewer", ["hr_b", "outsider", "trainer"])
def test_anyone_else_gets_404_for_the_pdf(client, certificate, viewer, request):
    client.force_login(request.getfixturevalue(viewer))
    assert client.get(f"/certificates/{certificate.pk}/pdf/").status_code == 404
    assert client.get("/certificates/999999/pdf/").status_code == 404


def test_anonymous_is_asked_to_sign_in(client, certificate):
    response = client.get(f"/certificates/{certificate.pk}/pdf/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_verification_page_shows_public_facts_only(client, learner, certificate):
    response = client.get(f"/verify/{certificate.verification_code}/")
    assert response.status_code == 200
    main = _main(response)
    for shown in ("Nguyễn Văn Học", "Nền tảng lãnh đạo số", "Thư điện tử công vụ", "Chữ ký số", certificate.serial):
        assert shown in main
    assert certificate.issued_at.astimezone(timezone.get_current_timezone()).strftime("%d/%m/%Y") in main
    assert certificate.expires_at.astimezone(timezone.get_current_timezone()).strftime("%d/%m/%Y") in main
    assert "Sở Nội vụ" in main  # the issuer
    assert learner.email not in response.content.decode()
    assert learner.official.employee_code not in main
    assert response["X-Robots-Tag"] == "noindex"


def test_verification_page_says_expired_once_the_clock_passes_expiry(client, certificate):
    with time_machine.travel(certificate.expires_at + timedelta(minutes=1)):
        response = client.get(f"/verify/{certificate.verification_code}/")
    assert response.context["status"] == "expired"
    assert "Chứng chỉ đã hết hạn" in _main(response) or "hết hạn" in _main(response)


def test_unknown_and_malformed_codes_get_the_same_response(client, certificate):
    unknown = client.get("/verify/" + "A" * len(certificate.verification_code) + "/")
    malformed = client.get("/verify/<script>%00'--/")
    short = client.get("/verify/x/")
    assert unknown.status_code == malformed.status_code == short.status_code == 404
    assert _main(unknown) == _main(malformed) == _main(short)


def test_verification_is_rate_limited_per_address(client, certificate, settings):
    settings.LMS_VERIFY_RATE_PER_MINUTE = 30
    statuses = [client.get(f"/verify/{certificate.verification_code}/").status_code for _ in range(100)]
    assert statuses[:30] == [200] * 30
    assert set(statuses[30:]) == {429}
    # Another address is not affected.
    other = client.get(f"/verify/{certificate.verification_code}/", REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 200


def test_lookup_form_goes_to_the_verification_page(client, certificate):
    response = client.get("/verify/", {"code": f"https://example.gov.vn/verify/{certificate.verification_code}/"})
    assert response.status_code == 302
    assert response["Location"] == f"/verify/{certificate.verification_code}/"


def test_learner_without_certificate_is_told_how_to_earn_one(client, outsider, program):
    client.force_login(outsider)
    response = client.get("/certificates/")
    assert response.status_code == 200
    assert response.context["certificates"] == []
