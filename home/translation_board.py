"""The translation status board (Reports → Translation status): every page and translatable
snippet in every language, with filters, counts per state and links into wagtail-localize.

Shown to people who may submit translations (`wagtail_localize.submit_translation`, given to
the Editors group and grantable in Settings → Groups): every view it links to needs it too.
"""

from urllib.parse import urlencode

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale

from .admin_home import SUBMIT_TRANSLATION
from .translation_status import SOURCE, STATES, Board, add_snippet_titles, type_choices

INDEX = "club_translation_status"
RESULTS = "club_translation_status_results"


def can_see_board(user):
    return user.has_perm(SUBMIT_TRANSLATION)


def language_choices():
    return list(get_content_languages().items())


class TranslationStatusFilterSet(WagtailFilterSet):
    """Read by the view itself: the rows are built in Python, not a queryset."""

    language = django_filters.ChoiceFilter(label=_("Language"), choices=language_choices)
    state = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(state, label) for state, label in STATES.items() if state != SOURCE],
    )
    type = django_filters.ChoiceFilter(label=_("Type"), choices=type_choices)

    class Meta:
        model = Locale
        fields = []


class StateColumn(Column):
    """One language's state of each row, linking to where the editor acts on it."""

    cell_template_name = "home/admin/translation_state_cell.html"

    def __init__(self, language, label):
        super().__init__(f"language_{language}", label=label, accessor="cells")
        self.language = language

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["cell"] = instance.cells[self.language]
        context["language"] = self.language
        return context


class TranslationStatusView(ReportView):
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    index_url_name = INDEX
    index_results_url_name = RESULTS
    results_template_name = "home/admin/translation_status_results.html"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_export = False  # states and links make no spreadsheet

    def dispatch(self, request, *args, **kwargs):
        if not can_see_board(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def board(self):
        return Board()

    @cached_property
    def chosen(self):
        if self.filters and self.filters.is_valid():
            return {name: value for name, value in self.filters.form.cleaned_data.items() if value}
        return {}

    @cached_property
    def languages(self):
        """The languages shown: the one chosen, else all."""
        chosen = self.chosen.get("language")
        return [chosen] if chosen else self.board.languages

    def get_queryset(self):
        """Every row of the chosen type: what the counts at the top count."""
        kind = self.chosen.get("type")
        return [row for row in self.board.rows if not kind or row.type_value == kind]

    def filter_queryset(self, rows):
        state = self.chosen.get("state")
        if not state:
            return rows
        return [
            row for row in rows if any(row.cells[code].state == state for code in self.languages)
        ]

    def decorate_paginated_queryset(self, object_list):
        return add_snippet_titles(object_list)

    @cached_property
    def columns(self):
        names = get_content_languages()
        return [
            TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
            Column("type_label", label=_("Type")),
            *(StateColumn(code, names.get(code, code)) for code in self.languages),
        ]

    def summary(self, rows):
        """Per language, how many rows are in each state, each count linking to them."""
        query = {"type": self.chosen["type"]} if "type" in self.chosen else {}
        names = get_content_languages()
        table = []
        for code in self.languages:
            counts = dict.fromkeys(STATES, 0)
            for row in rows:
                counts[row.cells[code].state] += 1
            links = [
                (state, count, self.link(query, code, state) if state != SOURCE else "")
                for state, count in counts.items()
            ]
            table.append((code, names.get(code, code), links))
        return table

    def link(self, query, language, state):
        return f"{self.index_url}?{urlencode({**query, 'language': language, 'state': state})}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["summary"] = self.summary(self.get_queryset())
        context["state_labels"] = list(STATES.values())
        return context


def admin_urls():
    view = TranslationStatusView.as_view()
    results = TranslationStatusView.as_view(results_only=True)
    return [
        path("translation-status/", view, name=INDEX),
        path("translation-status/results/", results, name=RESULTS),
    ]


class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_board(request.user)


def menu_item():
    return BoardMenuItem(
        _("Translation status"),
        reverse(INDEX),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=90,
    )
