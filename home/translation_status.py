"""Where each page and translatable snippet stands in every language: the translation board's data.

A row is one translation group (the instances sharing a translation key) shown from its source:
the language wagtail-localize translates it from, else the default language, else the first
instance. Each other language is missing, in progress (how much of the source's text is
translated), out of date (the source changed since the translation was last made from it),
a draft (translated, not published) or live.

Everything is read with a fixed number of `values()` queries, one per translatable model plus
the translations with their progress counted in SQL, so the board costs the same for ten pages
as for ten thousand; the rows are then built, filtered and counted in Python.
"""

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from django.apps import apps
from django.contrib.admin.utils import quote
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_content_languages
from wagtail.models import DraftStateMixin, Locale, Page, RevisionMixin, get_translatable_models
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationLog

MISSING = "missing"
IN_PROGRESS = "in_progress"
OUT_OF_DATE = "out_of_date"
DRAFT = "draft"
LIVE = "live"
SOURCE = "source"

#: The states in the order an editor works through them, with their names in the admin.
STATES = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    OUT_OF_DATE: _("Out of date"),
    DRAFT: _("Draft"),
    LIVE: _("Live"),
    SOURCE: _("Source"),
}


def translatable_snippet_models():
    """Snippet models wagtail-localize offers to translate (TranslatableMixin, registered)."""
    snippets = set(get_snippet_models())
    return [model for model in get_translatable_models() if model in snippets]


def type_choices():
    """(value, label) of every page type and translatable snippet model, for the type filter."""
    page_models = [
        model
        for model in get_translatable_models(include_subclasses=True)
        if issubclass(model, Page) and model is not Page
    ]
    models = sorted(page_models, key=type_label) + translatable_snippet_models()
    return [(model._meta.label_lower, type_label(model)) for model in models]


def type_label(model):
    return capfirst(model._meta.verbose_name)


@dataclass
class Instance:
    """One object in one language, as far as the board needs it."""

    model: type  # the specific model
    pk: int
    key: object  # translation key
    locale_id: int
    title: str = ""
    live: bool = True
    # When its content last changed where wagtail-localize reads it: the published
    # content of a page (a draft is not what "Sync translated pages" reads), else the latest
    # revision when the model keeps revisions; None when nothing tells.
    edited_at: datetime | None = None
    alias: bool = False

    def edit_url(self):
        if issubclass(self.model, Page):
            return reverse("wagtailadmin_pages:edit", args=[self.pk])
        return reverse(self.model.snippet_viewset.get_url_name("edit"), args=[quote(self.pk)])


@dataclass
class Tracked:
    """An enabled wagtail-localize translation of a group into one locale."""

    source_id: int
    source_locale_id: int
    synced_at: datetime  # the source's text was last read from its object
    total: int  # segments of text in the source
    translated: int  # of which translated into the target locale
    applied_at: datetime | None  # the translated object was last written from the source


@dataclass
class Cell:
    state: str
    link: object = None  # makes the URL it leads to: reversed only for the rows shown
    percent: int | None = None

    @property
    def label(self):
        return STATES[self.state]

    @property
    def url(self):
        return self.link() if self.link else ""


@dataclass
class Row:
    source: Instance
    cells: dict = field(default_factory=dict)  # language code → Cell

    @property
    def title(self):
        return self.source.title

    @property
    def type_label(self):
        return type_label(self.source.model)

    @property
    def type_value(self):
        return self.source.model._meta.label_lower

    @property
    def edit_url(self):
        return self.source.edit_url()


def page_instances():
    """Every page but the tree's root, in tree order: one query."""
    found = Page.objects.filter(depth__gt=1).order_by("path")
    for values in found.values_list(
        "pk",
        "translation_key",
        "locale_id",
        "title",
        "live",
        "last_published_at",
        "alias_of_id",
        "content_type__app_label",
        "content_type__model",
    ):
        pk, key, locale_id, title, live, edited_at, alias_of, app_label, model_name = values
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:  # a page type since removed from the code
            model = Page
        yield Instance(model, pk, key, locale_id, title, live, edited_at, alias_of is not None)


def snippet_instances(model):
    """Every object of a translatable snippet model: one query (titles come later, per page)."""
    fields = {"pk": "pk", "key": "translation_key", "locale_id": "locale_id"}
    if issubclass(model, DraftStateMixin):
        fields.update(live="live", edited_at="last_published_at")
    elif issubclass(model, RevisionMixin):
        fields["edited_at"] = "latest_revision__created_at"
    for values in model._default_manager.order_by("pk").values_list(*fields.values()):
        yield Instance(model, **dict(zip(fields, values, strict=True)))


