"""The few words Wagtail's admin shows without passing them through gettext.

Its templates that hard-code English (a landmark's name, a boolean cell's "True", the
dashboard's search button, Python's "None" for nobody) are overridden in
home/templates/wagtailadmin/ with the same markup; the roots of the page tree and of the
collections, named "Root" in Wagtail's own data, are named here in the editor's language
wherever the admin shows them (breadcrumbs, explorer, collection choosers); the date
wagtail-localize writes under each translated segment is written in it too. Each is an
upstream gap of Wagtail 8.0 or wagtail-localize.
"""

import functools

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy, ngettext
from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.models import Collection, Page
from wagtail_localize.compat import DATE_FORMAT
from wagtail_localize.models import StringTranslation
from wagtail_localize.views.report import TranslationsReportView

from .wrapping import wrap_once


def name_the_roots_in_the_admin_language():
    for model, method in (
        (Page, "get_admin_display_title"),
        (Collection, "__str__"),
        (Collection, "get_indented_name"),
    ):
        _name_the_root(model, method)


def _name_the_root(model, method):
    def root_named(wagtails):
        @functools.wraps(wagtails)
        def named(instance, *args, **kwargs):
            if instance.depth == 1:
                # Translators: the top of the page tree and of the collections, above everything
                return gettext("Root")
            return wagtails(instance, *args, **kwargs)

        return named

    wrap_once(model, method, root_named)


def label_the_login_password():
    """Wagtail's sign-in form declares its password field without a label, so Django names
    it from the field's name: "Password", in English whatever the admin's language."""
    LoginForm.base_fields["password"].label = gettext_lazy("Password")


def show_booleans_as_yes_or_no():
    """A generic listing's boolean field (list_display = ["featured"]) is printed as Python's
    "True"/"False"; it gets Wagtail's own BooleanColumn (a yes/no icon, named in the admin's
    language) as a boolean of its own models does."""

    def boolean_columns(wagtails):
        @functools.wraps(wagtails)
        def column(self, field_name, column_class=Column, **kwargs):
            try:
                field = self.model._meta.get_field(field_name)
            except FieldDoesNotExist:
                field = None
            if column_class is Column and isinstance(field, models.BooleanField):
                column_class = BooleanColumn
            return wagtails(self, field_name, column_class, **kwargs)

        return column

    wrap_once(IndexView, "_get_custom_column", boolean_columns)


class TranslationsPaginator(WagtailPaginator):
    """wagtail-localize's Translation model has no verbose name, so its report counted
    "1 translation" in English; here the count is a plural of the admin's language."""

    @cached_property
    def items_count_label(self):
        return ngettext("%(count)s translation", "%(count)s translations", self.count) % {
            "count": self.count
        }


def count_translations_in_the_admin_language():
    TranslationsReportView.paginator_class = TranslationsPaginator


def count_items_in_the_admin_language():
    """Wagtail's paginator glues the count to a model's plural name ("9 пользователи", "6
    элементы"), which reads right in English only; a label and its number read right in all."""

    def items_count_label(paginator):
        # Translators: a listing's size, e.g. "Users: 9"
        return gettext("%(items)s: %(count)s") % {
            "items": capfirst(paginator.verbose_name_plural),
            "count": paginator.count,
        }

    WagtailPaginator.items_count_label = property(items_count_label)


def date_translated_segments_in_the_admin_language():
    """wagtail-localize dates each translated segment ("Translated manually on 7 December
    2026") with `strftime`, whose month names are English: the same sentence, with the date
    as Django writes it in the editor's language and time zone."""

    def dated_in_admin_language(comment):
        @functools.wraps(comment)
        def dated(instance):
            text = comment(instance)
            if not text:
                return text
            english = instance.updated_at.strftime(DATE_FORMAT)
            local = formats.date_format(timezone.localtime(instance.updated_at))
            return text.replace(english, local)

        return dated

    wrap_once(StringTranslation, "get_comment", dated_in_admin_language)
