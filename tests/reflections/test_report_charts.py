"""The reports' charts never cut a label, and their tables scroll inside their box."""

from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from django.conf import settings

from courses.reflections.svg import bar_chart, text_width

from .test_reports import REPORTS, progress  # noqa: F401

SVG = "{http://www.w3.org/2000/svg}"


def longest_question_texts():
    """The longest knowledge-check question of the demo courses, per language."""
    longest = {}

    def walk(node):
        if isinstance(node, dict):
            for question in node.get("questions") or []:
                if isinstance(question, dict) and isinstance(question.get("text"), dict):
                    for language, text in question["text"].items():
                        if len(text) > len(longest.get(language, "")):
                            longest[language] = text
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    folder = Path(settings.BASE_DIR) / "courses" / "demo_data" / "courses"
    for path in folder.glob("*.yaml"):
        walk(yaml.safe_load(path.read_text()))
    return longest


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_the_longest_demo_question_is_drawn_whole_inside_the_chart(language):
    label = longest_question_texts()[language]
    assert len(label) > 100  # long enough to have been cut before
    chart = ElementTree.fromstring(str(bar_chart([(label, 40), ("Short", 100)], "Success")))
    _x, _y, width, height = (int(n) for n in chart.get("viewBox").split())
    texts = [t for t in chart.iter(f"{SVG}text") if t.get("class") == "report-chart__label"]
    spans = texts[0].findall(f"{SVG}tspan")
    assert len(spans) > 1  # wrapped onto several lines
    assert " ".join(span.text for span in spans) == label  # every word, none cut
    assert "…" not in "".join(span.text for span in spans)
    for span in spans:
        right = int(span.get("x"))  # text-anchor="end": the line ends here
        assert right - text_width(span.text) >= 0 and right <= width
        assert 0 < int(span.get("y")) <= height
    titles = [t.text for t in chart.iter(f"{SVG}title")]
    assert f"{label}: 40%" in titles


def test_short_labels_keep_a_narrow_axis():
    chart = ElementTree.fromstring(str(bar_chart([("Osh", 10)], "Rate")))
    width = int(chart.get("viewBox").split()[2])
    assert width < 500  # the axis follows the longest label, not a fixed width


def test_report_tables_scroll_inside_their_box(client, people, progress):  # noqa: F811
    client.force_login(people["editor"])
    html = client.get(REPORTS + "members/").content.decode()
    assert 'class="club-report-table"' in html
    assert "reflections/admin_reports.css" in html
    css = (
        Path(settings.BASE_DIR) / "courses/reflections/static/reflections/admin_reports.css"
    ).read_text()
    assert ".club-report-table {" in css and "overflow-x: auto" in css
