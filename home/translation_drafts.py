"""Translations that never leak onto the site, and slugs from translated titles.

With `WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False` "Translate this page" makes a
draft. wagtail-localize still writes a translation's text into its database row whenever it
updates it (`TranslationSource.create_or_update_translation`), and a live page's row is what
visitors read: submitting a course's subtree again, or a snippet it points to, put the source
language's text on a live translation at once. Wrapped once at app ready:

- a live page updated as a draft keeps its published text; the update waits in a revision
  until an editor publishes it in the translation editor ("Sync translated pages" has no
  "Publish immediately": `DraftUpdateTranslationsView`);
- a snippet without drafts (a track) already translated is not overwritten while some of its
  texts are still untranslated;
- a page whose slug segment the editor has not translated gets a slug made from its
  translated title (unique among its siblings), as Wagtail's editor would make it; until
  its title is translated it keeps the source's slug.
"""

import contextvars
import functools
import re

from django import forms
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import pre_save
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug, string_to_ascii
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import MissingTranslationError, TranslationSource
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

from .wrapping import wrap_once

#: The source page of the translation wagtail-localize is saving, while it saves it.
_translating = contextvars.ContextVar("translating", default=None)


def slug_from_title(title):
    """The slug Wagtail's editor makes from a title (transliterated unless unicode slugs)."""
    if getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True):
        return slugify(title, allow_unicode=True)
    return slugify(string_to_ascii(title))


def is_source_slug(slug, source_slug):
    """The source's slug, or that slug made unique by wagtail-localize ("slug-2")."""
    return slug == source_slug or re.fullmatch(rf"{re.escape(source_slug)}-\d+", slug)


def slug_from_translated_title(sender, instance, **kwargs):
    """pre_save of a page wagtail-localize is writing: its slug from its translated title."""
    source = _translating.get()
    if (
        source is None
        or not isinstance(instance, Page)
        or instance.pk == source.pk
        or instance.translation_key != source.translation_key
        or not is_source_slug(instance.slug, source.slug)
        or instance.title == source.title  # no translated title yet (the demo's copies)
    ):
        return
    slug = slug_from_title(instance.title)
    parent = instance.get_parent() if instance.pk else None
    if slug and parent is not None:
        instance.slug = find_available_slug(parent, slug, ignore_page_id=instance.pk)


def existing_translation(source, locale):
    try:
        return source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None


def untranslated(source, locale):
    try:
        source._get_segments_for_translation(locale, fallback=False)
    except MissingTranslationError:
        return True
    return False


def keep_published_text(page):
    """Put the live revision's content back in the row; the update stays the latest revision."""
    page = Page.objects.get(pk=page.pk).specific
    if page.live_revision_id is None or page.live_revision_id == page.latest_revision_id:
        return
    published = page.with_content_json(page.live_revision.content)
    published.save(clean=False)


def never_leak(create_or_update_translation):
    @functools.wraps(create_or_update_translation)
    def wrapper(self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False):
        existing = existing_translation(self, locale)
        if (
            existing is not None
            and not isinstance(existing, DraftStateMixin)  # always live: a track
            and fallback
            and untranslated(self, locale)
        ):
            return existing, False
        token = _translating.set(self.get_source_instance())
        try:
            result = create_or_update_translation(
                self,
                locale,
                user=user,
                publish=publish,
                copy_parent_pages=copy_parent_pages,
                fallback=fallback,
            )
        finally:
            _translating.reset(token)
        if isinstance(existing, Page) and existing.live and not publish:
            keep_published_text(existing)
        return result

    return wrapper


def install():
    """At app ready (home/wrapping.py: once)."""
    wrap_once(TranslationSource, "create_or_update_translation", never_leak)
    pre_save.connect(slug_from_translated_title, dispatch_uid="slug_from_translated_title")


class DraftUpdateForm(UpdateTranslationsForm):
    """ "Publish immediately" would publish the source language's text wherever a segment is
    not translated yet: the updates wait in the translation editor instead."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["publish_translations"]
        field.widget, field.disabled, field.initial = forms.HiddenInput(), True, False


class DraftUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", without "Publish immediately"
    (served at its URL, cms/urls.py)."""

    def get_form(self):
        return DraftUpdateForm(self.request.POST if self.request.method == "POST" else None)
