"""`manage.py restore club-backup.tar.gz`: replace the database and media with a backup.

Steps: migrate (so the schema matches this code), flush without post_migrate (every table
empty, content types and permissions too), loaddata data.json (the same rows with the same
primary keys), put media/ back through the storage, rebuild the search and reference indexes.
Destructive: asks unless --noinput. Load an archive with the code version (migrations) that
wrote it.
"""

import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from home.media_archive import restore_media


def _clear_search_index():
    """flush leaves SQLite's FTS5 table (not a regular table) full: empty it too."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        for table in ("wagtailsearch_indexentry_fts", "wagtailsearch_indexentry"):
            if table in tables:
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names


class Command(BaseCommand):
    help = "Replace all data and media with the contents of a `manage.py backup` archive."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive", default=True
        )

    def handle(self, *args, archive, interactive, **options):
        archive = Path(archive)
        if not archive.is_file():
            raise CommandError(f"No such archive: {archive}")
        if interactive:
            answer = input(f"Replace ALL data in {settings.DATABASES['default']['NAME']}? [y/N] ")
            if answer.strip().lower() not in {"y", "yes"}:
                raise CommandError("Restore cancelled.")
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            with tarfile.open(archive, "r:gz") as tar:
                tar.extractall(tmp, filter="data")
            if not {"contenttypes.json", "data.json"} <= {p.name for p in tmp.iterdir()}:
                raise CommandError("The archive holds no data.json: not a club backup.")
            call_command("migrate", interactive=False, verbosity=0)
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            _clear_search_index()
            call_command("loaddata", str(tmp / "contenttypes.json"), verbosity=0)
            ContentType.objects.clear_cache()
            call_command("loaddata", str(tmp / "data.json"), verbosity=0)
            if (tmp / "media").is_dir():
                restore_media(tmp / "media")
        call_command("rebuild_references_index", verbosity=0)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Restored from {archive}"))
