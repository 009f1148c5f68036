"""The home page and the Club-wide settings shown in every footer."""

from django.core.cache import cache
from django.db import models
from django.http import HttpResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import HomeStreamBlock
from .routing import fast_route
from .tracks import Track

__all__ = ["ClubSettings", "HomePage", "Track"]


class HomePage(Page):
    """The root of each language's tree: what the Club is and how it works."""

    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("tagline"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("tagline"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    #: Seconds an anonymous visitor's copy of the home page is reused: the latest news and
    #: events on it change rarely, and most visits come from slow phones.
    anonymous_cache_seconds = 60

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """The page a path leads to, in one query when the path is known (home/routing.py)."""
        if path_components:
            result = fast_route(self, request, path_components)
            if result is not None:
                return result
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        """Reuse the rendered page for anonymous visitors only; never for a signed-in user.

        The key holds the live revision, so publishing shows at once; the short lifetime
        covers the news and events listed on the page.
        """
        if not self._is_cacheable(request):
            return super().serve(request, *args, **kwargs)
        key = f"home-page:{self.pk}:{self.live_revision_id}:{get_language()}"
        content = cache.get(key)
        if content is None:
            response = super().serve(request, *args, **kwargs)
            if response.status_code != 200:
                return response
            response.render()
            content = response.content
            cache.set(key, content, self.anonymous_cache_seconds)
        return HttpResponse(content)

    @staticmethod
    def _is_cacheable(request):
        session = getattr(request, "session", {})
        pending_messages = "messages" in request.COOKIES or "_messages" in session
        return (
            request.method == "GET"
            and not request.GET
            and not request.user.is_authenticated
            and not getattr(request, "is_preview", False)
            and not pending_messages
        )


@register_setting(icon="site")
class ClubSettings(BaseSiteSetting):
    """Contacts and links of the Club, edited by AMUCA in Settings → Club settings."""

    address_ky = models.CharField(_("address (Kyrgyz)"), max_length=255, blank=True)
    address_ru = models.CharField(_("address (Russian)"), max_length=255, blank=True)
    address_en = models.CharField(_("address (English)"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    telegram_url = models.URLField(_("Telegram group link"), blank=True)
    mailing_list_url = models.CharField(
        _("mailing-list sign-up link"),
        max_length=255,
        blank=True,
        help_text=_("A full address, or a path on this site such as /ky/news/subscribe/."),
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    instagram_url = models.URLField(_("Instagram page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("address_ky"), FieldPanel("address_ru"), FieldPanel("address_en")],
            heading=_("Address"),
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        MultiFieldPanel(
            [
                FieldPanel("telegram_url"),
                FieldPanel("mailing_list_url"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Links"),
        ),
    ]

    class Meta:
        verbose_name = _("Club settings")

    @property
    def address(self):
        """The address in the active language, falling back to Kyrgyz."""
        return getattr(self, f"address_{get_language()}", "") or self.address_ky

    @property
    def social_links(self):
        links = [
            ("Telegram", self.telegram_url),
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
