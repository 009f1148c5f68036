# Vendored from wagtail-lms' example project (github.com/dr-rompecabezas/wagtail-lms,
# example_project/, commit dbaf020), MIT License, Copyright (c) 2025 Felipe Villegas
# (tests/bench/peer/LICENSE.wagtail-lms). Used only to measure the peer in `make bench`.
# Trimmed: the search view (its app is left out).

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Wagtail LMS URLs
    path("lms/", include("wagtail_lms.urls")),
    # For anything not caught by a more specific rule above, hand over to
    # Wagtail's page serving mechanism. This should be the last pattern in
    # the list:
    path("", include(wagtail_urls)),
]


if settings.DEBUG:
    # Serve static and media files from development server
    urlpatterns += static(settings.STATIC_URL, document_root=settings.STATIC_ROOT)
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
