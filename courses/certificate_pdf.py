"""The certificate as a one-page PDF (fpdf2), with a QR code of its verification address.

It carries the Club's logo (uploaded in Club settings, else the mark drawn for the project,
static/brand/logo.svg, drawn as vectors), the organiser with AMUCA's logo when uploaded, the
course's hours, and the signatory of Club settings — her name and position in the
certificate's language, her signature and the stamp when editors uploaded them.

The font is DejaVu Sans from Debian's fonts-dejavu-core (installed by `make system-deps`):
it has Cyrillic and the Kyrgyz letters ң, ө, ү, and fpdf2 embeds the subset it uses, so the
PDF reads the same on any device and its text can be copied or searched. The QR code is
drawn as vector squares (segno), sharp at any print size.
"""

import functools
import io
import logging
import os
from pathlib import Path

import segno
from django.conf import settings
from django.core.checks import Warning as CheckWarning
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from fontTools import subset
from fontTools.ttLib import TTFont
from fpdf import FPDF

from home.models import ClubSettings

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"": FONT_DIR / "DejaVuSans.ttf", "B": FONT_DIR / "DejaVuSans-Bold.ttf"}
FAMILY = "DejaVuSans"
DRAWN_LOGO = Path(settings.BASE_DIR) / "static" / "brand" / "logo.svg"
PURPLE = (91, 42, 134)
INK = (29, 27, 38)
GREY = (90, 86, 104)
# Latin, Cyrillic (with Kyrgyz ң ө ү) and typographic punctuation: all a certificate prints.
UNICODES = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x180),
    *range(0x400, 0x500),
    *range(0x2010, 0x2028),
    *range(0x2030, 0x203B),
    0x2116,
]
logger = logging.getLogger(__name__)


def check_fonts(app_configs=None, **kwargs):
    """A system check: without the font no certificate can be drawn."""
    missing = [str(path) for path in FONTS.values() if not path.exists()]
    if not missing:
        return []
    return [
        CheckWarning(
            "The certificate font is missing: " + ", ".join(missing),
            hint="Install Debian's fonts-dejavu-core (make system-deps).",
            id="courses.W001",
        )
    ]


def _reduced(source):
    """DejaVu cut down to UNICODES, made once per machine under VAR_DIR: a PDF then reads
    100 KB of font instead of 700 KB, four times faster. The full font if that fails."""
    stat = source.stat()
    target = (
        Path(settings.VAR_DIR) / "fonts" / f"{source.stem}-{stat.st_size}-{stat.st_mtime_ns}.ttf"
    )
    if target.exists():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        options = subset.Options(name_IDs=["*"], notdef_outline=True, layout_features=["*"])
        options.drop_tables += ["FFTM"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=UNICODES)
        font = TTFont(source)
        subsetter.subset(font)
        partial = target.with_name(f"{target.stem}.{os.getpid()}.part")
        font.save(partial)
        os.replace(partial, target)  # atomic: concurrent workers never read half a file
    except OSError:
        logger.warning("Could not write the reduced certificate font to %s", target, exc_info=True)
        return source
    return target


@functools.cache
def font_files():
    return {style: _reduced(path) for style, path in FONTS.items()}


def _qr_code(pdf, url, x, y, size):
    """The QR code of `url` as filled squares in a size × size mm box at (x, y)."""
    rows = list(segno.make(url, error="m", micro=False).matrix_iter(scale=1, border=0))
    module = size / len(rows)
    pdf.set_fill_color(*INK)
    for row_index, row in enumerate(rows):
        start = None
        for column, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:  # one rectangle per run of dark modules
                pdf.rect(
                    x + start * module,
                    y + row_index * module,
                    (column - start) * module,
                    module,
                    style="F",
                )
                start = None


