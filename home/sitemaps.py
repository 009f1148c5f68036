"""One sitemap for every language: public, live pages only."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists one locale; the Club publishes three.

    Pages with a view restriction are left out by `.public()`; page types that hold
    members-only content return no URLs from `get_sitemap_urls`.
    """

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .defer_streamfields()
            .specific()
            .order_by("path")
        )
