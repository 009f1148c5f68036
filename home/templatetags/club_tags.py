"""Site-wide template helpers: language switcher, hreflang alternates, the main menu and the
Club settings of the footer, the page's description for search engines.

All of it is the same for every visitor of a page, so it is kept per site generation
(home/cache.py): a page load with a warm cache asks the database nothing for the chrome.
Nothing here depends on who is signed in (the account menu is rendered outside).
"""

from html import unescape

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext
from wagtail.models import Locale, Page, Site

from home.brand import logo_urls
from home.cache import shared_cached
from home.models import ClubSettings

register = template.Library()


def _site(request):
    return Site.find_for_request(request)


def _language_home_urls(request, site):
    """The URL of every language's live home page, keyed by language code."""

    def compute():
        homes = Page.objects.filter(translation_key=site.root_page.translation_key).live()
        return {
            home.locale.language_code: home.get_url(request)
            for home in homes.select_related("locale")
        }

    return shared_cached("language-homes", [site.pk], compute) if site else {}


def _translation_urls(request, site, page):
    """The URL of each live translation of `page` (itself included), keyed by language code."""

    def compute():
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        return {p.locale.language_code: p.get_url(request) for p in translations}

    return shared_cached("translations", [site.pk if site else "-", page.pk], compute)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: where the switcher leads and whether a translation exists.

    On a Wagtail page the link leads to the page's own translation, or to that language's
    home when there is none. On other views (dashboard, account) the URL is translated.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    on_page = isinstance(page, Page) and bool(page.pk)
    translations = _translation_urls(request, _site(request), page) if on_page else {}
    homes = None
    links = []
    for code, name in settings.LANGUAGES:
        if on_page:
            url = translations.get(code)
            exists = url is not None
            if url is None:
                if homes is None:
                    homes = _language_home_urls(request, _site(request))
                url = homes.get(code) or f"/{code}/"
        else:
            url = translate_url(request.path, code)
            exists = True
        links.append(
            {"code": code, "name": name, "url": url, "exists": exists, "current": code == current}
        )
    return links


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Top-level pages of the active language that editors marked 'show in menus', as
    {title, url, path}."""
    request = context["request"]
    site = _site(request)
    if site is None:
        return []
    language = get_language()

    def compute():
        root = site.root_page
        locale = Locale.objects.filter(language_code=language).first()
        home = (
            Page.objects.filter(translation_key=root.translation_key, locale=locale).first() or root
        )
        return [
            {"title": item.title, "url": item.get_url(request), "path": item.path}
            for item in home.get_children().live().in_menu().public()
        ]

    return shared_cached("menu", [site.pk, language], compute)


@register.simple_tag(takes_context=True)
def language_home_url(context):
    request = context["request"]
    return _language_home_urls(request, _site(request)).get(get_language()) or f"/{get_language()}/"


@register.simple_tag(takes_context=True)
def club_settings(context):
    """The Club settings of the request's site (contacts and links of the footer)."""
    request = context["request"]
    site = _site(request)
    if site is None:
        return None
    return shared_cached("club-settings", [site.pk], lambda: ClubSettings.for_site(site))


@register.simple_tag(takes_context=True)
def club_logos(context):
    """{logo, organiser_logo}: the addresses of the logos uploaded in Club settings, or ""."""
    site = _site(context["request"])
    if site is None:
        return logo_urls(None)
    return shared_cached("club-logos", [site.pk], lambda: logo_urls(ClubSettings.for_site(site)))


# Fields a page may describe itself with, best first: the editor's own search description,
# then the summary or introduction the page shows (the course list's intro is rich text).
DESCRIBING_FIELDS = ("search_description", "summary", "intro", "tagline")


@register.simple_tag
def page_description(page=None):
    """The meta description: what the page says of itself in ~160 characters, or what the
    site is when it says nothing (search results show it under the title)."""
    for name in DESCRIBING_FIELDS:
        text = " ".join(unescape(strip_tags(str(getattr(page, name, "") or ""))).split())
        if text:
            return Truncator(text).chars(160)
    return gettext(
        "Courses, a library of practice and news of the Club of Women Deputies of Local Keneshes."
    )
