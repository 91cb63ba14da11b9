"""Shared fixtures: a small unit tree and the named personas every test speaks of."""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client

from lms.people.factories import OfficialFactory, UserFactory
from lms.people.models import LeaderLevel, Unit, UnitKind
from lms.people.roles import TRAINERS_GROUP
from lms.people.services import hr_scope_grant, unit_create

PASSWORD = "test-pass-2026"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def totp_now(secret: str = TOTP_SECRET, offset: int = 0) -> str:
    """The current TOTP code for ``secret`` (offset in periods, for a second distinct code)."""
    import time

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


def enroll_totp(user, secret: str = TOTP_SECRET) -> None:
    TOTP.activate(user, secret)


class MFAClient(Client):
    """``force_login`` as if the user had signed in with the second factor they have enrolled."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        from allauth.mfa.models import Authenticator

        if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            session = self.session
            session["account_authentication_methods"] = [
                {"method": "password", "at": time.time()},
                {"method": "mfa", "type": "totp", "at": time.time()},
            ]
            session["account_authentication_methods_user"] = str(user.pk)
            session.save()

    def step_up(self, user=None) -> None:
        """Record a fresh re-authentication (password, and TOTP if enrolled), as allauth's flow does."""
        from allauth.mfa.models import Authenticator
        from django.contrib.auth import SESSION_KEY, get_user_model

        session = self.session
        user = user or get_user_model().objects.get(pk=session[SESSION_KEY])
        records = list(session.get("account_authentication_methods", []))
        records.append({"method": "password", "at": time.time(), "reauthenticated": True})
        if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            records.append({"method": "mfa", "type": "totp", "at": time.time(), "reauthenticated": True})
        session["account_authentication_methods"] = records
        session["account_authentication_methods_user"] = str(user.pk)
        session.save()


@pytest.fixture
def client() -> MFAClient:
    return MFAClient()


@dataclass
class Tree:
    city: Unit
    d1: Unit
    d1_w1: Unit
    d1_w2: Unit
    d2: Unit
    d2_w1: Unit


@pytest.fixture
def tree(db) -> Tree:
    city = unit_create(code="CITY", name="Thành phố Mẫu", kind=UnitKind.CITY)
    d1 = unit_create(code="D1", name="Quận 1", kind=UnitKind.DISTRICT, parent=city)
    d1_w1 = unit_create(code="D1-W1", name="Phường 1, Quận 1", kind=UnitKind.WARD, parent=d1)
    d1_w2 = unit_create(code="D1-W2", name="Phường 2, Quận 1", kind=UnitKind.WARD, parent=d1)
    d2 = unit_create(code="D2", name="Quận 2", kind=UnitKind.DISTRICT, parent=city)
    d2_w1 = unit_create(code="D2-W1", name="Phường 1, Quận 2", kind=UnitKind.WARD, parent=d2)
    return Tree(city, d1, d1_w1, d1_w2, d2, d2_w1)


@pytest.fixture
def learner(tree):
    return OfficialFactory(
        user__email="learner@example.gov.vn",
        employee_code="L001",
        unit=tree.d1_w1,
        full_name="Nguyễn Văn Học",
        leader_level=LeaderLevel.DEPUTY,
        position="Phó Chủ tịch",
    ).user


@pytest.fixture
def outsider(tree):
    """A learner of another district."""
    return OfficialFactory(user__email="outsider@example.gov.vn", employee_code="O001", unit=tree.d2_w1).user


@pytest.fixture
def trainer(tree):
    user = OfficialFactory(user__email="trainer@example.gov.vn", employee_code="T001", unit=tree.city).user
    group, _ = Group.objects.get_or_create(name=TRAINERS_GROUP)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    enroll_totp(user)
    return user


def _hr(unit: Unit, email: str, code: str, mfa: bool = True):
    user = OfficialFactory(user__email=email, employee_code=code, unit=unit).user
    hr_scope_grant(user=user, unit=unit)
    if mfa:
        enroll_totp(user)
    return user


@pytest.fixture
def hr_a(tree):
    """HR officer of district D1 and its wards, with TOTP enrolled."""
    return _hr(tree.d1, "hr-a@example.gov.vn", "H001")


@pytest.fixture
def hr_b(tree):
    """HR officer of district D2 and its wards, with TOTP enrolled."""
    return _hr(tree.d2, "hr-b@example.gov.vn", "H002")


@pytest.fixture
def hr_without_mfa(tree):
    return _hr(tree.d1, "hr-nomfa@example.gov.vn", "H003", mfa=False)


@pytest.fixture
def admin_user(tree):
    user = UserFactory(email="admin@example.gov.vn", is_staff=True, is_superuser=True)
    enroll_totp(user)
    return user


def _is_transactional(request) -> bool:
    if {"transactional_db", "live_server"} & set(request.fixturenames):
        return True
    marker = request.node.get_closest_marker("django_db")
    return bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])))


@pytest.fixture(autouse=True)
def _audit_rows_removable_after_transactional_tests(request) -> Iterator[None]:
    """Lets pytest-django empty the database after a transactional test.

    A database trigger refuses to delete audit rows, and pytest-django empties the
    tables after a transactional (or live-server) test; on SQLite that is a DELETE,
    which the trigger refuses. For that moment only, the trigger is lifted with the
    statements of the migration that installs it, and put back at once.
    """
    if not _is_transactional(request):
        yield
        return
    request.getfixturevalue("transactional_db")
    yield
    triggers = importlib.import_module("lms.audit.migrations.0002_append_only_triggers")
    drop = {"sqlite": triggers.SQLITE_BACKWARD, "postgresql": triggers.POSTGRES_BACKWARD}.get(connection.vendor, [])
    create = {"sqlite": triggers.SQLITE_FORWARD, "postgresql": triggers.POSTGRES_FORWARD}.get(connection.vendor, [])
    with connection.cursor() as cursor:
        for statement in drop:
            cursor.execute(statement)
        cursor.execute("DELETE FROM audit_auditevent")
        for statement in create:
            cursor.execute(statement)


@pytest.fixture(autouse=True)
def _base_data(request):
    """Put back what migrations created, if a previous transactional test's flush removed it.

    A transactional test empties every table afterwards, which removes the rows that
    migrations created. Tests that come after it in the same process get the essentials
    back here: content types and permissions, the default locale, Wagtail's root page and
    site, the root collection and the site record allauth's emails name.
    """
    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db", "live_server"} & set(
        request.fixturenames
    )
    if not uses_db:
        yield
        return
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.models import Collection, Locale, Page, Site

    request.getfixturevalue("transactional_db" if _is_transactional(request) else "db")
    if not Site.objects.exists():
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
        locale, _ = Locale.objects.get_or_create(language_code="vi")
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locale)
        home = root.add_child(instance=Page(title="Trang chủ", slug="home", locale=locale))
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        from django.contrib.sites.models import Site as DjangoSite

        DjangoSite.objects.get_or_create(pk=1, defaults={"domain": "127.0.0.1:8000", "name": "LMS"})
    yield
