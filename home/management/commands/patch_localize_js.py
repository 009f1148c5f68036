"""Write wagtail-localize's editor script with its English words in the admin's language.

The translation editor's header ("Русский to Кыргызча translation") and its menu's "More
actions" are English literals in wagtail-localize's built script, beyond any catalogue. This
writes a copy of the installed script into the project's static folder (found before the
app's, gitignored; `make install` runs this) with the literals replaced by gettext'ed strings
(the header's in the Club's `djangojs` catalogue, "More actions" in Wagtail's). Each
replacement is exact: when a new wagtail-localize release changes a literal, the command
fails loudly instead of serving an unpatched or broken script.
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


MORE_ACTIONS = '"w-sr-only"},"More actions")'
MORE_ACTIONS_TRANSLATED = '"w-sr-only"},gettext("More actions"))'


def patched_script(text):
    text, count = ENGLISH_HEADER.subn(lambda match: HEADER.format(props=match["props"]), text)
    more = text.count(MORE_ACTIONS)
    text = text.replace(MORE_ACTIONS, MORE_ACTIONS_TRANSLATED)
    if not count or not more or "} translation`" in text or MORE_ACTIONS in text:
        raise CommandError(
            "wagtail-localize's script no longer has the English words this replaces: "
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
