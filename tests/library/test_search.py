"""Full-text search with Wagtail search: each language finds its own items."""

import pytest

from .conftest import titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "words", "expected"),
    [
        ("en", "budget hearings", "Participatory budget hearings with women's groups"),
        ("ru", "слушания", "Публичные бюджетные слушания с участием женских групп"),
        ("ky", "угуулар", "Аялдар топторунун катышуусу менен бюджеттик коомдук угуулар"),
        ("en", "stakeholders", "Stakeholder mapping: interests, influence, cooperation"),
        ("ru", "муниципалитеты", "Платформа «Peer-to-Peer»: муниципалитеты учатся друг у друга"),
    ],
)
def test_search_finds_items_in_the_page_language(client, library, code, words, expected):
    response = client.get(f"/{code}/library/", {"q": words})
    assert response.status_code == 200
    found = titles(response)
    assert expected in found
    assert all(entry.locale.language_code == code for entry in response.context["items"])


def test_search_does_not_return_other_languages(client, library):
    # A Russian word searched in the English library finds nothing.
    response = client.get("/en/library/", {"q": "слушания"})
    assert titles(response) == set()
    assert "Nothing found" in response.content.decode()


def test_search_combines_with_filters(client, library):
    response = client.get("/en/library/", {"q": "women", "kind": "method"})
    assert titles(response) <= {
        "Organising public spaces for women and vulnerable groups",
        "Stakeholder mapping: interests, influence, cooperation",
        "Learning in action: a real task, then reflection",
    }
    assert "Organising public spaces for women and vulnerable groups" in titles(response)
    tagged = client.get("/en/library/", {"q": "women", "tag": "local-budget"})
    assert titles(tagged) == {"Participatory budget hearings with women's groups"}


def test_search_query_is_shown_and_kept_in_the_form(client, library):
    html = client.get("/ru/library/", {"q": "бюджет"}).content.decode()
    assert 'value="бюджет"' in html
    assert "Результаты" in html or "бюджет" in html


@pytest.mark.parametrize("junk", ['"', "'", "AND", "*", "((", "-", "NOT OR", "<script>"])
def test_search_junk_gives_a_normal_page(client, library, junk):
    response = client.get("/en/library/", {"q": junk})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split('role="search"')[1]
