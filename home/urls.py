"""Public, language-prefixed URLs of the base layer (included inside i18n_patterns)."""

from django.urls import path

from . import dashboard, offline

app_name = "home"
urlpatterns = [
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("offline/", offline.offline_page, name="offline"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
]
