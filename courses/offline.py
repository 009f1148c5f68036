"""The files a course needs without a connection ("Save this course for offline").

GET <course>/offline/ answers JSON: the course page, its lessons, their images (every width
the page may ask for), documents, printable handouts and SCORM / H5P packages (with their
players), with the total size to show her before she confirms.
Members-only courses list nothing for anyone but Club members (404).
"""

from django.http import Http404, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.blocks import IMAGE_RENDITIONS, image_renditions
from home.cache import keep_private

from .access import can_read_course
from .packages.offline import package_files

#: What one page's HTML takes, roughly (a lesson is about 25 KB before compression).
PAGE_ESTIMATE = 25 * 1024


def _file_size(field):
    try:
        return field.size
    except OSError:  # a file missing from storage: listed, counted as nothing
        return 0


def _lesson_files(lessons):
    """(url, size) of the images and documents in the lessons' bodies and of their printable
    handouts, in reading order.

    The blocks are read raw and their images (with renditions) and documents fetched in one
    go, so the answer takes the same number of queries however many lessons the course has."""
    blocks = {
        lesson.pk: [(b["type"], b["value"]) for b in lesson.body.raw_data] for lesson in lessons
    }
    values = [(kind, value) for pairs in blocks.values() for kind, value in pairs]
    image_ids = {value.get("image") for kind, value in values if kind == "image"} - {None}
    document_ids = {value.get("document") for kind, value in values if kind == "document"}
    document_ids = (document_ids | {lesson.handout_id for lesson in lessons}) - {None}
    images = (
        get_image_model()
        .objects.filter(pk__in=image_ids)
        .prefetch_renditions(*IMAGE_RENDITIONS, "original")
    )
    images = {image.pk: image for image in images}
    documents = get_document_model().objects.in_bulk(document_ids)

    def document_file(document_id):
        document = documents[document_id]
        return document.url, document.file_size or _file_size(document.file)

    for lesson in lessons:
        for kind, value in blocks[lesson.pk]:
            if kind == "image" and value.get("image") in images:
                for rendition in image_renditions(images[value["image"]]):
                    yield rendition.url, _file_size(rendition.file)
            elif kind == "document" and value.get("document") in documents:
                yield document_file(value["document"])
        if lesson.handout_id in documents:
            yield document_file(lesson.handout_id)


def offline_files(request, course):
    if not can_read_course(request.user, course):
        raise Http404
    pages = [course, *course.live_lessons_with_bodies()]
    files = {page.get_url(request): PAGE_ESTIMATE for page in pages}
    if course.cover_image_id:
        cover = course.cover_image.get_rendition("fill-960x400")
        files[cover.url] = _file_size(cover.file)
    for url, size in _lesson_files(pages[1:]):
        files.setdefault(url, size)
    for url, size in package_files(pages[1:]):
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
