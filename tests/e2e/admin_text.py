"""Runs inside the live site (`manage.py shell -c`) and prints the text its database holds
and the addresses of Wagtail's main admin views.

The admin-language journey (test_admin_in_kyrgyz.py) excuses this text wherever the admin
shows it: titles, names, members' words, the demo's English pages, comments, tags, file
names — content, not interface, in whatever language it was written. It is read from every
model rather than listed by hand, so content added later is excused too. Not content: a
field with choices (its value is a code the admin shows through a translated label), and the
rows migrations write to describe the code (content types, permissions), which are interface.
"""

import contextlib
import json
import re
import zoneinfo
from html import unescape

from django.apps import apps
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from wagtail.fields import StreamField

TAG = re.compile(r"<[^>]+>")
#: A value without spaces that holds a dot, colon, slash or underscore is a code or a path
#: ("wagtail.publish", "courses/lesson_page"), not words a reader meets as text.
CODE = re.compile(r"^\S*[._:/$]\S*$")
INTERFACE_MODELS = {"contenttypes.contenttype", "auth.permission", "sessions.session"}
TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField, models.FileField, StreamField)
ROWS_PER_MODEL = 5000


def _strings(value):
    """Each line of text in a value: HTML stripped, JSON and StreamField data walked."""
    if value is None:
        return
    if hasattr(value, "raw_data"):  # a StreamValue
        value = list(value.raw_data)
    if hasattr(value, "name") and hasattr(value, "storage"):  # a FieldFile
        value = value.name.rsplit("/", 1)[-1]
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        text = value.strip()
        if text[:1] in "[{":
            try:
                yield from _strings(json.loads(text))
                return
            except ValueError:
                pass
        if "<" in text:
            text = unescape(TAG.sub("\n", text))
        for line in text.splitlines():
            line = " ".join(line.split())
            if line and not CODE.match(line):
                yield line


def _model_text():
    for model in apps.get_models():
        if model._meta.label_lower in INTERFACE_MODELS or not model._meta.managed:
            continue
        fields = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, TEXT_FIELDS) and not f.choices and f.name != "password"
        ]
        rows = model._default_manager.all()[:ROWS_PER_MODEL]
        for obj in rows.only("pk", *fields) if fields else rows:
            yield from _strings(str(obj))
            for name in fields:
                yield from _strings(getattr(obj, name))
            if hasattr(obj, "get_full_name"):
                yield from _strings(obj.get_full_name())


def _names_of_the_world():
    """What the admin lists from outside its database: language autonyms (the language
    menus), time zones (the account's preferences)."""
    yield from (name for _, name in settings.LANGUAGES)
    for info in LANG_INFO.values():
        yield from (info.get("name_local", ""), info.get("name", ""))
    yield from zoneinfo.available_timezones()


#: Wagtail's main views, by URL name: each is opened when her sidebar offers it.
WAGTAIL_VIEWS = [
    "wagtailadmin_explore_root",
    "wagtailimages:index",
    "wagtaildocs:index",
    "wagtailsnippets:index",
    "wagtailadmin_reports:locked_pages",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:page_types_usage",
    "wagtailusers_users:index",
    "wagtailusers_groups:index",
    "wagtailadmin_workflows:index",
    "wagtailadmin_workflows:task_index",
    "wagtaillocales:index",
    "wagtailredirects:index",
    "wagtailsites:index",
    "wagtailadmin_collections:index",
]


def _views():
    """(path, the menu item that leads to it) of Wagtail's main views: its dashboard and
    account (no menu item needed), the menu's own, the explorer of the Kyrgyz home page, the
    editor of a Kyrgyz lesson, the translation editor of a lesson translated with
    wagtail-localize, the page search, and the edit view of the first image, document and
    snippet of each kind."""
    from django.urls import NoReverseMatch, reverse
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page
    from wagtail.snippets.models import get_snippet_models

    views = [(reverse("wagtailadmin_home"), None), (reverse("wagtailadmin_account"), None)]
    for name in WAGTAIL_VIEWS:
        with contextlib.suppress(NoReverseMatch):
            views.append((reverse(name), reverse(name)))
    pages, snippets = reverse("wagtailadmin_explore_root"), reverse("wagtailsnippets:index")
    kyrgyz = Locale.objects.get(language_code="ky")
    home = Page.objects.filter(depth=2, locale=kyrgyz).first()
    if home:
        views.append((reverse("wagtailadmin_explore", args=[home.pk]), pages))
    lesson = Page.objects.filter(locale=kyrgyz, content_type__model="lessonpage").first()
    if lesson:
        views.append((reverse("wagtailadmin_pages:edit", args=[lesson.pk]), pages))
        words = [word for word in lesson.title.split() if len(word) > 3]
        search = reverse("wagtailadmin_pages:search") + f"?q={words[0] if words else 'a'}"
        views.append((search, pages))
    translated = _translated_lesson()
    if translated:
        views.append((reverse("wagtailadmin_pages:edit", args=[translated]), pages))
    for model, name in (
        (get_image_model(), "wagtailimages"),
        (get_document_model(), "wagtaildocs"),
    ):
        if (first := model.objects.order_by("pk").first()) is not None:
            views.append((reverse(f"{name}:edit", args=[first.pk]), reverse(f"{name}:index")))
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        views.append((reverse(viewset.get_url_name("list")), snippets))
        if (first := model._default_manager.order_by("pk").first()) is not None:
            edit = reverse(viewset.get_url_name("edit"), args=[first.pk])
            views.append((edit, snippets))
    return views


def _translated_lesson():
    """A Kyrgyz lesson in wagtail-localize's translation editor, translated from Russian.

    The demo writes its languages side by side, so unless a journey has translated a lesson
    already, the last Kyrgyz lesson is made the target of a translation of its Russian
    original — the segments are extracted, nothing is written into the Kyrgyz page."""
    try:
        from wagtail_localize.models import Translation, TranslationSource
    except ImportError:
        return None
    from wagtail.models import Locale, Page

    translation = Translation.objects.filter(
        source__specific_content_type__model="lessonpage", enabled=True
    ).first()
    if translation is not None:
        with contextlib.suppress(ObjectDoesNotExist):
            return translation.get_target_instance().pk
    kyrgyz, russian = Locale.objects.get(language_code="ky"), Locale.objects.get(language_code="ru")
    lesson = Page.objects.filter(locale=kyrgyz, content_type__model="lessonpage").last()
    original = lesson and lesson.get_translation_or_none(russian)
    if original is None:
        return None
    source, _ = TranslationSource.get_or_create_from_instance(original)
    Translation.objects.get_or_create(source=source, target_locale=kyrgyz)
    return lesson.pk


def main():
    views = _views()  # first: a translation it starts adds its segments to the content
    text = set(_model_text()) | {name for name in _names_of_the_world() if name}
    data = {"content": sorted(text), "views": views}
    print("ADMINTEXT" + json.dumps(data, ensure_ascii=False))
