"""The example project's URLs plus /bench/bare/, the same yardstick as tests/bench/urls.py."""

from django.http import HttpResponse
from django.urls import path
from example_project.urls import urlpatterns as example_urlpatterns


def bare(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *example_urlpatterns]
