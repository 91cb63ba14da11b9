"""Factories for units, accounts and officials (tests, load data)."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model

from .models import HRScope, LeaderLevel, Official, Unit, UnitKind
from .services import unit_create


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"user{n}@example.gov.vn")
    password = factory.django.Password("test-pass-2026")


class UnitFactory(factory.Factory):
    """Builds units through treebeard; pass ``parent`` for a child unit."""

    class Meta:
        model = Unit

    code = factory.Sequence(lambda n: f"U{n:04d}")
    name = factory.LazyAttribute(lambda o: f"Unit {o.code}")
    kind = UnitKind.OTHER

    @classmethod
    def _create(cls, model_class, *args, parent: Unit | None = None, **kwargs):
        return unit_create(parent=parent, **kwargs)

    @classmethod
    def _build(cls, model_class, *args, parent: Unit | None = None, **kwargs):
        return model_class(**kwargs)


class OfficialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Official

    user = factory.SubFactory(UserFactory)
    employee_code = factory.Sequence(lambda n: f"E{n:06d}")
    full_name = factory.Faker("name", locale="vi_VN")
    unit = factory.SubFactory(UnitFactory)
    position = "Chuyên viên"
    leader_level = LeaderLevel.STAFF


class HRScopeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HRScope

    user = factory.SubFactory(UserFactory)
    unit = factory.SubFactory(UnitFactory)
