"""Site-wide template helpers: language switcher, hreflang alternates and the main menu."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def _language_homes(request):
    """The live home page of every language, keyed by language code (one query)."""
    root = _site_root(request)
    if root is None:
        return {}
    homes = Page.objects.filter(translation_key=root.translation_key).live()
    return {home.locale.language_code: home for home in homes.select_related("locale")}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: where the switcher leads and whether a translation exists.

    On a Wagtail page the link leads to the page's own translation, or to that language's
    home when there is none. On other views (dashboard, account) the URL is translated.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    homes = None
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page) and page.pk:
            target = translations.get(code)
            exists = target is not None
            if target is None:
                if homes is None:
                    homes = _language_homes(request)
                target = homes.get(code)
            url = target.get_url(request) if target else f"/{code}/"
        else:
            url = translate_url(request.path, code)
            exists = True
        links.append(
            {"code": code, "name": name, "url": url, "exists": exists, "current": code == current}
        )
    return links


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Top-level pages of the active language that editors marked 'show in menus'."""
    request = context["request"]
    root = _site_root(request)
    if root is None:
        return []
    locale = Locale.get_active()
    home = Page.objects.filter(translation_key=root.translation_key, locale=locale).first() or root
    return list(home.get_children().live().in_menu().public())


@register.simple_tag(takes_context=True)
def language_home_url(context):
    request = context["request"]
    home = _language_homes(request).get(get_language())
    return home.get_url(request) if home else f"/{get_language()}/"
