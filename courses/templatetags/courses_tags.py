"""Small display helpers for the course pages."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from home.cache import shared_cached

from ..certificates import pdf_links

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

    rows = shared_cached("lesson-outline", [course.pk, get_language(), can_read], render_rows)
    done = format_html(' <span class="tag">✓ {}</span>', _("done"))
    return format_html_join(
        "\n",
        "<li>{}{}</li>",
        (
            (rows.get(item["lesson"].pk, item["lesson"].title), _lesson_state(item, progress, done))
            for item in progress.items
        ),
    )


def _lesson_state(item, progress, done):
    if item["done"]:
        return done
    if item["lock"] and not progress.waiting_for:
        return format_html(' <span class="small">· {}</span>', item["lock"].message)
    return ""
