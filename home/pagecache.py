"""The page cache: whole public pages kept for visitors, answered before any database work.

Who is served from it: a GET or HEAD of a language-prefixed URL (/ky/…, /ru/…, /en/…) that
carries no session cookie and no messages cookie. Without a session cookie nobody is signed
in and no message waits, so the answer is the one every visitor gets; the middleware sits
before the session, authentication and CSP middleware and answers with no query at all. A
visitor who signed in once and signed out again has no session cookie either. Anyone with a
session cookie (members, editors, a visitor whose session holds something) always gets a
freshly rendered page.

What is stored: a 200 to a GET from such a request, rendered for an anonymous user, that
sets no cookie (a page with a form sets the CSRF cookie, so forms never enter the cache),
queues no message, is not private/no-store/no-cache (home.cache.keep_private) and varies on
nothing but the language and cookies. Status, headers and body are stored together.

The key: the cache generation, the language of the URL, the scheme, host, path and the query
string with its parameters sorted. Publishing, unpublishing, moving or deleting a page (a
synced translation is published like any page), and saving a snippet, a setting, a view
restriction, an image or a document, add one to the generation: every stored page is out of
reach at once, on every server sharing the cache (Redis when REDIS_URL is set; without
Redis, every gunicorn worker on this machine through PAGE_CACHE_GENERATION_FILE). Features
add models of their own with `purge_when_saved`.

The script nonce of the Content-Security-Policy: the stored page carries the nonce it was
rendered with; each replay swaps it for a fresh one in both the header and the HTML.
"""

import base64
import hashlib
import logging
import os
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import (
    BaseViewRestriction,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from . import generations

logger = logging.getLogger(__name__)

CSP_HEADERS = ("Content-Security-Policy", "Content-Security-Policy-Report-Only")
MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage.cookie_name
#: Vary values a stored page may carry: the language is in the key, cookies are checked.
HARMLESS_VARY = {"accept-language", "cookie", "accept-encoding"}
NEVER_STORE = {"private", "no-store", "no-cache"}
ALWAYS_PURGING = (
    BaseSiteSetting,
    BaseGenericSetting,
    BaseViewRestriction,
    Site,
    AbstractImage,
    AbstractDocument,
)
_purging_models = set()


def page_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def generation(cache):
    """The site generation (home/generations.py): publishing moves it on."""
    return generations.current(generations.SITE, cache)


def purge(**kwargs):
    """Every stored page out of reach, on every server (or worker) sharing the generation,
    now and again once the change is committed (home/generations.py)."""
    generations.bump(generations.SITE)


def purge_when_saved(*models):
    """Saving or deleting one of these models changes public pages: purge."""
    _purging_models.update(models)


#: Wagtail records a file's size or hash the first time it is asked: nothing shown changes.
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


def _purge_on_model_change(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    if (
        sender in _purging_models
        or isinstance(instance, (Page, *ALWAYS_PURGING))
        or sender in get_snippet_models()
    ):
        purge()


def _purge_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purge()


def _purge_on_groups_change(sender, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        purge()


def connect():
    """Called once from HomeConfig.ready."""
    for restriction in (PageViewRestriction, CollectionViewRestriction):
        m2m_changed.connect(
            _purge_on_groups_change,
            sender=restriction.groups.through,
            dispatch_uid=f"pagecache-groups-{restriction.__name__}",
        )
    page_published.connect(purge, dispatch_uid="pagecache-published")
    page_unpublished.connect(purge, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(purge, dispatch_uid="pagecache-moved")
    post_delete.connect(_purge_on_page_delete, dispatch_uid="pagecache-deleted")
    post_save.connect(_purge_on_model_change, dispatch_uid="pagecache-saved")
    post_delete.connect(_purge_on_model_change, dispatch_uid="pagecache-model-deleted")


# --- Which requests and responses ----------------------------------------------------------


def cache_key(request, cache):
    """The key of this request's page, or None if the request must not use the cache."""
    if (
        request.method not in ("GET", "HEAD")
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or MESSAGES_COOKIE in request.COOKIES
        or "HTTP_AUTHORIZATION" in request.META
    ):
        return None
    language = get_language_from_path(request.path_info)
    if not language:
        return None
    query = urlencode(sorted(parse_qsl(request.META.get("QUERY_STRING", ""), True)))
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    current = generation(cache)
    if current is None:
        return None
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"pagecache:{current}:{language}:{digest}"


def storable(request, response):
    if (
        request.method != "GET"
        or response.status_code != 200
        or response.streaming
        or response.cookies
        or getattr(request, "is_preview", False)
    ):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and len(messages):
        return False
    directives = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", ""))}
    return not (directives & NEVER_STORE) and vary - {""} <= HARMLESS_VARY


def freeze(request, response):
    nonce = getattr(request, "_csp_nonce", None)
    return {
        "status": response.status_code,
        "headers": list(response.headers.items()),
        "content": response.content,
        "nonce": nonce if isinstance(nonce, str) else None,
    }


def replay(stored, request):
    content, headers = stored["content"], dict(stored["headers"])
    old = stored["nonce"]
    if old:
        new = base64.b64encode(os.urandom(16)).decode("ascii")
        content = content.replace(old.encode(), new.encode())
        for name in CSP_HEADERS:
            if name in headers:
                headers[name] = headers[name].replace(old, new)
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=stored["status"])
    for name, value in headers.items():
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Place after WhiteNoise and before CSP, sessions and authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cache, key, stored = page_cache(), None, None
        try:
            key = cache_key(request, cache) if seconds() > 0 else None
            stored = cache.get(key) if key is not None else None
        except DisallowedHost:  # answered with a 400 further in
            key = None
        except Exception:  # the cache server is down: render the page as if uncached
            logger.exception("The page cache could not be read")
            key = None
        if stored is not None:
            return replay(stored, request)
        response = self.get_response(request)
        if key is not None and storable(request, response):
            try:
                cache.set(key, freeze(request, response), seconds())
                response["X-Page-Cache"] = "miss"
            except Exception:
                logger.exception("The page cache could not be written")
        return response
