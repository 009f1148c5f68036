"""Small display helpers for the course pages."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from home.cache import shared_cached

from ..certificates import pdf_links
from ..checks import CHECK_BLOCK

register = template.Library()


@register.filter
def duration(minutes):
    """45 → "45 min"; 90 → "1 h 30 min" (translated)."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _("%(minutes)d min") % {"minutes": rest}
    if not rest:
        return ngettext("%(hours)d hour", "%(hours)d hours", hours) % {"hours": hours}
    return _("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": rest}


@register.simple_tag
def certificate_downloads(certificate):
    """[(language code, language name, PDF address)] of her certificate, hers first."""
    return pdf_links(certificate)


@register.simple_tag
def handout_link_text(document):
    """ "Download the handout (PDF, 14 KB)": the format and size of whatever editors chose."""
    try:
        size = max(1, round((document.get_file_size() or 0) / 1024))
    except OSError:  # the file is missing from storage: say what it is without a size
        return _("Download the handout (%(format)s)") % {"format": document.file_extension.upper()}
    return _("Download the handout (%(format)s, %(size)d KB)") % {
        "format": document.file_extension.upper(),
        "size": size,
    }


@register.simple_tag(takes_context=True)
def lesson_outline(context, course, progress, can_read):
    """The course's list of lessons. Each lesson's link, title and duration are rendered
    once per site generation and language; only her ticks and locks are added on each
    request, so a course of 60 lessons costs about what one of 3 does."""
    request = context["request"]

    def render_rows():
        return {
            lesson.pk: format_html(
                '<a href="{}">{}</a>' if can_read else "{1}",
                lesson.get_url(request),
                lesson.title,
            )
            + format_html(' <span class="small">· {}</span>', duration(lesson.estimated_minutes))
            for lesson in progress.lessons
        }

    rows = shared_cached(
        "lesson-outline", [course.pk, get_language(), can_read], render_rows, in_process=True
    )
    done = format_html(' <span class="tag">✓ {}</span>', _("done"))
    return mark_safe(  # noqa: S308 - rows and states are each built with format_html
        "\n".join(
            f"<li>{rows.get(item['lesson'].pk) or escape(item['lesson'].title)}"
            f"{_lesson_state(item, progress, done)}</li>"
            for item in progress.items
        )
    )


def _lesson_state(item, progress, done):
    if item["done"]:
        return done
    if item["lock"] and not progress.waiting_for:
        return format_html(' <span class="small">· {}</span>', item["lock"].message)
    return ""


#: Blocks whose HTML depends on the reader (her answers, a form with its CSRF token).
PER_READER_BLOCKS = {CHECK_BLOCK}


def _render_block(block, context):
    """As `{% include_block block with block_id=block.id %}` renders it."""
    return block.render_as_block(context={**context.flatten(), "block_id": block.id})


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    """The lesson's blocks and handout. Text, pictures, documents, tasks and the handout are
    the same for every reader: rendered once per published revision, language and site
    generation (their pictures and documents then cost no query); a knowledge check, with her
    answers and a form, on each request. A preview is always rendered afresh."""

    def render_shared():
        return {
            "blocks": {
                block.id: _render_block(block, context)
                for block in page.body
                if block.block_type not in PER_READER_BLOCKS
            },
            "handout": render_to_string(
                "courses/includes/lesson_handout.html", {"page": page}, context.request
            ),
        }

    if getattr(context.get("request"), "is_preview", False):
        shared = render_shared()
    else:
        key = [page.pk, page.live_revision_id, get_language()]
        shared = shared_cached("lesson-body", key, render_shared)
    parts = [
        shared["blocks"][raw["id"]]
        if raw["id"] in shared["blocks"]
        else _render_block(page.body[index], context)
        for index, raw in enumerate(page.body.raw_data)
    ]
    blocks = mark_safe("".join(parts))  # noqa: S308 - each rendered by its block's template
    return format_html('<div class="lesson-body">\n    {}\n</div>\n{}', blocks, shared["handout"])


@register.simple_tag
def course_cover(page):
    """The course's cover picture, the same for everyone: kept per site generation (saving
    an image or publishing moves it on), so the page reads neither the image nor its
    rendition."""
    if not page.cover_image_id:
        return ""
    return shared_cached(
        "course-cover",
        [page.cover_image_id],
        lambda: render_to_string("courses/includes/course_cover.html", {"image": page.cover_image}),
    )
