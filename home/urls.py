"""Public, language-prefixed URLs of the base layer (included inside i18n_patterns)."""

from django.urls import path

from . import dashboard

app_name = "home"
urlpatterns = [
    path("dashboard/", dashboard.dashboard, name="dashboard"),
]
