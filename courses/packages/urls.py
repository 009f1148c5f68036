"""/packages/…: a package's files and the runtime's record of her attempt (outside the
language prefix: a package's paths are the same in every language)."""

from django.urls import path

from .runtime import runtime
from .serving import package_file

app_name = "packages"

urlpatterns = [
    path("runtime/<int:lesson_id>/<int:package_id>/", runtime, name="runtime"),
    path("<int:lesson_id>/<uuid:folder>/", package_file, name="player"),
    path("<int:lesson_id>/<uuid:folder>/<path:name>", package_file, name="file"),
]
