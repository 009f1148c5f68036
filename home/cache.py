"""The cache policy: what a browser's or proxy's shared cache may keep.

A response that shows a person her own data (progress, registrations, members-only content)
is private: `keep_private` marks it so that no shared cache stores it or hands it to someone
else. Every view and page of the site goes through these three helpers.
"""

from functools import wraps

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
