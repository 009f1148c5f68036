"""The library's own search box finds Kyrgyz word forms the way the site search does, and
leaves members-only items to members."""

import pytest
from django.test import Client

from tests.library.conftest import titles

from .conftest import KY_TEXT

pytestmark = pytest.mark.django_db


def library_search(client, query, **filters):
    response = client.get("/ky/library/", {"q": query, **filters})
    assert response.status_code == 200
    return titles(response)


@pytest.mark.parametrize(
    "query",
    [
        "документ",  # the item says «документтер»
        "инновация",  # «инновациялар»
        "кадам",  # «кадамдар»
        "бакча",  # «бакчалар»
        "документтерибиз",  # our documents → документ
        "бакчаларга",  # to the kindergartens → бакча
        "кадамдар инновация",  # every word must be found
    ],
)
def test_a_kyrgyz_word_finds_its_other_forms_in_the_library(client, pages, query):
    assert KY_TEXT["open_item"] in library_search(client, query)


@pytest.mark.parametrize(
    ("query", "demo_title"),
    [
        # What the demo library's items say: «документтерди», «бакчалар», «кадамдар».
        ("документ", "«Равный — равному»"),
        ("бакча", "бюджеттик коомдук угуулар"),
        ("кадам", "бюджеттик коомдук угуулар"),
    ],
)
def test_the_demo_library_is_found_through_word_forms(client, pages, query, demo_title):
    found = library_search(client, query)
    assert any(demo_title in title for title in found), found


def test_words_not_in_an_item_do_not_find_it(client, pages):
    assert KY_TEXT["open_item"] not in library_search(client, "бакча жоккелбеген")
    assert library_search(client, "жоккелбеген") == set()


def test_a_visitor_does_not_find_members_only_items(member_client, pages):
    visitor = library_search(Client(), "инновация")
    assert KY_TEXT["open_item"] in visitor
    assert KY_TEXT["closed_item"] not in visitor
    member = library_search(member_client, "инновация")
    assert {KY_TEXT["open_item"], KY_TEXT["closed_item"]} <= member


def test_a_visitor_does_not_find_the_demos_members_only_item(member_client, pages):
    # The demo's mentoring circles (members only) say «кадам», «кадамдан», «кадамын».
    circles = "Мисал: Жаңы шайланган аял депутаттар үчүн ментордук тегеректер"
    assert circles not in library_search(Client(), "кадамдар")
    assert circles in library_search(member_client, "кадамдар")


def test_the_search_combines_with_the_filters(client, pages):
    assert KY_TEXT["open_item"] in library_search(client, "бакча", kind="practice")
    assert KY_TEXT["open_item"] not in library_search(client, "бакча", kind="toolkit")
    assert KY_TEXT["open_item"] not in library_search(client, "бакча", tag="peer-exchange")
