"""Public URLs of the courses app, inside i18n_patterns: /<lang>/certificates/<code>/."""

from django.urls import path

from .certificate_views import certificate_pdf, verify_certificate

app_name = "courses"

urlpatterns = [
    path("certificates/<slug:code>/", verify_certificate, name="certificate"),
    path("certificates/<slug:code>/pdf/", certificate_pdf, name="certificate_pdf"),
]