def _line(pdf, text, size, style="", colour=INK, height=None, gap=0):
    pdf.set_font(FAMILY, style, size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, height or size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    if gap:
        pdf.ln(gap)


def new_pdf(title, language, orientation="P"):
    """An empty A4 PDF with the Club's font, language and metadata (call inside the language)."""
    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    for style, path in font_files().items():
        pdf.add_font(FAMILY, style, str(path))
    pdf.set_lang(language)
    pdf.set_title(title)
    pdf.set_author(_("Academy of Local Governance of Central Asia (AMUCA)"))
    pdf.set_creator(_("Club of Women Deputies of Local Keneshes"))
    return pdf


def _image_data(image):
    """The bytes of an uploaded Wagtail image (PNG, JPEG or SVG), or None if unreadable."""
    if image is None:
        return None
    try:
        with image.file.open("rb") as source:
            return io.BytesIO(source.read())
    except (OSError, ValueError):
        logger.warning("Image %s could not be read for a certificate", image.pk, exc_info=True)
        return None


def _place(pdf, data, x, y, w=0, h=0):
    """Draw an image, skipping one fpdf2 cannot read (a certificate is never lost to it)."""
    try:
        pdf.image(data, x=x, y=y, w=w, h=h, keep_aspect_ratio=bool(w and h))
    except Exception:  # noqa: BLE001 - any unreadable upload: leave its place empty
        logger.warning("An image could not be drawn on a certificate", exc_info=True)


def _signatory(pdf, club):
    """The signature block at the bottom right: signature, stamp, name and position."""
    name, title = club.signatory_name, club.signatory_title
    signature, stamp = _image_data(club.signature), _image_data(club.stamp)
    if not (name or signature):
        return
    if stamp:
        _place(pdf, stamp, 170, 146, 34, 34)
    if signature:
        _place(pdf, signature, 205, 150, 60, 18)
    pdf.set_draw_color(*GREY)
    pdf.line(200, 170, 272, 170)
    pdf.set_xy(200, 171)
    pdf.set_font(FAMILY, "B", 10)
    pdf.set_text_color(*INK)
    pdf.multi_cell(72, 5, name, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font(FAMILY, "", 9)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(72, 4.5, title, align="C", new_x="LEFT", new_y="NEXT")


def _organiser(pdf, club):
    """The Club's logo at the top left; AMUCA's, when uploaded, at the top right."""
    logo = _image_data(club.logo) if club.logo_id else str(DRAWN_LOGO)
    _place(pdf, logo, 22, 20, 24, 24)
    organiser_logo = _image_data(club.organiser_logo)
    if organiser_logo:
        _place(pdf, organiser_logo, 240, 20, 35, 24)


def render_certificate(certificate, language, verify_url, club=None):
    """The PDF (bytes) of `certificate` in `language`; `verify_url` is absolute; `club` the
    Club settings (those of the default site when None)."""
    club = club or ClubSettings.for_default_site()
    with translation.override(language):
        issued = formats.date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT")
        title = certificate.course_title(language)
        pdf = new_pdf(f"{_('Certificate of completion')}: {title}", language, orientation="L")
        pdf.set_auto_page_break(False)
        pdf.set_margins(25, 22, 25)
        pdf.add_page()

        pdf.set_draw_color(*PURPLE)
        pdf.set_line_width(1.2)
        pdf.rect(10, 10, 277, 190)
        pdf.set_line_width(0.3)
        pdf.rect(13, 13, 271, 184)

        _organiser(pdf, club)
        pdf.set_y(24)
        _line(pdf, _("Club of Women Deputies of Local Keneshes"), 13, "B", PURPLE)
        organiser = _("Academy of Local Governance of Central Asia (AMUCA)")
        _line(pdf, _("Organiser: %(name)s") % {"name": organiser}, 10, "", GREY, gap=8)
        _line(pdf, _("Certificate of completion"), 30, "B", PURPLE, height=14, gap=5)
        _line(pdf, _("This certifies that"), 12, "", GREY, gap=3)
        _line(pdf, certificate.full_name, 26, "B", height=12, gap=4)
        _line(pdf, _("has completed the course"), 12, "", GREY, gap=3)
        _line(pdf, title, 18, "B", height=9, gap=3 if certificate.hours else 8)
        if certificate.hours:
            hours = ngettext(
                "%(hours)s hour of study", "%(hours)s hours of study", certificate.hours
            ) % {"hours": certificate.hours}
            _line(pdf, hours, 11, "", GREY, gap=4)
        _line(pdf, _("Date: %(date)s") % {"date": issued}, 11)
        if certificate.mentor_name:
            _line(pdf, _("Mentor: %(name)s") % {"name": certificate.mentor_name}, 11)

        _qr_code(pdf, verify_url, 25, 155, 32)
        pdf.set_xy(62, 162)
        pdf.set_font(FAMILY, "", 9)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(
            105,
            5,
            _("Check that this certificate is valid: scan the code or open")
            + f"\n{verify_url}\n"
            + _("Verification code: %(code)s") % {"code": certificate.code},
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.link(62, 167, 105, 5, verify_url)
        _signatory(pdf, club)
        return bytes(pdf.output())