def tracked_translations():
    """(translation key, target locale id) → Tracked, with each one's progress: one query.

    The same count as wagtail-localize's `Translation.get_progress()`, made in SQL for all,
    less a page's slug: left untranslated, it is made from the translated title
    (home/translation_drafts.py), so a translation never waits for it."""
    page_slug = Q(context__path="slug") & Exists(
        Page.objects.filter(translation_key=OuterRef("source__object_id"))
    )
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id")).exclude(page_slug)
    segments = segments.order_by()
    done = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )
    translated = segments.filter(Exists(done))
    last_applied = TranslationLog.objects.filter(
        source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
    ).order_by("-created_at")
    found = Translation.objects.filter(enabled=True).annotate(
        total=Coalesce(Subquery(count_of(segments)), 0),
        translated=Coalesce(Subquery(count_of(translated)), 0),
        applied_at=Subquery(last_applied.values("created_at")[:1]),
    )
    return {
        (key, target): Tracked(*rest)
        for key, target, *rest in found.values_list(
            "source__object_id",
            "target_locale_id",
            "source_id",
            "source__locale_id",
            "source__last_updated_at",
            "total",
            "translated",
            "applied_at",
        )
    }


def count_of(segments):
    """A subquery counting `segments` (all of one source)."""
    return segments.values("source_id").annotate(n=Count("pk")).values("n")


class Board:
    """Every translation group's row with its cells, in the languages of the site."""

    def __init__(self):
        self.languages = list(get_content_languages())
        self.locales = dict(Locale.objects.values_list("language_code", "pk"))
        self.default_locale_id = self.locales.get(self.languages[0]) if self.languages else None
        self.tracked = tracked_translations()
        self.source_locales = {}  # translation key → locales wagtail-localize translates from
        for (key, _target), tracked in self.tracked.items():
            self.source_locales.setdefault(key, set()).add(tracked.source_locale_id)
        instances = list(page_instances())
        for model in translatable_snippet_models():
            instances += snippet_instances(model)
        self.rows = self.build_rows(instances)

    def build_rows(self, instances):
        groups = {}
        for instance in instances:
            groups.setdefault(instance.key, {})[instance.locale_id] = instance
        rows = []
        for key, by_locale in groups.items():
            source = self.source_of(key, by_locale)
            if source is None:
                continue
            row = Row(source)
            for language in self.languages:
                row.cells[language] = self.cell(row, by_locale, self.locales.get(language))
            rows.append(row)
        return rows

    def source_of(self, key, by_locale):
        """The instance translations are made from: wagtail-localize's source (the default
        language's if there are several), else the default language's, else the first."""
        originals = {locale_id: one for locale_id, one in by_locale.items() if not one.alias}
        sources = self.source_locales.get(key, ())
        for locale_id in sorted(sources, key=lambda pk: pk != self.default_locale_id):
            if locale_id in originals:
                return originals[locale_id]
        if self.default_locale_id in originals:
            return originals[self.default_locale_id]
        return min(originals.values(), key=lambda one: one.pk, default=None)

    def cell(self, row, by_locale, locale_id):
        source = row.source
        if locale_id == source.locale_id:
            return Cell(SOURCE, source.edit_url)
        target = by_locale.get(locale_id)
        if target is None or target.alias:
            return Cell(MISSING, partial(self.submit_url, source, locale_id))
        tracked = self.tracked.get((source.key, locale_id))
        if tracked is None:  # copied or written by hand: compare the two objects' revisions
            return self.untracked_cell(by_locale.get(source.locale_id), target)
        return self.tracked_cell(tracked, by_locale.get(tracked.source_locale_id), target)

    def untracked_cell(self, source, target):
        if source and source.edited_at and target.edited_at and source.edited_at > target.edited_at:
            return Cell(OUT_OF_DATE, target.edit_url)
        return Cell(LIVE if target.live else DRAFT, target.edit_url)

    def tracked_cell(self, tracked, source, target):
        # Rounded down: never 100 % while a segment is left.
        percent = 100 * tracked.translated // tracked.total if tracked.total else 100
        if source and source.edited_at and source.edited_at > tracked.synced_at:
            # Edited since its text was sent for translation: "Sync translated pages" first.
            update = partial(
                reverse, "wagtail_localize:update_translations", args=[tracked.source_id]
            )
            return Cell(OUT_OF_DATE, update, percent)
        if tracked.applied_at and tracked.synced_at > tracked.applied_at:
            return Cell(OUT_OF_DATE, target.edit_url, percent)
        if tracked.translated < tracked.total:
            return Cell(IN_PROGRESS, target.edit_url, percent)
        return Cell(LIVE if target.live else DRAFT, target.edit_url)

    def submit_url(self, source, locale_id):
        language = next((code for code, pk in self.locales.items() if pk == locale_id), "")
        if issubclass(source.model, Page):
            url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
        else:
            meta = source.model._meta
            args = [meta.app_label, meta.model_name, quote(source.pk)]
            url = reverse("wagtail_localize:submit_snippet_translation", args=args)
        return f"{url}?select_locale={language}"


def add_snippet_titles(rows):
    """Give the snippets among `rows` their titles (`str()`), one query per snippet model."""
    by_model = {}
    for row in rows:
        if not issubclass(row.source.model, Page):
            by_model.setdefault(row.source.model, []).append(row.source)
    for model, sources in by_model.items():
        objects = model._default_manager.in_bulk([source.pk for source in sources])
        for source in sources:
            source.title = str(objects.get(source.pk, ""))
    return rows
