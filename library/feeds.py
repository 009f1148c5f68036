"""The library's RSS feed: public items only, even for signed-in members.

Feed readers never sign in and their responses may sit in shared caches, so the feed is
the same for everyone: no members-only items and no pages with a Wagtail view restriction.
"""

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from .tagging import LibraryItemTag

FEED_LENGTH = 20


class LibraryFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, obj):
        return obj.title

    def link(self, obj):
        return obj.get_url(self.request)

    def description(self, obj):
        return obj.intro or _("New practices, cases and methods in the Club's library.")

    def items(self, obj):
        return list(
            obj.public_items()
            .defer_streamfields()
            .prefetch_related(
                Prefetch("tagged_items", queryset=LibraryItemTag.objects.select_related("tag"))
            )
            .order_by("-first_published_at")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [entry.tag.label for entry in item.tagged_items.all()]
