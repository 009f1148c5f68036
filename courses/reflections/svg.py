"""Charts drawn on the server as inline SVG: every text escaped, no script, no other host."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

DEGREES = ("low", "medium", "high")
CELL = 110
MARGIN = 84


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


def bar_chart(items, title, max_value=100, unit="%"):
    """Horizontal bars: items = [(label, value)], value between 0 and max_value."""
    bar_height, gap, label_width, bar_width = 22, 8, 220, 320
    height = max(1, len(items)) * (bar_height + gap) + 10
    width = label_width + bar_width + 70
    bars = []
    for index, (label, value) in enumerate(items):
        value = value or 0
        y = 5 + index * (bar_height + gap)
        length = 0 if not max_value else round(bar_width * min(value, max_value) / max_value)
        short = label if len(label) <= 32 else label[:31] + "…"
        bars.append(
            format_html(
                "<g><title>{}: {}{}</title>"
                '<text x="{}" y="{}" font-size="13" text-anchor="end" fill="currentColor">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" fill="#0b6e4f"/>'
                '<text x="{}" y="{}" font-size="13" fill="currentColor">{}{}</text></g>',
                label,
                value,
                unit,
                label_width - 8,
                y + 16,
                short,
                label_width,
                y,
                length,
                bar_height,
                label_width + length + 6,
                y + 16,
                value,
                unit,
            )
        )
    return format_html(
        '<svg class="report-chart" viewBox="0 0 {} {}" width="{}" role="img" '
        'xmlns="http://www.w3.org/2000/svg"><title>{}</title>{}</svg>',
        width,
        height,
        width,
        title,
        mark_safe("".join(bars)),
    )
