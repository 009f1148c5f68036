"""A visitor on a phone or a desktop reads the site in Kyrgyz, then switches to Russian."""

import pytest

from .pages import page_url
from .steps import open_menu

pytestmark = pytest.mark.e2e


def test_root_redirects_to_kyrgyz_home(journey):
    journey.goto("/")
    assert journey.page.url.endswith("/ky/")
    assert journey.lang() == "ky"
    journey.shot("home in Kyrgyz")
    journey.assert_clean()


def _open_from(journey, index_url, target_url, name):
    """On the index page, follow the link to `target_url` (it must be listed there)."""
    page = journey.page
    journey.goto(index_url)
    journey.shot(f"{name} index ky")
    link = page.locator(f'main a[href="{target_url}"]').first
    assert link.count() == 1, f"{index_url} does not link to {target_url}"
    journey.navigate(link.click)
    assert page.url.endswith(target_url)
    assert journey.lang() == "ky"
    assert page.locator("h1").count() == 1
    journey.shot(f"{name} ky")


def test_visitor_reads_news_and_event_in_kyrgyz_then_switches_to_russian(journey):
    page, site = journey.page, journey.site
    journey.goto("/ky/")
    assert page.locator("h1").count() == 1
    journey.shot("home ky")

    news, article = page_url(site, "news", "ky"), page_url(site, "article", "ky")
    events, event = page_url(site, "events", "ky"), page_url(site, "event", "ky")
    assert news and article, "no news in Kyrgyz"
    _open_from(journey, news, article, "news")
    assert events and event, "no events in Kyrgyz"
    _open_from(journey, events, event, "event")

    # The switcher leads to the same event in Russian.
    open_menu(page)
    switcher = page.get_by_role("navigation", name="Тил")
    journey.navigate(switcher.get_by_role("link", name="Русский").click)
    assert journey.lang() == "ru"
    assert "/ru/" in page.url
    assert page.url.rstrip("/").split("/")[-1] != ""
    assert page.locator("h1").count() == 1
    journey.shot("same event ru")
    assert page.url != journey.url(event)
    journey.assert_clean()


def test_visitor_reads_news_and_event_with_javascript_disabled(new_journey):
    journey = new_journey("phone", javascript=False, suffix="-nojs")
    site = journey.site
    journey.goto("/ky/")
    journey.shot("home without javascript")
    _open_from(journey, page_url(site, "news", "ky"), page_url(site, "article", "ky"), "news")
    _open_from(journey, page_url(site, "events", "ky"), page_url(site, "event", "ky"), "event")
    journey.assert_clean()
