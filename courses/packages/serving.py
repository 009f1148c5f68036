"""A package's files, served from a path of their own to those who may read the lesson.

/packages/<lesson>/<folder>/<file>: the lesson must be live, hold the package, and be open to
her (a members-only course stays members-only). Each answer carries the package's own
Content-Security-Policy (its scripts and styles, nothing from elsewhere, framed only by this
site), not the site's; the lesson frames it in a sandboxed iframe.
"""

import mimetypes
import posixpath

from csp.decorators import csp_exempt
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_sameorigin

from home.cache import keep_private

from ..access import lesson_access_denied
from ..models import LessonPage
from .blocks import package_ids
from .models import LearningPackage

# Packages bring their own scripts and inline code (SCORM authoring tools write both); they
# reach this site only (the runtime API lives on the lesson page, their parent).
PACKAGE_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "media-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
        "frame-ancestors 'self'",
    ]
)
mimetypes.add_type("application/javascript", ".mjs")
mimetypes.add_type("text/vtt", ".vtt")
mimetypes.add_type("font/woff2", ".woff2")


def package_in_lesson(request, lesson_id, **lookup):
    """(lesson, package, refusal): the refusal is the members-only answer when she may not
    read the lesson; a lesson not live or not holding the package is a 404."""
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    package = LearningPackage.objects.filter(**lookup).first()
    if lesson is None or package is None or package.pk not in package_ids(lesson):
        raise Http404
    return lesson, package, lesson_access_denied(request, lesson)


def package_headers(response):
    response["Content-Security-Policy"] = PACKAGE_CSP
    response["X-Content-Type-Options"] = "nosniff"
    return keep_private(response)


@csp_exempt()
@xframe_options_sameorigin
def package_file(request, lesson_id, folder, name=""):
    lesson, package, refusal = package_in_lesson(request, lesson_id, folder=folder)
    if refusal is not None:
        return refusal
    if not name:  # the folder itself: the H5P player page
        if package.is_scorm:
            raise Http404
        context = {"package": package, "lesson": lesson}
        return package_headers(render(request, "packages/h5p_player.html", context))
    name = posixpath.normpath(name)
    if name.startswith(("../", "/")) or name == "..":
        raise Http404
    path = package.storage_path(name)
    if not default_storage.exists(path):
        raise Http404
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(default_storage.open(path), content_type=content_type)
    return package_headers(response)
