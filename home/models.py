"""The home page and the Club-wide settings shown in every footer."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
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
#: A function registered here takes the home page and returns (label, url) of a button of
#: its first screen, or None (courses: "Start learning", leading to the catalogue).
HOME_ACTION_HOOK = "register_home_page_action"


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
        actions = (action(self) for action in hooks.get_hooks(HOME_ACTION_HOOK))
        context["hero_actions"] = [action for action in actions if action]
        return context

    def route(self, request, path_components):
        """The page a path leads to, in one query when the path is known (home/routing.py)."""
        if path_components:
            result = fast_route(self, request, path_components)
            if result is not None:
                return result
        return super().route(request, path_components)


def _image(label, help_text):
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=label,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


#: The languages of per-language fields (address_ky, …): those of the site, in its order.
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


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
    logo = _image(
        _("Club logo"),
        _("Shown in the header, emails and certificates. Empty: the Club's drawn mark."),
    )
    organiser_logo = _image(
        _("AMUCA logo"), _("Shown in the footer and on certificates beside the organiser's name.")
    )
    signatory_name_ky = models.CharField(_("signatory's name (Kyrgyz)"), max_length=150, blank=True)
    signatory_name_ru = models.CharField(
        _("signatory's name (Russian)"), max_length=150, blank=True
    )
    signatory_name_en = models.CharField(
        _("signatory's name (English)"), max_length=150, blank=True
    )
    signatory_title_ky = models.CharField(
        _("signatory's position (Kyrgyz)"), max_length=200, blank=True
    )
    signatory_title_ru = models.CharField(
        _("signatory's position (Russian)"), max_length=200, blank=True
    )
    signatory_title_en = models.CharField(
        _("signatory's position (English)"), max_length=200, blank=True
    )
    signature = _image(
        _("signature"), _("A scan of the signature, best as a PNG with a clear background.")
    )
    stamp = _image(_("stamp"), _("Optional: printed beside the signature."))
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
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("organiser_logo")], heading=_("Logos")),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Who signs the certificates. Write her name and position in each "
                        "language: a certificate is printed in the language chosen."
                    )
                ),
                *(
                    FieldPanel(f"signatory_{part}_{code}")
                    for part in ("name", "title")
                    for code in LANGUAGE_CODES
                ),
                FieldPanel("signature"),
                FieldPanel("stamp"),
            ],
            heading=_("Certificates"),
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

    def _in_language(self, field):
        """The field `<field>_<language>` in the active language, falling back to Kyrgyz."""
        return getattr(self, f"{field}_{get_language()}", "") or getattr(self, f"{field}_ky")

    @property
    def address(self):
        return self._in_language("address")

    @property
    def signatory_name(self):
        return self._in_language("signatory_name")

    @property
    def signatory_title(self):
        return self._in_language("signatory_title")

    @property
    def social_links(self):
        links = [
            ("Telegram", self.telegram_url),
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
