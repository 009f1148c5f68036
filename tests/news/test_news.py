import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.seeding import ensure_child_page
from news.models import NewsPage

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def make_news(indexes):
    def make(slug, language="en", days_ago=0, **fields):
        fields.setdefault("title", slug.replace("-", " ").title())
        fields.setdefault("intro", f"About {slug}.")
        return ensure_child_page(
            indexes["news"][language],
            NewsPage,
            slug,
            date=timezone.localdate() - datetime.timedelta(days=days_ago),
            **fields,
        )

    return make


def test_index_is_newest_first_and_paginated(client, make_news, indexes):
    for i in range(12):
        make_news(f"item-{i:02}", days_ago=i)
    url = indexes["news"]["en"].url
    first = client.get(url)
    titles = [p.title for p in first.context["news_page"]]
    assert titles[:3] == ["Item 00", "Item 01", "Item 02"] and len(titles) == 10
    second = client.get(url, {"page": 2})
    assert [p.title for p in second.context["news_page"]] == ["Item 10", "Item 11"]
    assert client.get(url, {"page": "999"}).status_code == 200
    assert client.get(url, {"page": "abc"}).status_code == 200


def test_rss_and_atom_feeds_are_valid_xml_with_the_languages_items(client, make_news, indexes):
    make_news("english-news", title="English news", days_ago=1)
    make_news("newer-english", title="Newer English", days_ago=0)
    make_news("kyrgyz-news", language="ky", title="Кыргызча жаңылык")
    for code, expected in (("en", ["Newer English", "English news"]), ("ky", ["Кыргызча жаңылык"])):
        base = indexes["news"][code].url
        rss = client.get(base + "rss/")
        assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
        channel = ET.fromstring(rss.content).find("channel")
        assert channel.findtext("language") == code
        assert [i.findtext("title") for i in channel.findall("item")] == expected
        assert all(
            i.findtext("link").startswith("http://testserver/") for i in channel.findall("item")
        )
        atom = client.get(base + "atom/")
        assert atom["Content-Type"].startswith("application/atom+xml")
        root = ET.fromstring(atom.content)
        assert [e.findtext(f"{ATOM}title") for e in root.findall(f"{ATOM}entry")] == expected


def test_feeds_are_announced_in_the_head(client, make_news, indexes):
    item = make_news("announced")
    for url in (indexes["news"]["en"].url, item.url):
        html = client.get(url).content.decode()
        assert 'rel="alternate" type="application/rss+xml"' in html
        assert f'href="{indexes["news"]["en"].url}atom/"' in html


def test_news_page_has_open_graph_tags(client, make_news):
    item = make_news("shared", title="Shared in Telegram", intro="A short summary.")
    html = client.get(item.url).content.decode()
    assert '<meta property="og:title" content="Shared in Telegram">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:description" content="A short summary.">' in html
    assert 'property="og:url" content="http' in html


def test_home_page_shows_latest_news_and_next_events_in_its_language(
    client, make_news, make_event, home_pages
):
    make_news("home-en", title="Home English news")
    make_news("home-ky", language="ky", title="Башкы беттеги жаңылык")
    make_event("next-en", title="Next English event")
    make_event("old-en", title="Old event", start=timezone.now() - datetime.timedelta(days=3))
    en = client.get(home_pages["en"].url).content.decode()
    assert "Home English news" in en and "Next English event" in en
    assert "Башкы беттеги" not in en and "Old event" not in en
    ky = client.get(home_pages["ky"].url).content.decode()
    assert "Башкы беттеги жаңылык" in ky and "Home English news" not in ky


def _tagged(page, tag):
    page.tags.add(tag)
    page.save_revision().publish()


def test_tag_filter_and_query_count_do_not_grow(client, make_news, indexes):
    url = indexes["news"]["en"].url
    for i in range(2):
        _tagged(make_news(f"q{i}"), "budget")
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for i in range(2, 8):
        _tagged(make_news(f"q{i}"), "budget")
    client.get(url, {"tag": "budget"})  # publishing started a new site generation: warm it
    with CaptureQueriesContext(connection) as large:
        response = client.get(url, {"tag": "budget"})
    assert len(response.context["news_page"]) == 8
    assert len(large) <= len(small) + 1  # +1: nothing per item
    assert b'class="tag" href="?tag=budget"' in response.content
    assert client.get(url, {"tag": "nothing"}).context["news_page"].object_list.count() == 0


@pytest.mark.parametrize(("page", "expected_first"), [("9999", "Item 10"), ("junk", "Item 00")])
def test_bad_page_numbers_give_a_normal_page(client, make_news, indexes, page, expected_first):
    for i in range(12):
        make_news(f"item-{i:02}", days_ago=i)
    response = client.get(indexes["news"]["en"].url, {"page": page})
    assert response.status_code == 200
    assert [p.title for p in response.context["news_page"]][0] == expected_first


def test_a_news_card_on_the_home_page_shows_its_picture(client, make_news, home_pages, image_file):
    make_news("pictured", title="Pictured news", image=image_file)
    make_news("plain", title="Plain news")
    html = client.get(home_pages["en"].url).content.decode()
    section = html.split('<section class="news-latest"')[1].split("</section>")[0]
    assert section.count("<img ") == 1 and 'src="/media/images/' in section
