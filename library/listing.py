"""Finding things in the library: filters, search, tag cloud, pagination, related items.

The search box finds words by their stems, the site search's way (home/search/matching.py).

Every function runs a fixed number of queries, whatever the number of items or tags.
"""

import re

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Locale

from home.cache import shared_cached
from home.members.access import is_club_member
from home.members.choices import Oblast
from home.models import Track
from home.search.matching import search_pages

from .tagging import Kind, LibraryItemTag, LibraryTag

ITEMS_PER_PAGE = 12
RELATED_ITEMS = 3
COVER_FILTER = "fill-480x270"
FILTER_NAMES = ("q", "tag", "kind", "track", "oblast")
NON_WORD = re.compile(r"[^\w]+")


class LibraryFilterForm(forms.Form):
    """The query string of the library; bad values are dropped, never an error page."""

    q = forms.CharField(label=_("Search the library"), required=False, max_length=200)
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    track = forms.ChoiceField(label=_("Track"), required=False)
    oblast = forms.ChoiceField(label=_("Oblast"), required=False)

    def __init__(self, data, *, tags, tracks):
        super().__init__(data)
        self.fields["tag"].choices = [("", _("Any tag"))] + [(t.slug, t.label) for t in tags]
        self.fields["kind"].choices = [("", _("Any kind"))] + list(Kind.choices)
        self.fields["track"].choices = [("", _("Any track"))] + [(t.slug, t.name) for t in tracks]
        self.fields["oblast"].choices = [("", _("Any oblast"))] + list(Oblast.choices)
        if not tracks:
            del self.fields["track"]

    def filters(self):
        """The valid, non-empty values; unknown ones are left out."""
        self.is_valid()
        values = {name: self.cleaned_data.get(name) for name in FILTER_NAMES}
        # Words only: quotes and operators mean nothing to visitors and break some backends.
        values["q"] = " ".join(NON_WORD.sub(" ", values["q"] or "").split())
        return {name: value for name, value in values.items() if value}

    @property
    def ignored(self):
        """True when the query string held a value we did not recognise."""
        return bool(self.errors)


def _card_queryset(queryset):
    """Items ready for a card: tags and cover rendition in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(COVER_FILTER)
    return queryset.defer_streamfields().prefetch_related(
        Prefetch("tagged_items", queryset=LibraryItemTag.objects.select_related("tag")),
        Prefetch("cover_image", queryset=images),
    )


def tag_cloud(items):
    """Tags used by the given (visible) items, with counts, sorted in the active language."""
    tags = list(
        LibraryTag.objects.filter(tagged_library_items__content_object__in=items)
        .annotate(item_count=Count("tagged_library_items"))
        .order_by()
    )
    tags.sort(key=lambda tag: tag.label.lower())
    top = max((tag.item_count for tag in tags), default=1)
    for tag in tags:
        # Four sizes, from the rarest to the most used tag.
        tag.weight = 1 + round(3 * (tag.item_count - 1) / max(top - 1, 1))
    return tags


def _tracks_for(locale):
    tracks = list(Track.objects.filter(locale=locale))
    if not tracks:  # Not translated yet: show the source-language tracks.
        tracks = list(Track.objects.filter(locale__language_code="ky"))
    return tracks


def _apply_relation_filters(items, filters):
    if "tag" in filters:
        items = items.filter(tagged_items__tag__slug=filters["tag"])
    if "track" in filters:
        items = items.filter(tracks__slug=filters["track"])
    return items


def _page_number_links(filters, page_obj):
    """Query strings for the previous and next pages, keeping the recognised filters."""
    params = {name: filters[name] for name in FILTER_NAMES if name in filters}

    def link(number):
        return "?" + urlencode({**params, "page": number})

    return {
        "previous_url": link(page_obj.previous_page_number()) if page_obj.has_previous() else "",
        "next_url": link(page_obj.next_page_number()) if page_obj.has_next() else "",
    }


class CountedPaginator(Paginator):
    """A paginator told its count (kept in the shared cache) instead of counting the rows."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # `count` is a cached_property of Paginator


