"""Fill the site with the Club's real demo content in Kyrgyz, Russian and English.

Idempotent: every seeder looks its objects up before creating them, so a second run
changes nothing. Apps add their content by registering a seeder with the
`register_demo_seeder` hook (its `order` says when it runs); home knows none of them.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.outbox import telegram
from home.search.deferred import indexed_once_at_the_end
from home.seeding import demo_seeders


class Command(BaseCommand):
    help = "Create the demo content and demo accounts (development only; idempotent)."

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("seed_demo creates accounts with known passwords: dev only.")
        # Publishing the demo announces nothing to the Club's group; each page is indexed once.
        with telegram.quiet(), indexed_once_at_the_end():
            for seeder in demo_seeders():
                with transaction.atomic():
                    seeder(self)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def credential(self, role, username, password):
        """Print a demo account so a developer can sign in (never in production)."""
        self.stdout.write(f"  {role:<22} {username:<28} password: {password}")
