"""Language handling for the URLs that live outside i18n_patterns."""

from django.middleware.locale import LocaleMiddleware
from django.utils.translation import get_language

#: Served without a language prefix; a 404 here is a real 404, not a missing prefix.
UNPREFIXED_PATHS = ("/admin/", "/documents/", "/static/", "/media/")


class ClubLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unprefixed 404s under the admin.

    Wagtail's catch-all page route makes every "/ky/<anything>/" look valid, so Django
    would answer a mistyped admin URL with a redirect into the public site.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)
