"""Fill the site with the Club's real demo content in Kyrgyz, Russian and English.

Idempotent: every seeder looks its objects up before creating them, so a second run
changes nothing. Apps add their content through their own `demo.seed(command)`.
"""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

SEEDERS = [
    "home.demo",
    "home.members.demo",
    "courses.demo",
    "courses.reflections.demo",
    "library.demo",
    "news.demo",
]


class Command(BaseCommand):
    help = "Create the demo content and demo accounts (development only; idempotent)."

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("seed_demo creates accounts with known passwords: dev only.")
        for module_name in SEEDERS:
            with transaction.atomic():
                import_module(module_name).seed(self)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def credential(self, role, username, password):
        """Print a demo account so a developer can sign in (never in production)."""
        self.stdout.write(f"  {role:<22} {username:<28} password: {password}")
