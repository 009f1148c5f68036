"""/sitemap.xml: a constant number of queries, and no members-only page in it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage

from .conftest import add_course, lessons_of

pytestmark = pytest.mark.django_db


def sitemap(client):
    """The sitemap's text and how many queries it took (per-site caches warmed first)."""
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def library_items(home_pages):
    """A library with one public and one members-only item (library app's page types)."""
    from library.models import LibraryIndexPage, LibraryItemPage

    index = LibraryIndexPage(title="Library", slug="library")
    home_pages["ky"].add_child(instance=index)
    for slug, members_only in (("open-item", False), ("closed-item", True)):
        index.add_child(
            instance=LibraryItemPage(
                title=slug, slug=slug, summary="Summary", members_only=members_only
            )
        )


def test_sitemap_queries_do_not_grow_with_lessons(client, home_pages, catalogue, tracks):
    library_items(home_pages)
    public = add_course(catalogue["ky"], "speaking", tracks["soft"], lessons=1)
    private = add_course(catalogue["ky"], "budget", tracks["budget"], lessons=1, members_only=True)
    small_text, small = sitemap(client)
    for course in (public, private):
        for number in range(2, 7):
            course.add_child(instance=LessonPage(title=f"Lesson {number}", slug=f"lesson-{number}"))
    assert len(lessons_of(public)) + len(lessons_of(private)) == 12
    text, large = sitemap(client)
    assert large == small
    assert text.count("/speaking/lesson-") == 6
    assert "/speaking/</loc>" in text and "/library/open-item/" in text
    for hidden in ("/budget/", "closed-item"):
        assert hidden not in text and hidden not in small_text
