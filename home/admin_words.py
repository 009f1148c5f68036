"""The few words Wagtail's admin shows without passing them through gettext.

Its templates that hard-code English (a landmark's name, a boolean cell's "True") are
overridden in home/templates/wagtailadmin/ with the same markup; the roots of the page tree
and of the collections, named "Root" in Wagtail's own data, are named here in the editor's
language wherever the admin shows them (breadcrumbs, explorer, collection choosers); the
date wagtail-localize writes under each translated segment is written in it too.
"""

import functools

from django.utils import formats, timezone
from django.utils.translation import gettext
from wagtail.models import Collection, Page
from wagtail_localize.compat import DATE_FORMAT
from wagtail_localize.models import StringTranslation


def name_the_roots_in_the_admin_language():
    for model, method in (
        (Page, "get_admin_display_title"),
        (Collection, "__str__"),
        (Collection, "get_indented_name"),
    ):
        _name_the_root(model, method)


def _name_the_root(model, method):
    wagtails = getattr(model, method)

    @functools.wraps(wagtails)
    def named(instance, *args, **kwargs):
        if instance.depth == 1:
            # Translators: the top of the page tree and of the collections, above everything
            return gettext("Root")
        return wagtails(instance, *args, **kwargs)

    setattr(model, method, named)


def date_translated_segments_in_the_admin_language():
    """wagtail-localize dates each translated segment ("Translated manually on 7 December
    2026") with `strftime`, whose month names are English: the same sentence, with the date
    as Django writes it in the editor's language and time zone."""
    comment = StringTranslation.get_comment
    if getattr(comment, "dated_in_admin_language", False):  # `ready()` may run twice
        return

    @functools.wraps(comment)
    def dated(instance):
        text = comment(instance)
        if not text:
            return text
        english = instance.updated_at.strftime(DATE_FORMAT)
        return text.replace(english, formats.date_format(timezone.localtime(instance.updated_at)))

    dated.dated_in_admin_language = True
    StringTranslation.get_comment = dated
