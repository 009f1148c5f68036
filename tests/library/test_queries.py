"""List, search and item pages run the same number of queries for 10 and 60 items (three pages
of the list: a query per item or per tag would show as dozens more)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from home.seeding import ensure_child_page
from library.models import LibraryIndexPage, LibraryItemPage, LibraryItemTag, LibraryTag

from .conftest import make_track

pytestmark = pytest.mark.django_db

URLS = [
    "/en/bench-library/",
    "/en/bench-library/?tag=tag-1",
    "/en/bench-library/?kind=method&oblast=naryn&track=soft-skills",
    "/en/bench-library/?q=deputies",
    "/en/bench-library/?q=deputies&tag=tag-1&page=2",
    "/en/bench-library/item-0/",
]


@pytest.fixture
def bench(home_pages):
    index = ensure_child_page(home_pages["en"], LibraryIndexPage, "bench-library", title="Bench")
    image = get_image_model().objects.create(title="cover", file=get_test_image_file())
    track = make_track("soft-skills", {"ky": "Ийкемдүү", "ru": "Гибкие", "en": "Soft skills"})
    state = {"items": 0, "tags": 0}

    def grow(items, tags):
        new_tags = [
            LibraryTag(name=f"Tag {n}", slug=f"tag-{n}", name_en=f"Tag {n}")
            for n in range(state["tags"], tags)
        ]
        LibraryTag.objects.bulk_create(new_tags)
        all_tags = list(LibraryTag.objects.order_by("pk"))
        links = []
        for number in range(state["items"], items):
            page = LibraryItemPage(
                title=f"Item {number} for deputies",
                slug=f"item-{number}",
                summary="A practice of women deputies.",
                kind="method",
                oblast="naryn",
                members_only=number % 5 == 4,
                cover_image=image if number % 2 else None,
                body=[("section", {"heading": "How", "text": "<p>Steps for deputies</p>"})],
            )
            page.tracks.set([track])
            index.add_child(instance=page)
            links += [
                LibraryItemTag(content_object=page, tag=all_tags[(number + k) % len(all_tags)])
                for k in range(3)
            ]
            links.append(LibraryItemTag(content_object=page, tag=all_tags[1]))
        LibraryItemTag.objects.bulk_create(links, ignore_conflicts=True)
        state.update(items=items, tags=tags)

    return grow


def query_counts(client):
    counts = {}
    for url in URLS:
        client.get(url)  # warm caches and create renditions
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        listed = response.context.get("items") or response.context.get("related_items")
        assert listed, url
        counts[url] = len(queries)
    return counts


def test_query_counts_do_not_grow_with_items_and_tags(client, bench, member):
    bench(items=10, tags=5)
    small = query_counts(client)
    bench(items=60, tags=30)
    large = query_counts(client)
    assert small == large
    client.force_login(member)
    bench(items=65, tags=30)
    member_small = query_counts(client)
    bench(items=80, tags=40)
    assert query_counts(client) == member_small
    assert member_small["/en/bench-library/item-0/"] <= 12  # a member's item page (issue 18)


FEED_URL = "/en/bench-library/feed/"


def feed_queries(client):
    client.get(FEED_URL)  # warm the site-root cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(FEED_URL)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_feed_query_count_does_not_grow_and_leaves_members_only_items_out(client, bench):
    bench(items=10, tags=5)
    small, body = feed_queries(client)
    assert body.count("<item>") == 8
    bench(items=60, tags=30)
    large, body = feed_queries(client)
    assert large == small
    assert body.count("<item>") == 20
    members_only = LibraryItemPage.objects.filter(members_only=True).values_list("title", flat=True)
    assert members_only and not any(f"<title>{title}</title>" in body for title in members_only)
    assert "<category>Tag 1</category>" in body
