"""Public, language-prefixed URLs of the reflections app (included inside i18n_patterns).

A member's own reflection lives under its lesson (LessonPage's `reflection/` route); the
reflections she shares with the Club are read and discussed in the Club space.
"""

from django.urls import path

from . import shared_views

app_name = "reflections"
urlpatterns = [
    path("club/reflections/<int:pk>/", shared_views.shared_reflection, name="shared"),
    path("club/reflections/<int:pk>/comment/", shared_views.shared_comment, name="shared_comment"),
    path("club/reflections/<int:pk>/share/", shared_views.share, name="share"),
]
