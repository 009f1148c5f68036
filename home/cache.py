"""The cache policy: what a browser's or proxy's shared cache may keep.

A response that shows a person her own data (progress, registrations, members-only content)
is private: `keep_private` marks it so that no shared cache stores it or hands it to someone
else. What is the same for everyone may be kept for a while (`public_for`); what must be
asked for again each time, though anyone may hold it (the service worker), is
`revalidate_always`. Every Cache-Control header of the site is set here: no view writes one
itself (tests/test_layers.py looks for them).
"""

import hashlib
import logging
from functools import wraps

from django.core.cache import cache
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language
from wagtail.models import Locale

from . import generations, pagecache

logger = logging.getLogger(__name__)


def keep_private(response):
    """Cache-Control: max-age=0, no-cache, no-store, must-revalidate, private."""
    add_never_cache_headers(response)
    return response


def private_view(view):
    """A view whose every answer is private (forms, account pages, member actions)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return keep_private(view(request, *args, **kwargs))

    return wrapped


#: How long content that is the same for everyone may be kept by browsers and proxies.
ONE_HOUR = 3600
ONE_DAY = 86400


def public_for(seconds):
    """Decorator: every answer of the view is the same for everyone and may be kept `seconds`
    by any cache (robots.txt, the web app manifest, the offline page)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            patch_cache_control(response, max_age=seconds, public=True)
            return response

        return wrapped

    return decorator


def revalidate_always(view):
    """Decorator: a cache may keep the answer but must ask again before each use
    (`no-cache`): the service worker, whose new version browsers must see at once."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_cache_control(response, no_cache=True)
        return response

    return wrapped


class PrivateForSignedInMixin:
    """A page whose copy for a signed-in person may show her own data (progress, members-only
    items, registration): hers is private; visitors' copies stay cacheable."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            keep_private(response)
        return response


# --- Shared caches of site-wide content: the site generation ------------------------------
#
# What every visitor sees alike (menu, language links, footer settings, routing, a course's
# lesson outline) is cached under a key holding the site generation: the page cache's
# generation (home/pagecache.py), which publishing, unpublishing, moving or deleting a page,
# saving a snippet, a setting or a view restriction moves on. With Redis it is a shared key;
# without, the generation file tells every worker of the machine at once, so a page rendered
# after a publish never carries an old menu into the page cache. Nothing member-specific
# ever goes in here under the site generation. What members share with each other (a lesson's
# shared reflections) is kept under the CLUB generation, which sharing, a comment or a name
# change moves on, and is read only after the members-only check; nobody's own data (her
# progress, her unshared reflection) is ever kept here.

SHARED_SECONDS = 60


def site_generation(name=generations.SITE):
    """The current generation `name` (the site's by default); None when it cannot be kept
    (then nothing is shared)."""
    try:
        return generations.current(name, pagecache.page_cache())
    except Exception:  # the cache server is down: pages are computed, never refused
        logger.warning("The generation %r is unavailable", name, exc_info=True)
        return None


def bump_site_generation(**_signal_kwargs):
    """Start a new site generation: every shared entry and stored page is recomputed."""
    pagecache.purge()


#: Values also kept unpickled in this process (`in_process=True`), by their full key: reading
#: a long course's lessons back from the cache cost more than the rest of its outline.
_in_process = {}
IN_PROCESS_ENTRIES = 512


def shared_cached(
    name, parts, compute, seconds=SHARED_SECONDS, in_process=False, generation=generations.SITE
):
    """`compute()`, kept for the current `generation` (the site's unless named) under `name`
    + `parts`: the same for everyone who may see it.

    With `in_process`, the value is also kept as it is in this process, shared by its threads
    and requests until the generation changes: only for values nobody modifies."""
    current = site_generation(generation)
    if current is None:
        return compute()
    key = ":".join(str(part) for part in (name, generation, current, *parts))
    if in_process and key in _in_process:
        return _in_process[key]
    value = _shared_value(key, compute, seconds)
    if in_process:
        if len(_in_process) >= IN_PROCESS_ENTRIES:
            _in_process.clear()  # old generations' entries go with it
        _in_process[key] = value
    return value


def _shared_value(key, compute, seconds):
    try:
        value = cache.get(key)
    except Exception:  # the cache server went away after the generation was read
        logger.warning("A shared entry could not be read", exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, seconds)
        except Exception:
            logger.warning("A shared entry could not be kept", exc_info=True)
    return value


def active_locale():
    """The Locale of the request's language, kept per site generation (one query less per
    page that localises something)."""
    return shared_cached("locale", [get_language()], Locale.get_active)


def keys_digest(keys):
    """A short stable name for a set of translation keys, as a part of a shared entry's key."""
    joined = ",".join(sorted(str(key) for key in keys))
    return hashlib.sha256(joined.encode()).hexdigest()[:24]
