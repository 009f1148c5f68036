"""Zero axe-core violations at WCAG 2.1 AA on every kind of page, in every language."""

import pytest

from .a11y import violations
from .pages import page_url, url_name
from .signin import sign_in_member

pytestmark = pytest.mark.e2e

PUBLIC_SECTIONS = [
    "home",
    "catalogue",
    "course",
    "news",
    "article",
    "events",
    "event",
    "library",
    "library_item",
]


def _check(journey, path, label, found, missing):
    if not path:
        missing.append(label)
        return
    journey.goto(path)
    journey.shot(label)
    for line in violations(journey.page):
        found.append(f"{label} {path}: {line}")


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_pages_have_no_wcag21_aa_violations(new_journey, lang):
    journey = new_journey("desktop", suffix=f"-{lang}")
    found, missing = [], []
    for section in PUBLIC_SECTIONS:
        _check(journey, page_url(journey.site, section, lang), section, found, missing)
    # Lesson and dashboard as a signed-in member (lessons may be members-only).
    if sign_in_member(journey, lang):
        lesson = page_url(journey.site, "lesson", lang)
        _check(journey, lesson, "lesson", found, missing)
        _check(journey, url_name(journey.site, "home:dashboard", lang), "dashboard", found, missing)
        if lesson:
            _check(journey, lesson + "reflection/", "reflection", found, missing)
    else:
        missing += ["lesson", "dashboard"]
    assert not found, "\n".join(found)
    assert not missing, f"page types not found in the demo content: {missing}"
    journey.assert_clean()


def test_phone_layout_has_no_violations(new_journey):
    """The 360 px layout (wrapped menus, stacked cards) of home, lesson and dashboard."""
    journey = new_journey("phone")
    found, missing = [], []
    _check(journey, "/ky/", "home", found, missing)
    assert sign_in_member(journey, "ky", slot=5)
    _check(journey, page_url(journey.site, "lesson", "ky"), "lesson", found, missing)
    _check(journey, url_name(journey.site, "home:dashboard", "ky"), "dashboard", found, missing)
    assert not found, "\n".join(found)
    assert not missing, missing
