"""The certificate as a one-page PDF (fpdf2), with a QR code of its verification address.

The font is DejaVu Sans from Debian's fonts-dejavu-core (installed by `make system-deps`):
it has Cyrillic and the Kyrgyz letters ң, ө, ү, and fpdf2 embeds the subset it uses, so the
PDF reads the same on any device and its text can be copied or searched. The QR code is
drawn as vector squares (segno), sharp at any print size.
"""

import functools
import logging
import os
from pathlib import Path

import segno
from django.conf import settings
from django.core.checks import Warning as CheckWarning
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from fontTools import subset
from fontTools.ttLib import TTFont
from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"": FONT_DIR / "DejaVuSans.ttf", "B": FONT_DIR / "DejaVuSans-Bold.ttf"}
FAMILY = "DejaVuSans"
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


def render_certificate(certificate, language, verify_url):
    """The PDF (bytes) of `certificate` in `language`; `verify_url` is absolute."""
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

        pdf.set_y(24)
        _line(pdf, _("Club of Women Deputies of Local Keneshes"), 13, "B", PURPLE)
        _line(pdf, _("Academy of Local Governance of Central Asia (AMUCA)"), 10, "", GREY, gap=10)
        _line(pdf, _("Certificate of completion"), 30, "B", PURPLE, height=14, gap=6)
        _line(pdf, _("This certifies that"), 12, "", GREY, gap=3)
        _line(pdf, certificate.full_name, 26, "B", height=12, gap=4)
        _line(pdf, _("has completed the course"), 12, "", GREY, gap=3)
        _line(pdf, title, 18, "B", height=9, gap=8)
        _line(pdf, _("Date: %(date)s") % {"date": issued}, 11)
        if certificate.mentor_name:
            _line(pdf, _("Mentor: %(name)s") % {"name": certificate.mentor_name}, 11)

        _qr_code(pdf, verify_url, 25, 155, 32)
        pdf.set_xy(62, 162)
        pdf.set_font(FAMILY, "", 9)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(
            200,
            5,
            _("Check that this certificate is valid: scan the code or open")
            + f"\n{verify_url}\n"
            + _("Verification code: %(code)s") % {"code": certificate.code},
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.link(62, 167, 200, 5, verify_url)
        return bytes(pdf.output())
