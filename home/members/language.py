"""Switching the site to a member's preferred language."""

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from wagtail.models import Locale, Site


def _wagtail_page_url(request, path, language):
    """The URL of the translation of the Wagtail page at `path`, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    current = translation.get_language_from_path(path)
    if not current:
        return None
    try:
        root = site.root_page.get_translation(Locale.objects.get(language_code=current))
        components = [part for part in path.split("?")[0].split("/")[2:] if part]
        page = root.specific.route(request, components).page
        target = page.get_translation_or_none(Locale.objects.get(language_code=language))
    except Exception:  # noqa: BLE001 - any failure means "fall back to the home page"
        return None
    return target.get_url(request) if target and target.live else None


def path_in_language(request, path, language):
    """`path` (a local URL) as it reads in `language`, falling back to that language's home."""
    if language not in dict(settings.LANGUAGES):
        return path
    try:
        match = resolve(path.split("?")[0])
    except Resolver404:
        return f"/{language}/"
    if match.url_name == "wagtail_serve":
        return _wagtail_page_url(request, path, language) or f"/{language}/"
    return translate_url(path, language)


def set_language_cookie(response, language):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE or "Lax",
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
    )
    return response
