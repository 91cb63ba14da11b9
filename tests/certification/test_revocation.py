"""HR in scope and administrators revoke with a reason; the page says so at once; the holder is told."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.utils import translation

from certification.models import Certificate, CertificateStatus
from lms.audit.models import AuditEvent

from .conftest import emails_to

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(learner, earn) -> Certificate:
    cache.clear()
    return earn(learner)


def test_hr_in_scope_revokes_with_a_reason(client, hr_a, learner, certificate, django_capture_on_commit_callbacks):
    client.force_login(hr_a)
    listing = client.get("/hr/certificates/")
    assert certificate.serial in listing.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/hr/certificates/{certificate.pk}/revoke/", {"reason": "Gian lận khi kiểm tra"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revoked_by == hr_a and certificate.revocation_reason == "Gian lận khi kiểm tra"
    event = AuditEvent.objects.get(action="certification.revoke")
    assert event.actor == hr_a and event.target_id == str(certificate.pk) and event.ip_address == "127.0.0.1"
    assert event.details["reason"] == "Gian lận khi kiểm tra"

    verify = client.get(f"/verify/{certificate.verification_code}/")
    assert verify.context["status"] == "revoked"
    assert certificate.revoked_at.astimezone().strftime("%d/%m/%Y") in verify.content.decode()

    notices = [m for m in emails_to(learner.email) if "thu hồi" in m.subject.lower()]
    assert len(notices) == 1 and "Gian lận khi kiểm tra" in notices[0].body


def test_a_reason_is_required(client, hr_a, certificate):
    client.force_login(hr_a)
    with translation.override("en"):
        response = client.post(
            f"/hr/certificates/{certificate.pk}/revoke/", {"reason": "   "}, HTTP_ACCEPT_LANGUAGE="en"
        )
    assert response.status_code == 400
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.ACTIVE
    assert not AuditEvent.objects.filter(action="certification.revoke").exists()


def test_hr_of_another_unit_cannot_see_or_revoke(client, hr_b, certificate):
    client.force_login(hr_b)
    assert certificate.serial not in client.get("/hr/certificates/").content.decode()
    assert client.get(f"/hr/certificates/{certificate.pk}/").status_code == 404
    assert client.post(f"/hr/certificates/{certificate.pk}/revoke/", {"reason": "x"}).status_code == 404
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.ACTIVE


def test_learners_cannot_reach_the_hr_pages(client, learner, certificate):
    client.force_login(learner)
    assert client.post(f"/hr/certificates/{certificate.pk}/revoke/", {"reason": "x"}).status_code == 403
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.ACTIVE


def test_admin_revokes_and_a_second_revocation_is_refused(client, admin_user, certificate):
    client.force_login(admin_user)
    assert client.post(f"/hr/certificates/{certificate.pk}/revoke/", {"reason": "Sai thông tin"}).status_code == 302
    again = client.post(f"/hr/certificates/{certificate.pk}/revoke/", {"reason": "Lần hai"})
    assert again.status_code == 400
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "Sai thông tin"
    assert AuditEvent.objects.filter(action="certification.revoke").count() == 1


def test_hr_filters_by_status_and_search(client, hr_a, learner, certificate):
    client.force_login(hr_a)
    assert client.get("/hr/certificates/", {"q": "L001"}).context["page"].paginator.count == 1
    assert client.get("/hr/certificates/", {"q": "nobody"}).context["page"].paginator.count == 0
    assert client.get("/hr/certificates/", {"status": "revoked"}).context["page"].paginator.count == 0
