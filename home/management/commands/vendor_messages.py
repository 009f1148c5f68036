"""Bring the vendored admin catalogues (locale/vendor/) up to date with the installed
Wagtail, wagtail-localize, django-taggit and Django; or check that none lacks a translation."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home import vendor_catalogues


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="only list what is missing")
        parser.add_argument(
            "--fill",
            metavar="FILE.json",
            help='translations for empty entries: [{"msgid", "msgctxt"?, "ky", "ru"}, …]',
        )

    def handle(self, *args, check=False, fill=None, **options):
        if check:
            missing = vendor_catalogues.problems()
            for line in missing:
                self.stdout.write(line)
            if missing:
                raise CommandError(f"{len(missing)} admin strings lack a translation")
            self.stdout.write("Every admin string has a Kyrgyz and a Russian translation.")
            return
        fills = json.loads(Path(fill).read_text(encoding="utf-8")) if fill else []
        scanned = vendor_catalogues.scanned_messages()
        for language in vendor_catalogues.ADMIN_LANGUAGES:
            by_key = {
                (item.get("msgctxt") or "", item["msgid"]): item[language]
                for item in fills
                if item.get(language)
            }
            for path in vendor_catalogues.update(language, scanned, by_key):
                if options["verbosity"] > 1:
                    self.stdout.write(f"{path}")
        missing = vendor_catalogues.problems()
        self.stdout.write(f"Written; {len(missing)} entries still need a translation.")
