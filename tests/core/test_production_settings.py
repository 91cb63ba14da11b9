"""Production settings refuse to start without secrets and pass Django's deployment checklist."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "Zq8v-3x_Lp0sR7tYw2bN5mC1dF4gH6jK9"


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    base = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    base.update(
        {"DJANGO_SETTINGS_MODULE": "lms.settings.production", "DATABASE_URL": "sqlite:////tmp/lms-prod-check.db"}
    )
    base.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=base, capture_output=True, text=True, timeout=120
    )


def test_deploy_checklist_passes_with_the_required_environment():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", env={"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "lms.gov.vn"}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "lms.gov.vn"}, "SECRET_KEY is required"),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS is required"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "lms.gov.vn"}, "at least 50 characters"),
    ],
)
def test_production_refuses_to_start_without_its_secrets(env, message):
    result = manage("check", env=env)
    assert result.returncode != 0
    assert message in result.stderr


def test_demo_data_is_refused_under_production_settings():
    result = manage("seed_demo", env={"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "lms.gov.vn"})
    assert result.returncode != 0
    assert "refused under production settings" in result.stderr
