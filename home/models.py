"""The home page and the Club-wide settings shown in every footer."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from .blocks import HomeStreamBlock
from .collection_marks import CollectionMark
from .reminders import SentReminder
from .routing import fast_route
from .tracks import Track

__all__ = ["ClubSettings", "CollectionMark", "HomePage", "SentReminder", "Track"]


#: Feature apps add to the home page without the base layer knowing them: a function
#: registered under one of these hooks returns the name of one of its templates, included
#: with the page's context in the <head> or after the body (news: feed links, events, news).
HOME_HEAD_HOOK = "register_home_page_head"
HOME_SECTION_HOOK = "register_home_page_section"


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

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["head_templates"] = [name() for name in hooks.get_hooks(HOME_HEAD_HOOK)]
        context["section_templates"] = [name() for name in hooks.get_hooks(HOME_SECTION_HOOK)]
        return context

    def route(self, request, path_components):
        """The page a path leads to, in one query when the path is known (home/routing.py)."""
        if path_components:
            result = fast_route(self, request, path_components)
            if result is not None:
                return result
        return super().route(request, path_components)


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
    telegram_chat_id = models.CharField(
        _("Telegram chat id for announcements"),
        max_length=64,
        blank=True,
        help_text=_(
            "Where the site posts new news items and events, such as -1001234567890. Empty: "
            "the server's setting. The bot token is set on the server only."
        ),
    )
    inactivity_nudge_days = models.PositiveSmallIntegerField(
        _("remind a member of a started course after this many days without activity"),
        default=0,
        help_text=_("0 = never. Members can switch the reminder off on their account page."),
    )

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
        FieldPanel("telegram_chat_id"),
        FieldPanel("inactivity_nudge_days", heading=_("Reminders")),
    ]

    class Meta:
        verbose_name = _("Club settings")

    @classmethod
    def for_default_site(cls):
        """The settings outside a request (scheduled jobs): those of the default site."""
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        return cls.for_site(site) if site else cls()

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
