"""The installable, offline-capable site: web app manifest, service worker, offline page.

The service worker (`/sw.js`, root scope) is rendered from a template with a version made of
the content of the static files it precaches: a deployment that changes them changes the
script, so browsers install the new worker and drop the old static cache. Public pages are
kept by the worker as she visits them (network first); a page the site marks private
(home/cache.py: her account, dashboard, members-only pages) never is, whatever its URL. A
course is saved on her request, by the page's script in a cache of its own
(courses/offline.py lists its files). Signing in or out and deleting her account clear what
the browser kept (`Clear-Site-Data`), so one person's pages are never shown to the next
person on a phone.
"""

import hashlib
import json
from functools import cache

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .cache import ONE_HOUR, public_for, revalidate_always

THEME_COLOUR = "#5b2a86"
ICONS = [
    ("icons/icon.svg", "any", "image/svg+xml"),
    ("icons/icon-192.png", "192x192", "image/png"),
    ("icons/icon-512.png", "512x512", "image/png"),
]
PRECACHED_STATIC = [
    "css/club.css",
    "js/offline.js",
    "js/menu.js",
    *(path for path, _size, _type in ICONS),
]
SW_TEMPLATE = "home/sw.js"
#: Sent when a person signs in or out or deletes her account: the browser drops the pages,
#: queue and drafts it kept.
CLEAR_SITE_DATA = '"cache", "storage"'


def clear_site_data(response):
    """Make the browser forget this site's cached pages and stored data (not its cookies)."""
    response["Clear-Site-Data"] = CLEAR_SITE_DATA
    return response


@cache
def static_version():
    """A short hash of the precached static files and the worker's own template."""
    digest = hashlib.sha256()
    for path in PRECACHED_STATIC:
        digest.update(static(path).encode())
        found = finders.find(path)
        if found:
            with open(found, "rb") as handle:
                digest.update(handle.read())
    digest.update(get_template(SW_TEMPLATE).template.source.encode())
    return digest.hexdigest()[:12]


def offline_paths():
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("home:offline"))
    return paths


@require_GET
@revalidate_always
def service_worker(request):
    context = {
        "version": static_version(),
        "precache_json": json.dumps([static(path) for path in PRECACHED_STATIC] + offline_paths()),
        "languages_json": json.dumps([code for code, _name in settings.LANGUAGES]),
        "default_language": settings.LANGUAGE_CODE,
    }
    body = render_to_string(SW_TEMPLATE, context)
    return HttpResponse(body, content_type="text/javascript; charset=utf-8")


@require_GET
@public_for(ONE_HOUR)
def manifest(request):
    language = get_language()
    data = {
        "id": f"/{language}/",
        "lang": language,
        "name": _("Club of Women Deputies"),
        "short_name": _("Club"),
        "description": _("Learning for women deputies of local keneshes"),
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": [
            {"src": static(path), "sizes": size, "type": kind, "purpose": "any"}
            for path, size, kind in ICONS
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response


@require_GET
@public_for(ONE_HOUR)
def offline_page(request):
    """What the worker shows for a page she has not kept. The same for everyone: it is
    rendered as for a visitor, so the copy a phone keeps names nobody."""
    context = {"user": AnonymousUser(), "messages": [], "offline_page": True}
    return render(request, "home/offline.html", context)
