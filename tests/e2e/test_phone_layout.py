"""Phones: no page is wider than a 320 or 360 px screen, the menu folds behind a button that
works with and without JavaScript, the header stays low, touch targets are 44 px.

One browser context per language and width visits every page type, first signed out (the
sign-in page), then signed in once as a member (lessons may be members-only; the signed-in
header has the most links). Screenshots of each page type at 360 and 1280 px go to
test-artifacts/e2e/.
"""

import pytest

from .a11y import violations
from .conftest import VIEWPORTS
from .pages import page_url
from .signin import login_path, sign_in_member

pytestmark = pytest.mark.e2e

SECTIONS = [
    "home",
    "catalogue",
    "course",
    "lesson",
    "library",
    "library_item",
    "news",
    "article",
    "events",
    "event",
]
HEADER_MAX = 120
TOUCH_MIN = 44
WIDTH_JS = "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"


def _phone(new_journey, width, lang, javascript=True):
    journey = new_journey("phone", javascript=javascript, suffix=f"-{lang}-{width}")
    journey.page.set_viewport_size({"width": width, "height": 740})
    return journey


def _paths(site, lang):
    paths = {section: page_url(site, section, lang) for section in SECTIONS}
    paths["search"] = f"/{lang}/search/?q=бюджет"
    missing = [name for name, path in paths.items() if not path]
    assert not missing, f"page types not found in the demo content: {missing}"
    return paths


def _too_wide(journey, label, width):
    scroll, client = journey.page.evaluate(WIDTH_JS)
    return [f"{label} {journey.page.url}: {scroll} px wide at {width} px"] if scroll > width else []


TAPPED_ALONE = (
    "main a.tag, main .pagination a, main .button, main button[type=submit], main select, "
    ".site-footer li a"
)


def _small_targets(journey, label):
    """Links and controls of the page tapped on their own that are lower than 44 px."""
    small = []
    for target in journey.page.locator(TAPPED_ALONE).all():
        box = target.bounding_box() if target.is_visible() else None
        if box and box["height"] < TOUCH_MIN:
            small.append(f"{label}: {target.inner_text()[:40]!r} is {box['height']:.0f} px high")
    return small


def _header_height(journey):
    return journey.page.locator("header.site-header").bounding_box()["height"]


@pytest.mark.parametrize("lang", ["ky", "ru"])
@pytest.mark.parametrize("width", [320, 360])
def test_no_page_is_wider_than_a_phone(new_journey, lang, width):
    journey = _phone(new_journey, width, lang)
    page, site = journey.page, journey.site
    problems = []
    journey.goto(login_path(site, lang))
    problems += _too_wide(journey, "sign-in", width)
    if width == 360:
        journey.shot("sign-in")
        height = _header_height(journey)
        if height > HEADER_MAX:
            problems.append(f"header {height} px tall signed out")
    assert sign_in_member(journey, lang)
    for label, path in _paths(site, lang).items():
        journey.goto(path)
        problems += _too_wide(journey, label, width)
        if width == 360:
            if lang == "ky":
                journey.shot(label)
            height = _header_height(journey)
            if height > HEADER_MAX:
                problems.append(f"header {height} px tall signed in on {label}")
            problems += _small_targets(journey, label)
    # The open menu: still within the screen.
    page.locator("summary.menu-button").click()
    problems += _too_wide(journey, "open menu", width)
    assert not problems, "\n".join(problems)
    journey.assert_clean()


def _menu_link(page):
    return page.locator(".main-nav a").first


def _touch_targets_too_small(page):
    """Links, buttons and fields of the open header lower than 44 px."""
    small = []
    selector = ".site-header a, .site-header button, .site-header summary, .site-header input"
    for target in page.locator(selector).all():
        box = target.bounding_box() if target.is_visible() else None
        if box and box["height"] < TOUCH_MIN:
            small.append(f"{target.inner_text() or target.get_attribute('name')}: {box}")
    return small


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_the_phone_menu_opens_and_closes(new_journey, javascript):
    journey = _phone(new_journey, 360, "ky", javascript=javascript)
    page = journey.page
    journey.goto("/ky/")
    button = page.locator("summary.menu-button")
    assert button.is_visible()
    assert not _menu_link(page).is_visible()
    button.click()
    assert _menu_link(page).is_visible()
    assert page.locator(".header-search input[type=search]").is_visible()
    assert page.get_by_role("navigation", name="Тил").get_by_role("link").first.is_visible()
    journey.shot("menu open")
    assert not _touch_targets_too_small(page)
    if javascript:  # axe runs in the page: only with JavaScript
        assert not violations(page), violations(page)
    button.click()
    assert not _menu_link(page).is_visible()
    if javascript:  # Escape closes it too, and the focus is back on the button.
        button.click()
        page.keyboard.press("Escape")
        assert not _menu_link(page).is_visible()
        assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    journey.assert_clean()


def test_wide_screens_show_the_menu_without_a_button(new_journey, site):
    journey = new_journey("desktop", suffix="-1280")
    page = journey.page
    for label, path in _paths(site, "ky").items():
        journey.goto(path)
        assert not page.locator("summary.menu-button").is_visible()
        assert _menu_link(page).is_visible()
        assert page.locator(".header-search input[type=search]").is_visible()
        journey.shot(label)
    assert VIEWPORTS["desktop"]["viewport"]["width"] == 1280
    journey.assert_clean()


def test_search_from_the_header_on_a_phone(new_journey):
    journey = _phone(new_journey, 360, "ky")
    page = journey.page
    journey.goto("/ky/")
    page.locator("summary.menu-button").click()
    page.locator(".header-search input[type=search]").fill("бакча")
    journey.navigate(page.locator(".header-search button[type=submit]").click)
    assert "/ky/search/" in page.url
    assert page.locator(".search-group").count() >= 1
    journey.shot("search results")
    assert not violations(page), violations(page)
    journey.assert_clean()
