"""Home-page and head helpers: latest news, next events, feed links of the active language."""

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from home.cache import active_locale, shared_cached

from ..models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

register = template.Library()


@register.inclusion_tag("news/tags/latest_news.html", takes_context=True)
def latest_news(context, count=3):
    locale = active_locale()
    items = (
        NewsPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("image")
        .prefetch_related("image__renditions")  # the cards' pictures in one query
        .order_by("-date", "-pk")[:count]
    )
    index = NewsIndexPage.objects.live().filter(locale=locale).first()
    return {"request": context.get("request"), "items": list(items), "index": index}


@register.inclusion_tag("news/tags/upcoming_events.html", takes_context=True)
def upcoming_events(context, count=3):
    locale = active_locale()
    events = (
        EventPage.objects.live()
        .public()
        .filter(locale=locale, end__gt=timezone.now())
        .order_by("start", "pk")[:count]
    )
    index = EventIndexPage.objects.live().filter(locale=locale).first()
    return {"request": context.get("request"), "events": list(events), "index": index}


@register.inclusion_tag("news/tags/feed_links.html", takes_context=True)
def news_feed_links(context):
    """<link rel="alternate"> to the RSS and Atom feeds of the active language's news (the
    news index comes from the shared cache: no query on any page)."""
    index = shared_cached(
        "news-feed-index",
        [get_language()],
        lambda: NewsIndexPage.objects.live().filter(locale=active_locale()).first(),
    )
    return {"request": context.get("request"), "index": index}
