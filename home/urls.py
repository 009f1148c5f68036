"""Public, language-prefixed URLs of the base layer (included inside i18n_patterns)."""

from django.urls import path

from . import dashboard, offline
from .search import views as search

app_name = "home"
urlpatterns = [
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("search/", search.search, name="search"),
    path("offline/", offline.offline_page, name="offline"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
]
