"""Language handling for the URLs that live outside i18n_patterns; the Wagtail site from the
cache."""

import hashlib

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from wagtail.models import Site

from .cache import shared_cached

#: Served without a language prefix; a 404 here is a real 404, not a missing prefix.
UNPREFIXED_PATHS = ("/admin/", "/documents/", "/static/", "/media/")
ADMIN_LANGUAGES = dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)
ADMIN_FALLBACK_LANGUAGE = "ru"


class ClubLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware with two admin-specific changes.

    - Wagtail has no Kyrgyz admin catalogue: a Kyrgyz reader without an admin language of
      her own gets the Russian admin rather than a mix of Kyrgyz and English.
    - Wagtail's catch-all page route makes every "/ky/<anything>/" look valid, so Django
      would answer a mistyped admin URL with a redirect into the public site; here a 404
      under an unprefixed path stays a 404.
    """

    def process_request(self, request):
        super().process_request(request)
        if (
            request.path_info.startswith("/admin/")
            and translation.get_language() not in ADMIN_LANGUAGES
        ):
            translation.activate(ADMIN_FALLBACK_LANGUAGE)
            request.LANGUAGE_CODE = ADMIN_FALLBACK_LANGUAGE

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class SiteFromCacheMiddleware:
    """Wagtail's site for the request's host, kept per site generation (home/cache.py)
    instead of asked from the database on every request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = f"{request._get_raw_host()}:{request.get_port()}"
        key = hashlib.sha1(host.encode()).hexdigest()
        site = shared_cached("site", [key], lambda: Site._find_for_request(request))
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)
