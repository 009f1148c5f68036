"""Write wagtail-localize's editor script with its header in the admin's language.

The translation editor's header is an English template literal in wagtail-localize's built
script ("Русский to Кыргызча translation"), beyond any catalogue. This writes a copy of the
installed script into the project's static folder (found before the app's, gitignored;
`make install` runs this) with the literal replaced by a gettext'ed string of the Club's
`djangojs` catalogue. The replacement is exact: when a new wagtail-localize release changes
the literal, the command fails loudly instead of serving an unpatched or broken script.
"""

import re
from pathlib import Path

import wagtail_localize
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

SCRIPT = Path("wagtail_localize", "js", "wagtail-localize.js")
ENGLISH_HEADER = re.compile(
    r"`\$\{(?P<props>\w+)\.sourceLocale\.displayName\} to "
    r"\$\{(?P=props)\.locale\.displayName\} translation`"
)
HEADER = (
    'interpolate(gettext("Translation: %(source)s → %(target)s"), '
    "{{source: {props}.sourceLocale.displayName, target: {props}.locale.displayName}}, true)"
)


def patched_script(text):
    text, count = ENGLISH_HEADER.subn(lambda match: HEADER.format(props=match["props"]), text)
    if not count or "} translation`" in text:
        raise CommandError(
            "wagtail-localize's script no longer has the English header this replaces: "
            f"update {__name__} for the installed wagtail-localize."
        )
    return text


def target():
    return Path(settings.STATICFILES_DIRS[0]) / SCRIPT


class Command(BaseCommand):
    help = "Copy wagtail-localize's editor script with its header translated."

    def handle(self, *args, **options):
        source = Path(wagtail_localize.__file__).parent / "static" / SCRIPT
        text = patched_script(source.read_text(encoding="utf-8"))
        path = target()
        if path.exists() and path.read_text(encoding="utf-8") == text:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if options["verbosity"]:
            self.stdout.write(f"Wrote {path}")
