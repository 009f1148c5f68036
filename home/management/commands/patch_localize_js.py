"""Write wagtail-localize's editor script with its header in the admin's language.

The translation editor's header is an English template literal in wagtail-localize's built
script ("Русский to Кыргызча translation"), beyond any catalogue, and its action menu's
label ("More actions", read out by screen readers) a bare English string. This writes a copy
of the installed script into the project's static folder (found before the app's,
gitignored; `make install` runs this) with the header replaced by a gettext'ed string of the
Club's `djangojs` catalogue and the label passed through gettext (Wagtail's JavaScript
catalogue has it). The replacements are exact: when a new wagtail-localize release changes
either, the command fails loudly instead of serving an unpatched or broken script.
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
MENU_LABEL = '{className:"w-sr-only"},"More actions")'
TRANSLATED_MENU_LABEL = '{className:"w-sr-only"},gettext("More actions"))'


def patched_script(text):
    text, count = ENGLISH_HEADER.subn(lambda match: HEADER.format(props=match["props"]), text)
    if not count or "} translation`" in text:
        raise CommandError(
            "wagtail-localize's script no longer has the English header this replaces: "
            f"update {__name__} for the installed wagtail-localize."
        )
    if MENU_LABEL not in text:
        raise CommandError(
            "wagtail-localize's script no longer has the English menu label this replaces: "
            f"update {__name__} for the installed wagtail-localize."
        )
    return text.replace(MENU_LABEL, TRANSLATED_MENU_LABEL)


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
