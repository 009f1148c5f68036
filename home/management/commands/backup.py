"""`manage.py backup club-YYYYMMDD.tar.gz`: every app's data plus the uploaded media.

The archive holds data.json (dumpdata of every app, content types and permissions included,
with their primary keys: restore empties the database and loads exactly these rows, so no
natural keys are needed, and Wagtail's audit log, whose page links carry no database
constraint, survives as it is) and media/ (images, documents, read through the storage: the
media folder or the S3 bucket). `manage.py restore` reads it.
"""

import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from home.media_archive import add_media

# Rebuilt by restore (update_index, rebuild_references_index); sessions simply end.
REBUILT = {"sessions.session", "wagtailcore.referenceindex"}


def excluded_models():
    """Labels of the models a backup leaves out (the search index tables differ per database)."""
    labels = set(REBUILT)
    labels.update(m._meta.label_lower for m in apps.get_app_config("wagtailsearch").get_models())
    labels -= {"wagtailsearch.query", "wagtailsearch.querydailyhits"}
    return sorted(labels)


class Command(BaseCommand):
    help = "Write all content, member data and media into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "archive",
            nargs="?",
            help="output file (default: club-backup-<timestamp>.tar.gz in the current folder)",
        )

    def handle(self, *args, **options):
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        archive = Path(options["archive"] or f"club-backup-{stamp}.tar.gz")
        with tempfile.TemporaryDirectory() as tmp:
            # Content types and permissions first: loading other rows may look them up.
            types = Path(tmp) / "contenttypes.json"
            call_command(
                "dumpdata", "contenttypes", "auth.permission", output=str(types), verbosity=0
            )
            data = Path(tmp) / "data.json"
            call_command(
                "dumpdata",
                exclude=[*excluded_models(), "contenttypes", "auth.permission"],
                output=str(data),
                verbosity=0,
            )
            with tarfile.open(archive, "w:gz") as tar:
                tar.add(types, arcname="contenttypes.json")
                tar.add(data, arcname="data.json")
                add_media(tar)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {archive}"))
