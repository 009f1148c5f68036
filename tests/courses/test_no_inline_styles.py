"""Progress bars and track badges need no style attribute (the CSP allows none)."""

import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from home.tracks import TrackColour

from .conftest import add_course, lessons_of

pytestmark = pytest.mark.django_db

CSS = Path(__file__).resolve().parents[2] / "static" / "css" / "club.css"


def test_dashboard_and_course_show_progress_and_track_without_style(
    member_client, catalogue, tracks
):
    course = add_course(catalogue["ky"], "speaking", tracks["soft"], lessons=3, title="Sözdü")
    member_client.post(lessons_of(course)[0].url + "complete/")
    with translation.override("ky"):
        dashboard = member_client.get(reverse("home:dashboard")).content.decode()
    page = member_client.get(course.url).content.decode()
    for html in (dashboard, page):
        assert not re.search(r"\sstyle\s*=", html)
        assert re.search(r'<progress class="progress" max="100" value="33"', html)
    colour = tracks["soft"].colour.lstrip("#")
    assert f'class="track-badge track-colour-{colour}"' in page


def test_every_track_colour_has_its_class_in_the_stylesheet():
    css = CSS.read_text()
    for value, _label in TrackColour.choices:
        assert f".track-colour-{value.lstrip('#')} {{ background: {value}; }}" in css
