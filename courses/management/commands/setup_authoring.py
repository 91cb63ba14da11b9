from django.core.management.base import BaseCommand

from courses.setup import authoring_setup


class Command(BaseCommand):
    help = "Create the course catalogs (vi, en), trainer groups and permissions, and the review workflow (idempotent)."

    def handle(self, *args, **options) -> None:
        catalogs = authoring_setup()
        self.stdout.write(self.style.SUCCESS(f"Authoring is set up: catalog at {catalogs['vi'].url}"))
