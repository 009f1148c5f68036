"""A course's packages for "Save this course for offline" (courses/offline.py): each
package's files, its H5P player page, her saved state, and the player's static files."""

import os

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse

from .blocks import package_ids
from .inspection import H5P, SCORM12, SCORM2004
from .models import LearningPackage

PLAYER_FILES = {
    SCORM12: ["vendor/scorm-again/scorm12.min.js", "packages/player.js"],
    SCORM2004: ["vendor/scorm-again/scorm2004.min.js", "packages/player.js"],
    H5P: ["packages/player.js", "packages/h5p-frame.js"],
}
H5P_FOLDER = "vendor/h5p-standalone"
H5P_KINDS = (".js", ".css", ".woff", ".woff2", ".svg", ".gif")


def _static_files(paths):
    for path in paths:
        found = finders.find(path)
        yield static(path), os.path.getsize(found) if found else 0


def _h5p_player_files():
    """Every file h5p-standalone may ask for (its scripts, styles, fonts, pictures)."""
    root = finders.find(H5P_FOLDER)
    if not root:
        return []
    return sorted(
        f"{H5P_FOLDER}/{os.path.relpath(os.path.join(folder, name), root)}"
        for folder, _subfolders, names in os.walk(root)
        for name in names
        if name.endswith(H5P_KINDS)
    )


def package_files(lessons):
    """(url, size) of what the lessons' packages need offline; one query for the packages."""
    placed = {lesson.pk: package_ids(lesson) for lesson in lessons}
    wanted = set().union(*placed.values()) if placed else set()
    if not wanted:
        return
    packages = LearningPackage.objects.in_bulk(wanted)
    kinds = set()
    for lesson in lessons:
        for package_id in sorted(placed[lesson.pk]):
            package = packages.get(package_id)
            if package is None:
                continue
            kinds.add(package.kind)
            folder = reverse("packages:player", args=[lesson.pk, package.folder])
            yield reverse("packages:runtime", args=[lesson.pk, package.pk]), 1024
            if package.kind == H5P:
                yield folder, 2048
            for name, size in package.files:
                yield folder + name, size
    statics = sorted({path for kind in kinds for path in PLAYER_FILES[kind]})
    if H5P in kinds:
        statics += _h5p_player_files()
    yield from _static_files(statics)
