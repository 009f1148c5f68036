"""A lesson's printable handout: one A4 page (PDF) with its title, introduction, practical
task and reflection questions, made by the demo seed in each language.

Editors replace it in the admin (the lesson's "Handout" field) with any document they like.
The text shrinks until it fits one page: a handout is printed and handed out, never stapled.
"""

import re

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from home.documents import create_document

from .certificate_pdf import FAMILY, GREY, INK, PURPLE, new_pdf

FONT_SIZES = (11, 10, 9, 8, 7)


def plain(html):
    """Rich text as lines of plain text, list items as bullets."""
    text = re.sub(r"<li[^>]*>", "\n• ", html or "")
    text = re.sub(r"</(p|li|h\d)>|<br\s*/?>", "\n", text)
    lines = (" ".join(line.split()) for line in strip_tags(text).splitlines())
    return "\n".join(line for line in lines if line)


def handout_parts(fields):
    """(title, intro, tasks, questions) from a lesson's texts; the body is (type, value) pairs.

    Call inside the handout's language: the stakeholder map's heading is translated."""
    tasks, questions = [], []
    for block_type, value in fields.get("body", []):
        if block_type == "practical_task":
            tasks.append((value["title"], plain(value["instructions"])))
        elif block_type == "stakeholder_map":
            tasks.append((_("Stakeholder map"), plain(value["instructions"])))
        elif block_type == "reflection_prompt":
            questions += list(value["questions"])
    return fields["title"], fields.get("intro", ""), tasks, questions


def _write(pdf, text, size, style="", colour=INK, gap=1.5):
    pdf.set_font(FAMILY, style, size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def _draw(parts, language, size):
    title, intro, tasks, questions = parts
    pdf = new_pdf(f"{title} — {_('Handout')}", language)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_page()
    _write(pdf, _("Club of Women Deputies of Local Keneshes"), size - 1, "B", PURPLE)
    _write(pdf, title, size + 7, "B", gap=3)
    if intro:
        _write(pdf, intro, size, colour=GREY, gap=4)
    for task_title, instructions in tasks:
        _write(pdf, f"{_('Practical task')}: {task_title}", size + 2, "B", PURPLE)
        _write(pdf, instructions, size, gap=4)
    if questions:
        _write(pdf, _("Reflection questions"), size + 2, "B", PURPLE)
        for number, question in enumerate(questions, start=1):
            _write(pdf, f"{number}. {question}", size)
        _write(pdf, _("My notes:"), size, "B", GREY, gap=0)
    return pdf


def render_handout(fields, language):
    """The handout (PDF bytes) of a lesson's texts in `language`, on exactly one page."""
    with translation.override(language):
        parts = handout_parts(fields)
        for size in FONT_SIZES:
            pdf = _draw(parts, language, size)
            if pdf.pages_count == 1:
                break
        return bytes(pdf.output())


def ensure_handout(fields, language, slug, members_only):
    """The handout document of a lesson in one language, made once (found by its title)."""
    Document = get_document_model()
    with translation.override(language):
        title = f"{fields['title']} — {_('Handout')}"
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    filename = f"handout-{slugify(slug)}-{language}.pdf"
    return create_document(title, filename, render_handout(fields, language), members_only)
