"""The site search: one box finds courses, lessons, library items, news and events in the
page's language, Kyrgyz word forms included, members-only pages only for members."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.reflections.models import Reflection
from news.models import NewsPage

from .conftest import KY_TEXT, all_titles, found

pytestmark = pytest.mark.django_db


def search(client, code, query):
    response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("query", "kind", "title"),
    [
        ("документ", "courses", KY_TEXT["course"]),  # документтер
        ("кадам", "lessons", KY_TEXT["lesson"]),  # кадамдары
        ("бакча", "news", KY_TEXT["news"]),  # бакчаларынын
        ("инновация", "events", KY_TEXT["event"]),  # инновациялар
        ("аймак", "events", KY_TEXT["event"]),  # аймактарындагы
    ],
)
def test_a_kyrgyz_word_finds_its_other_forms_in_every_kind(client, pages, query, kind, title):
    assert title in found(search(client, "ky", query)).get(kind, [])


@pytest.mark.parametrize(
    ("query", "demo_title"),
    [
        # The demo library's items say «документтерди», «кадамдар», «бакчалар».
        ("документ", "«Равный — равному»"),
        ("кадамдар", "Мисал: Аялдар топторунун катышуусу менен бюджеттик коомдук угуулар"),
        ("бакча", "Мисал: Аялдар топторунун катышуусу менен бюджеттик коомдук угуулар"),
    ],
)
def test_the_demo_library_is_found_through_word_forms(client, pages, query, demo_title):
    titles = found(search(client, "ky", query)).get("library", [])
    assert any(demo_title in title for title in titles), titles


def test_an_inflected_query_finds_the_plain_form(client, pages):
    # «курстардагы» (in the courses) → курс, «документтерибиз» (our documents) → документ
    assert KY_TEXT["course"] in all_titles(search(client, "ky", "документтерибиз"))


def test_results_come_in_the_page_language(client, pages, library):
    ru = search(client, "ru", "слушания")
    assert "Пример: Публичные бюджетные слушания с участием женских групп" in all_titles(ru)
    en = search(client, "en", "hearing")
    assert "Example: Participatory budget hearings with women's groups" in all_titles(en)
    assert not any("Пример" in t or "Мисал" in t for t in all_titles(en))
    assert all_titles(search(client, "en", "слушания")) == set()


def test_members_only_pages_are_found_by_members_only(member_client, pages):
    client = Client()
    for query in ("инновациялар", "бакчалар"):
        assert KY_TEXT["closed_item"] not in all_titles(search(client, "ky", query))
        assert KY_TEXT["closed_course"] not in all_titles(search(client, "ky", query))
    member_titles = all_titles(search(member_client, "ky", "инновациялар"))
    assert KY_TEXT["closed_item"] in member_titles
    assert KY_TEXT["closed_course"] in all_titles(search(member_client, "ky", "бакчалар"))


def test_a_visitors_lesson_of_a_members_only_course_is_not_found(member_client, pages):
    client = Client()
    lesson_title = pages["closed_lesson"].title
    assert lesson_title not in all_titles(search(client, "ky", lesson_title))
    assert lesson_title in all_titles(search(member_client, "ky", lesson_title))


def test_a_signed_in_search_is_private(member_client, pages):
    response = search(member_client, "ky", "кадам")
    assert "private" in response["Cache-Control"]


def test_nothing_found_offers_tracks_and_tags(client, pages):
    response = search(client, "ky", "жоккелбеген")
    html = response.content.decode()
    assert response.context["groups"] == []
    assert "Издөө" in html and "?track=search" in html  # the track, to the catalogue
    assert "?tag=" in html  # the library's tags


@pytest.mark.parametrize("junk", ['"', "'", "AND", "*", "((", "-", "NOT OR", "<script>", "x" * 300])
def test_junk_gives_a_normal_page(client, pages, junk):
    response = search(client, "ky", junk)
    assert "<script>" not in response.content.decode().split("</header>")[1]


def test_the_header_has_the_search_box(client, pages):
    html = client.get("/ru/").content.decode()
    assert 'action="/ru/search/"' in html.split("</header>")[0]


def _queries(client, query):
    with CaptureQueriesContext(connection) as queries:
        search(client, "ky", query)
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_results(member_client, pages):
    member_client.get("/ky/search/")  # the session and the member's groups, once
    before = _queries(member_client, "бакча")
    parent = pages["news"].get_parent()
    for number in range(6):
        parent.add_child(
            instance=NewsPage(title=f"Мисал: бакчалар {number}", slug=f"b-{number}", intro="Мисал.")
        )
    assert len(found(search(member_client, "ky", "бакча"))["news"]) == 7
    assert _queries(member_client, "бакча") == before


def test_reflections_are_never_found(member_client, pages):
    author = User.objects.get(username="searcher")
    lesson = pages["lesson"]
    Reflection.objects.create(
        user=author,
        lesson_key=lesson.translation_key,
        course_key=pages["course"].translation_key,
        answers=[{"question": "Суроо", "answer": "Менин купуя ойлорум: жашыруундуктар"}],
        shared_at=timezone.now(),
    )
    response = search(member_client, "ky", "жашыруундук")
    assert response.context["groups"] == []
    assert "купуя ойлорум" not in response.content.decode()
