from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from lms.core.demo import seeders


class Command(BaseCommand):
    help = "Create or refresh the demo data (idempotent). Refused under production settings."

    def handle(self, *args, **options) -> None:
        if not settings.LMS_SEED_ALLOWED:
            raise CommandError("seed_demo is refused under production settings: demo accounts have known passwords.")
        for seeder in seeders():
            self.stdout.write(f"Seeding {seeder.name}…")
            with transaction.atomic():
                seeder.run(self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo data is ready."))
