from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=86400, public=True)
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
