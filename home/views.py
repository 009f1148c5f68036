from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET
from django.views.static import serve as serve_file
from wagtail import views as wagtail_views
from wagtail.models import Site

from .cache import ONE_DAY, public_for
from .routing import localized_root

# What an uploaded image may do when opened on its own: nothing. Pictures shown with <img> ignore
# it; an SVG opened by its URL runs no script and loads nothing. README → Security gives nginx
# the same header for /media/ (tests/home/test_svg_uploads.py keeps the two equal).
MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"


@require_GET
@public_for(ONE_DAY)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        *(f"Disallow: /{code}/dashboard/" for code in ("ky", "ru", "en")),
        *(f"Disallow: /{code}/account/" for code in ("ky", "ru", "en")),
        *(f"Disallow: /{code}/club/" for code in ("ky", "ru", "en")),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def bad_request(request, exception=None):
    """The 400 page (settings handler400), rendered without the request.

    Django's own view passes the CSRF check again, which reads the form body once more: a body
    Django refused to parse (a POST declaring a charset other than UTF-8) then failed a second
    time and became a server error. This page reads nothing from the request.
    """
    return HttpResponseBadRequest(render_to_string("400.html"))


def serve(request, path):
    """Wagtail's page view, with the route found from the cached home page of the language.

    Wagtail's view uses a route already on the request; the home page itself (no path
    below it) is left to Wagtail, which renders it with its body."""
    components = [component for component in path.split("/") if component]
    site = Site.find_for_request(request)
    if components and site is not None and not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = localized_root(site).route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)


def serve_media(request, path):
    """An uploaded image for `make run` and the browser journeys' server, which have no nginx
    in front: sent with the policy nginx gives them in production, never the site's own."""
    response = serve_file(request, path, document_root=settings.MEDIA_ROOT)
    response["Content-Security-Policy"] = MEDIA_CONTENT_SECURITY_POLICY
    return response
