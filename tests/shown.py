"""Our messages as a page in a given language shows them, for assertions on translated pages."""

from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext, ngettext


def shown(message, language="ky", plural=None, number=None, **values):
    """`message` (an msgid of ours) translated into `language`, formatted and HTML-escaped."""
    with translation.override(language):
        text = ngettext(message, plural, number) if plural else gettext(message)
    return escape(text % values if values else text)
