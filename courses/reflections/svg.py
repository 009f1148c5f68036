"""Charts drawn on the server as inline SVG: every text escaped, no script, no other host."""

import math
import textwrap

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

DEGREES = ("low", "medium", "high")
CELL = 110
MARGIN = 84
FONT_SIZE = 13
LINE_HEIGHT = 16
LABEL_CHARS = 40
NARROW = set(" .,:;'’!|()[]-ilјtfrі1")
WIDE = set("mwшщжмюыфМШЩЖЮЫФ—%@")


def stakeholder_grid(rows):
    """A 3×3 influence (up) / interest (right) grid with one numbered dot per stakeholder.

    The numbers match the order of the rows in the table shown next to the chart.
    """
    size = MARGIN + 3 * CELL + 8
    cells = []
    for y_index in range(3):
        for x_index in range(3):
            shade = "#efe7f6" if (x_index + (2 - y_index)) >= 3 else "#f8f5fb"
            cells.append((MARGIN + x_index * CELL, y_index * CELL + 4, CELL, CELL, shade))
    grid = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#4a4658" stroke-width="1"/>',
        cells,
    )
    buckets = {}
    for number, row in enumerate(rows, start=1):
        x = DEGREES.index(row.get("interest")) if row.get("interest") in DEGREES else 0
        y = DEGREES.index(row.get("influence")) if row.get("influence") in DEGREES else 0
        buckets.setdefault((x, y), []).append((number, row.get("stakeholder", "")))
    dots = []
    for (x, y), members in buckets.items():
        for slot, (number, name) in enumerate(members[:9]):
            cx = MARGIN + x * CELL + 20 + (slot % 3) * 34
            cy = (2 - y) * CELL + 4 + 22 + (slot // 3) * 34
            dots.append(
                format_html(
                    '<g><title>{}</title><circle cx="{}" cy="{}" r="14" fill="#5b2a86"/>'
                    '<text x="{}" y="{}" fill="#fff" font-size="13" text-anchor="middle">{}</text></g>',
                    name,
                    cx,
                    cy,
                    cx,
                    cy + 5,
                    number,
                )
            )
    labels = [_("low"), _("medium"), _("high")]
    axis = format_html_join(
        "",
        '<text x="{}" y="{}" font-size="12" text-anchor="middle" fill="#1d1b26">{}</text>',
        [(MARGIN + i * CELL + CELL // 2, 3 * CELL + 22, label) for i, label in enumerate(labels)],
    )
    axis_y = format_html_join(
        "",
        '<text x="{}" y="{}" font-size="12" text-anchor="end" fill="#1d1b26">{}</text>',
        [(MARGIN - 4, (2 - i) * CELL + CELL // 2 + 8, label) for i, label in enumerate(labels)],
    )
    height = 3 * CELL + 56
    title = _("Stakeholder map: influence (up) against interest (right)")
    return format_html(
        '<svg class="stakeholder-grid" viewBox="0 0 {} {}" role="img" aria-labelledby="grid-title" '
        'xmlns="http://www.w3.org/2000/svg"><title id="grid-title">{}</title>{}{}{}{}'
        '<text x="{}" y="{}" font-size="13" text-anchor="middle" font-weight="bold">{}</text>'
        '<text x="14" y="{}" font-size="13" text-anchor="middle" font-weight="bold" '
        'transform="rotate(-90 14 {})">{}</text></svg>',
        size,
        height,
        title,
        grid,
        mark_safe("".join(dots)),  # each dot was built with format_html
        axis,
        axis_y,
        MARGIN + 3 * CELL // 2,
        height - 6,
        _("Interest"),
        3 * CELL // 2,
        3 * CELL // 2,
        _("Influence"),
    )


def wrap_label(label, limit=LABEL_CHARS):
    """A label's lines of at most `limit` characters, broken between words where it can."""
    return textwrap.wrap(label, limit, break_on_hyphens=False) or [""]


def text_width(text, font_size=FONT_SIZE):
    """A generous estimate of how wide `text` is drawn (no font metrics on the server):
    wide letters (capitals, Ш, Ж, м...) count a whole em, narrow ones a third."""
    ems = sum(
        0.35 if char in NARROW else 1.0 if char.isupper() or char in WIDE else 0.62 for char in text
    )
    return math.ceil(ems * font_size)


def bar_chart(items, title, max_value=100, unit="%"):
    """Horizontal bars: items = [(label, value)], value between 0 and max_value.

    Long labels wrap onto several lines and the label axis is as wide as the widest line,
    so no label is ever cut, whatever the language.
    """
    bar_height, gap, bar_width, pad = 22, 8, 320, 8
    rows = [(wrap_label(label), label, value or 0) for label, value in items]
    label_width = 2 * pad + max((text_width(line) for r in rows for line in r[0]), default=0)
    width = label_width + bar_width + 70
    bars, y = [], 5
    for lines, label, value in rows:
        row_height = max(bar_height, len(lines) * LINE_HEIGHT + 6)
        length = 0 if not max_value else round(bar_width * min(value, max_value) / max_value)
        first = y + row_height // 2 + 5 - (len(lines) - 1) * LINE_HEIGHT // 2
        spans = format_html_join(
            "",
            '<tspan x="{}" y="{}">{}</tspan>',
            [(label_width - pad, first + n * LINE_HEIGHT, line) for n, line in enumerate(lines)],
        )
        bar_y = y + (row_height - bar_height) // 2
        bars.append(
            format_html(
                "<g><title>{}: {}{}</title>"
                '<text class="report-chart__label" font-size="{}" text-anchor="end" '
                'fill="currentColor">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" fill="#0b6e4f"/>'
                '<text x="{}" y="{}" font-size="{}" fill="currentColor">{}{}</text></g>',
                label,
                value,
                unit,
                FONT_SIZE,
                spans,
                label_width,
                bar_y,
                length,
                bar_height,
                label_width + length + 6,
                bar_y + 16,
                FONT_SIZE,
                value,
                unit,
            )
        )
        y += row_height + gap
    height = max(y + 5, bar_height + 10)
    return format_html(
        '<svg class="report-chart" viewBox="0 0 {} {}" width="{}" role="img" '
        'font-family="sans-serif" xmlns="http://www.w3.org/2000/svg"><title>{}</title>{}</svg>',
        width,
        height,
        width,
        title,
        mark_safe("".join(bars)),
    )