def build_listing(index_page, request):
    """Context of the library index: form, tag cloud, the current page of results.

    The tag cloud and the unfiltered number of items are the same for every visitor (or
    every member) of a language until something is published: kept per site generation,
    so a page of the library costs the same with 20 items or 2,000."""
    visible = index_page.items_for(request)
    audience = "members" if is_club_member(request.user) else "public"
    parts = [index_page.pk, audience, get_language()]
    tags = shared_cached("library-tags", parts, lambda: tag_cloud(visible))
    tracks = _tracks_for(index_page.locale)
    form = LibraryFilterForm(request.GET, tags=tags, tracks=tracks)
    filters = form.filters()

    items = visible
    for name in ("kind", "oblast"):
        if name in filters:
            items = items.filter(**{name: filters[name]})

    query = filters.get("q", "")
    if query:
        # Words and their stems, as the site search finds them (home/search/): in Kyrgyz
        # «бакча» finds «бакчалар»; the tag and track joins stay inside a subquery.
        items = _apply_relation_filters(items, filters)
        results = search_pages(items, query, index_page.locale.language_code)
        page_obj = Paginator(results, ITEMS_PER_PAGE).get_page(request.GET.get("page"))
        ids = [item.pk for item in page_obj.object_list]
        by_id = {item.pk: item for item in _card_queryset(visible.filter(id__in=ids))}
        object_list = [by_id[pk] for pk in ids if pk in by_id]
    else:
        if "tag" in filters or "track" in filters:  # joins: an item could come twice
            items = _apply_relation_filters(items, filters).distinct()
        ordered = _card_queryset(items.order_by("-first_published_at", "-id"))
        if filters:
            paginator = Paginator(ordered, ITEMS_PER_PAGE)
        else:
            count = shared_cached("library-count", parts[:2], items.count)
            paginator = CountedPaginator(ordered, ITEMS_PER_PAGE, count)
        page_obj = paginator.get_page(request.GET.get("page"))
        object_list = list(page_obj.object_list)

    selected_tag = next((t for t in tags if t.slug == filters.get("tag")), None)
    return {
        "library_url": index_page.get_url(request),
        "filter_form": form,
        "filters": filters,
        "filters_ignored": form.ignored,
        "search_query": query,
        "selected_tag": selected_tag,
        "tags": tags,
        "tracks": tracks,
        "page_obj": page_obj,
        "items": object_list,
        **_page_number_links(filters, page_obj),
    }


def related_items(page, library_items, tag_ids):
    """Visible items of the same library sharing the most tags with `page`."""
    if not tag_ids:
        return []
    items = library_items.exclude(pk=page.pk)
    items = (
        items.filter(tagged_items__tag_id__in=tag_ids)
        .annotate(shared_tags=Count("tagged_items"))
        .order_by("-shared_tags", "-first_published_at")
    )
    return list(_card_queryset(items)[:RELATED_ITEMS])


def _tags_and_tracks(page):
    """The item's tags and its tracks in the page's language."""
    item_tags = [entry.tag for entry in page.tagged_items.select_related("tag")]
    tracks = list(page.tracks.all())
    if tracks:
        localized = Track.by_translation_key(Locale(pk=page.locale_id))
        tracks = [localized.get(track.translation_key, track) for track in tracks]
    return item_tags, tracks


def item_context(page, request, library, library_items):
    """Context of an item page: its tags, tracks (in the page's language) and related items.

    `library_items` are the items of its library that this visitor may see.
    """
    if getattr(request, "is_preview", False):
        item_tags, tracks = _tags_and_tracks(page)
    else:  # published tags and tracks are the same for everyone: from the shared cache
        item_tags, tracks = shared_cached(
            "item-tags-tracks", [page.pk, page.locale_id], lambda: _tags_and_tracks(page)
        )
    return {
        "item_tags": item_tags,
        "item_tracks": tracks,
        "related_items": related_items(page, library_items, [tag.pk for tag in item_tags]),
        "library": library,
        "library_url": library.get_url(request) if library else "",
    }
