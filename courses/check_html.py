"""The questions of a knowledge check as HTML, for the block's template.

Built here rather than by a template loop: the loop's tags cost about a millisecond on every
lesson page with a check. What does not depend on her (ids, texts, the kind of answer) is
made once per question; her choices, feedback and verdicts are added on each request.
"""

from functools import lru_cache

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _


@lru_cache(maxsize=512)
def _static(question, number, language):
    """The HTML of one question that is the same for every reader: questions are frozen
    dataclasses, so a check that editors change is a new entry. Returns (the fieldset's
    legend, [(the option's input without its end, its label text, its feedback's id)])."""
    kind = _("(choose every right answer)") if question.multiple else _("(choose one answer)")
    legend = format_html(
        '<legend>{}. {}\n                <span class="small">{}</span></legend>',
        number,
        question.text,
        kind,
    )
    input_type = "checkbox" if question.multiple else "radio"
    options = [
        (
            format_html(
                '\n            <div class="check-option">\n                '
                '<input type="{}" name="{}" value="{}" id="o-{}"',
                input_type,
                question.field_name,
                option.id,
                option.id,
            ),
            format_html('>\n                <label for="o-{}">{}', option.id, option.text),
            format_html("o-{}-feedback", option.id),
        )
        for option in question.options
    ]
    return legend, options


def _option(parts, static, choice, locked):
    """Adds one option, her choice and its feedback to `parts` (each piece escaped)."""
    start, label, feedback_id = static
    parts.append(start)
    if choice["checked"]:
        parts.append(" checked")
    if locked:
        parts.append(" disabled")
    if choice["feedback"]:
        parts += [' aria-describedby="', feedback_id, '"']
    parts.append(label)
    if choice["revealed"]:
        parts += [' <span class="tag">✓ ', escape(_("right answer")), "</span>"]
    parts.append("</label>\n                ")
    if choice["feedback"]:
        parts += ['<p class="check-feedback small" id="', feedback_id, '">']
        parts += [escape(choice["feedback"]), "</p>"]
    parts.append("\n            </div>")


def _question(parts, number, item, locked):
    question = item["question"]
    legend, options = _static(question, number, get_language())
    error_id = format_html("q-{}-error", question.id) if item["missing"] else ""
    parts.append('\n        <fieldset class="check-question')
    if error_id:
        parts += [' has-error" aria-describedby="', error_id]
    parts += ['">\n            ', legend, "\n            "]
    if error_id:
        parts += ['<p class="errorlist" id="', error_id, '">']
        parts += [escape(_("Choose an answer.")), "</p>"]
    for static, choice in zip(options, item["options"], strict=True):
        _option(parts, static, choice, locked)
    parts.append("\n            ")
    if item["correct"] is True:
        parts += ['<p class="check-verdict check-right">✓ ', escape(_("Right.")), "</p>"]
    elif item["correct"] is False:
        parts += ['<p class="check-verdict check-wrong">✗ ', escape(_("Not right yet.")), "</p>"]
    parts.append("\n            ")
    if item["show_explanation"]:
        parts += ['<p class="check-explanation">', escape(question.explanation), "</p>"]
    parts.append("\n        </fieldset>")


def questions_html(questions, locked):
    """The fieldsets of a check's questions (`questions` as LessonChecks.display gives).
    Every piece is a constant, made by format_html or escaped."""
    parts = []
    for number, item in enumerate(questions, start=1):
        _question(parts, number, item, locked)
    return mark_safe("".join(parts))  # noqa: S308 - see the docstring
