"""/healthz: 200 when the database and the broker answer, 503 otherwise, never any detail."""

from unittest import mock

import pytest

pytestmark = pytest.mark.django_db


def test_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.parametrize("broken", ["lms.core.health.database_ok", "lms.core.health.broker_ok"])
def test_unhealthy_says_nothing_more(client, broken):
    with mock.patch(broken, return_value=False):
        response = client.get("/healthz")
    assert response.status_code == 503 and response.content == b"unavailable\n"


def test_a_dead_broker_is_reported_quickly(client, settings):
    from lms.celery import app

    with mock.patch.object(app, "connection_for_write", side_effect=ConnectionRefusedError("down")):
        assert client.get("/healthz").status_code == 503
