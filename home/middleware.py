"""Language handling for the URLs that live outside i18n_patterns; the Wagtail site from the
cache; CSRF for what a visitor posts statelessly; an upload the media bucket refuses; a NUL
in an admin URL."""

import hashlib
import logging
import re

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseBadRequest, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site
from wagtail.users.models import UserProfile

from .cache import shared_cached

#: Served without a language prefix; a 404 here is a real 404, not a missing prefix.
UNPREFIXED_PATHS = ("/admin/", "/documents/", "/static/", "/media/")
ADMIN_LANGUAGES = dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)


def default_admin_language(user):
    """The admin's language for her until she chooses one in Account → Preferences: her
    member profile's language when the admin offers it, else the server's."""
    language = getattr(getattr(user, "member_profile", None), "preferred_language", "")
    return language if language in ADMIN_LANGUAGES else settings.LANGUAGE_CODE


#: Paths (regular expressions) a visitor may POST to without a CSRF token: see below.
_VISITOR_STATELESS_POSTS = []


def csrf_exempt_for_visitors(pattern):
    """Let visitors POST to paths matching `pattern` without a CSRF token.

    Only for an endpoint that records nothing of a visitor and changes nothing (a knowledge
    check graded and shown): a forged post could only make her see a grade. Her form then
    needs no token, so her page sets no CSRF cookie and stays in the page cache. Whoever is
    signed in keeps CSRF protection there, as everywhere.
    """
    _VISITOR_STATELESS_POSTS.append(re.compile(pattern))


class VisitorStatelessPostMiddleware:
    """A visitor's stateless post (see above) skips Django's CSRF check, which stays in
    MIDDLEWARE for everything else: it sets Django's own flag for requests it must not
    enforce (the one its test client sets). After authentication: a signed-in post is
    always checked."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and not request.user.is_authenticated
            and any(p.search(request.path_info) for p in _VISITOR_STATELESS_POSTS)
        ):
            request._dont_enforce_csrf_checks = True
        return self.get_response(request)


class ClubLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware with two admin-specific changes.

    - In the admin a signed-in user who has not chosen an admin language reads it in
      `default_admin_language`, not in her browser's language: Wagtail falls back to the
      request's language, which is set here once she is known (process_view runs after
      authentication).
    - Wagtail's catch-all page route makes every "/ky/<anything>/" look valid, so Django
      would answer a mistyped admin URL with a redirect into the public site; here a 404
      under an unprefixed path stays a 404.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if not request.path_info.startswith("/admin/") or not getattr(
            user, "is_authenticated", False
        ):
            return None
        profile = getattr(user, "wagtail_userprofile", None)  # cached for Wagtail's own look
        if profile is None or not profile.preferred_language:
            language = default_admin_language(user)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return None

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


def admin_language(request):
    """Her admin language (Wagtail activates it only inside its views)."""
    chosen = UserProfile.get_for_user(request.user).preferred_language
    return chosen or default_admin_language(request.user)


class MediaStorageErrorMiddleware:
    """An admin form whose file the S3 bucket refuses (wrong key, bucket gone, unreachable)
    gives the editor a message on the form, in her admin language, not the server-error
    page; the error is still logged for the administrator. The database change, made in the
    same request, is rolled back by Wagtail's transaction or never happened (the file is
    written before the row)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not request.path_info.startswith("/admin/"):
            return None
        if not isinstance(exception, BotoCoreError | ClientError):
            return None
        logging.getLogger("django.request").error(
            "Media storage refused a file: %s", request.path, exc_info=exception
        )
        with translation.override(admin_language(request)):
            message = _(
                "The file could not be saved: the media storage did not accept it. Please try "
                "again later; if it happens again, tell the site administrator."
            )
        if request.headers.get("x-requested-with") == "XMLHttpRequest":  # multiple upload
            return JsonResponse({"success": False, "error_message": message})
        messages.error(request, message)
        return redirect(request.get_full_path())


class AdminNulMiddleware:
    """An admin URL whose query string holds a NUL character (%00) gets a plain 400.

    Wagtail's views hand query parameters (`?locale=`, filters) to the database as they
    come, and PostgreSQL refuses text holding a NUL with a server error. No link of the
    admin carries one, so the request is refused before any view reads it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if request.path_info.startswith("/admin/") and "%00" in query:
            language = admin_language(request) if request.user.is_authenticated else None
            with translation.override(language or translation.get_language()):
                message = _("The address of this page holds a character the site cannot read.")
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
