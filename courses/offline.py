"""The files a course needs without a connection ("Save this course for offline").

GET <course>/offline/ answers JSON: the course page, its lessons, their images (every width
the page may ask for) and documents, with the total size to show her before she confirms.
Members-only courses list nothing for anyone but Club members (404).
"""

from django.http import Http404, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.blocks import image_renditions
from home.cache import keep_private

from .access import can_read_course

#: What one page's HTML takes, roughly (a lesson is about 25 KB before compression).
PAGE_ESTIMATE = 25 * 1024


def _file_size(field):
    try:
        return field.size
    except OSError:  # a file missing from storage: listed, counted as nothing
        return 0


def _lesson_files(lesson):
    """(url, size) of the images and documents of a lesson's body."""
    for block in lesson.body or []:
        if block.block_type == "image" and block.value.get("image"):
            for rendition in image_renditions(block.value["image"]):
                yield rendition.url, _file_size(rendition.file)
        elif block.block_type == "document" and block.value.get("document"):
            document = block.value["document"]
            yield document.url, document.file_size or _file_size(document.file)


def offline_files(request, course):
    if not can_read_course(request.user, course):
        raise Http404
    pages = [course, *course.live_lessons()]
    files = {page.get_url(request): PAGE_ESTIMATE for page in pages}
    if course.cover_image_id:
        cover = course.cover_image.get_rendition("fill-960x400")
        files[cover.url] = _file_size(cover.file)
    for lesson in pages[1:]:
        for url, size in _lesson_files(lesson):
            files.setdefault(url, size)
    total, lessons = sum(files.values()), len(pages) - 1
    size = filesizeformat(total)
    question = ngettext(
        "The course and its %(count)d lesson take about %(size)s on this phone. Save them?",
        "The course and its %(count)d lessons take about %(size)s on this phone. Save them?",
        lessons,
    ) % {"count": lessons, "size": size}
    data = {
        "course": course.title,
        "urls": list(files),
        "lessons": lessons,
        "bytes": total,
        "size": size,
        "question": question,
        "saved": _("Saved: you can read this course without a connection."),
    }
    return keep_private(JsonResponse(data, json_dumps_params={"ensure_ascii": False}))
