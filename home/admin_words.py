"""The few words Wagtail's admin shows without passing them through gettext.

Its templates that hard-code English (a landmark's name, a boolean cell's "True") are
overridden in home/templates/wagtailadmin/ with the same markup; the roots of the page tree
and of the collections, named "Root" in Wagtail's own data, are named here in the editor's
language wherever the admin shows them (breadcrumbs, explorer, collection choosers).
"""

import functools

from django.utils.translation import gettext
from wagtail.models import Collection, Page


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
