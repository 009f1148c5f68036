"""Public, language-prefixed URLs of the courses app (included inside i18n_patterns)."""

from django.urls import path

from . import views

app_name = "courses"
urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
]
