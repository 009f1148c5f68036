"""Every public page comes from the page cache on a visitor's second visit (issue 28): home,
catalogue, course, lessons with and without a knowledge check, library, news, events… A
page that sets a cookie (a CSRF token in a form) would be rendered for every visitor."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

pytestmark = pytest.mark.django_db

LANGUAGE = "ky"  # the default language; the others are built from the same templates


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def public_pages():
    """(kind, URL) of every live page of the Kyrgyz tree; a lesson's kind says whether it
    has a knowledge check (its form must not set the CSRF cookie for a visitor)."""
    from courses.checks import CHECK_BLOCK

    pages = Page.objects.live().public().filter(locale__language_code=LANGUAGE, depth__gt=1)
    for page in pages.specific():
        kind = type(page).__name__
        if kind == "LessonPage":
            with_check = any(block.block_type == CHECK_BLOCK for block in page.body)
            kind += " with a check" if with_check else " without a check"
        yield kind, page.url


def test_every_public_page_is_served_with_no_query_the_second_time(demo_site, page_cache_on):
    checked, rendered_each_time = set(), []
    for kind, url in public_pages():
        first = Client().get(url)
        if first.status_code != 200 or "private" in first.get("Cache-Control", ""):
            continue  # members only, or not a page a visitor reads
        with CaptureQueriesContext(connection) as queries:
            second = Client().get(url)
        checked.add(kind)
        if len(queries) or second.get("X-Page-Cache") != "hit":
            rendered_each_time.append((kind, url, len(queries), sorted(first.cookies)))
    assert rendered_each_time == []
    expected = {
        "HomePage",
        "CourseIndexPage",
        "CoursePage",
        "LessonPage with a check",
        "LessonPage without a check",
        "LibraryIndexPage",
        "LibraryItemPage",
        "NewsIndexPage",
        "NewsPage",
        "EventIndexPage",
        "EventPage",
    }
    assert expected <= checked, expected - checked
