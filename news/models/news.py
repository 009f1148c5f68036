"""Public news of the Club: an index per language and the news items under it."""

from django.core.paginator import Paginator
from django.core.validators import slug_unicode_re
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.search.registry import STEMS_FIELD, StemmedSearchMixin

from ..blocks import NewsStreamBlock
from ..feeds import NewsAtomFeed, NewsRssFeed

NEWS_PER_PAGE = 10


def paginate(request, queryset, per_page):
    """A junk page number gives the first page, one past the end the last (Django's get_page)."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


class NewsIndexPage(RoutablePageMixin, Page):
    """The list of news of one language, newest first, with its RSS and Atom feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def news_items(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .prefetch_related("tags")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.news_items()
        tag = request.GET.get("tag", "").strip()
        if tag:
            # No tag has a slug with other characters (a NUL would be a database error).
            items = items.filter(tags__slug=tag) if slug_unicode_re.match(tag) else items.none()
        context["tag"] = tag
        context["news_page"] = paginate(request, items, NEWS_PER_PAGE)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return NewsAtomFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(StemmedSearchMixin, Page):
    """One news item: what happened or what is coming in the Club."""

    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(
        _("introduction"), max_length=400, help_text=_("One or two sentences for lists and feeds.")
    )
    body = StreamField(NewsStreamBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in lists and when the news is shared in Telegram."),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
        STEMS_FIELD,
    ]
    stemmed_fields = ("intro", "body")

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
