"""Small display helpers for the course pages."""

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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
