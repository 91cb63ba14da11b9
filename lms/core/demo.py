"""The demo-data registry.

Each app that contributes demo data has a ``demo.py`` module registering a
seeder here; ``seed_demo`` discovers and runs them in order. The kernel thus
seeds the domains without importing them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class Seeder:
    order: int
    name: str
    run: Callable[[Callable[[str], None]], None]


_registry: dict[str, Seeder] = {}


def register(*, order: int, name: str) -> Callable[[Callable[[Callable[[str], None]], None]], Callable]:
    def decorator(func: Callable[[Callable[[str], None]], None]) -> Callable:
        _registry[name] = Seeder(order=order, name=name, run=func)
        return func

    return decorator


def seeders() -> list[Seeder]:
    autodiscover_modules("demo")
    return sorted(_registry.values(), key=lambda seeder: seeder.order)
