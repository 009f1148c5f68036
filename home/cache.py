"""The cache policy: what a browser's or proxy's shared cache may keep.

A response that shows a person her own data (progress, registrations, members-only content)
is private: `keep_private` marks it so that no shared cache stores it or hands it to someone
else. Every view and page of the site goes through these three helpers.
"""

import time
from functools import wraps

from django.core.cache import cache
from django.utils.cache import add_never_cache_headers


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


class PrivateForSignedInMixin:
    """A page whose copy for a signed-in person may show her own data (progress, members-only
    items, registration): hers is private; visitors' copies stay cacheable."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            keep_private(response)
        return response


# --- Shared caches of site-wide content: one "site generation" key ------------------------
#
# What every visitor sees alike (menu, language links, footer settings, routing, a course's
# lesson outline) is cached under a key holding the site generation: a counter in the cache
# that publishing, unpublishing, moving or deleting a page, saving a setting or a view
# restriction bumps (home/apps.py connects the signals). With Redis every process sees the
# bump at once; with the in-process cache of a single-host set-up the other processes'
# entries expire after SHARED_SECONDS. Nothing member-specific ever goes in here.

GENERATION_KEY = "site-generation"
SHARED_SECONDS = 60


def site_generation():
    """The current site generation (an integer); changes whenever shared content changes."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        generation = cache.get(GENERATION_KEY, 0)
    return generation


def bump_site_generation(**_signal_kwargs):
    """Start a new site generation: every shared cached entry is recomputed on next use."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), None)


def shared_cached(name, parts, compute, seconds=SHARED_SECONDS):
    """`compute()`, kept for this site generation under `name` + `parts` (same for everyone)."""
    key = ":".join(str(part) for part in (name, site_generation(), *parts))
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value
