"""Full-text search with Wagtail search: each language finds its own items."""

import pytest

from library.models import LibraryItemPage, LibraryTag

from .conftest import item, titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "words", "expected"),
    [
        ("en", "budget hearings", "Example: Participatory budget hearings with women's groups"),
        ("ru", "слушания", "Пример: Публичные бюджетные слушания с участием женских групп"),
        ("ky", "угуулар", "Мисал: Аялдар топторунун катышуусу менен бюджеттик коомдук угуулар"),
        ("en", "stakeholders", "Stakeholder mapping: interests, influence, cooperation"),
        (
            "ru",
            "муниципалитеты",
            "Платформа «Равный — равному»: муниципалитеты учатся друг у друга",
        ),
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
    assert titles(tagged) == {"Example: Participatory budget hearings with women's groups"}


def test_search_query_is_shown_and_kept_in_the_form(client, library):
    html = client.get("/ru/library/", {"q": "бюджет"}).content.decode()
    assert 'value="бюджет"' in html
    assert "Результаты" in html or "бюджет" in html


@pytest.mark.parametrize("junk", ['"', "'", "AND", "*", "((", "-", "NOT OR", "<script>"])
def test_search_junk_gives_a_normal_page(client, library, junk):
    response = client.get("/en/library/", {"q": junk})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split('role="search"')[1]


NEW_TAG_NAMES = {"ky": "Сугат", "ru": "Орошение", "en": "Irrigation"}


@pytest.fixture
def irrigation_tag(library):
    """A new tag with a name in each language that no item's text contains."""
    return LibraryTag.objects.create(
        name="Irrigation",
        slug="irrigation",
        name_ky=NEW_TAG_NAMES["ky"],
        name_ru=NEW_TAG_NAMES["ru"],
        name_en=NEW_TAG_NAMES["en"],
    )


def tag_and_publish(slug, tag):
    """Tag the Kyrgyz item and its translations the way an editor does: edit, then publish."""
    for code in ("ky", "ru", "en"):
        page = item(code, slug)
        page.tags.add(tag)
        page.save_revision().publish()


@pytest.mark.parametrize("code", ["ky", "ru", "en"])
def test_search_finds_items_by_tag_name_in_the_page_language(client, irrigation_tag, code):
    expected = item(code, "stakeholder-mapping").title
    assert expected not in titles(client.get(f"/{code}/library/", {"q": NEW_TAG_NAMES[code]}))
    tag_and_publish("stakeholder-mapping", irrigation_tag)
    found = titles(client.get(f"/{code}/library/", {"q": NEW_TAG_NAMES[code]}))
    assert found == {expected}


@pytest.mark.parametrize(
    ("code", "name"),
    [("ky", "Тажрыйба алмашуу"), ("ru", "Обмен опытом"), ("en", "Peer-to-peer exchange")],
)
def test_search_finds_demo_items_by_their_tag_names(client, library, code, name):
    tagged = {
        entry.title
        for entry in LibraryItemPage.objects.filter(
            locale__language_code=code, tagged_items__tag__slug="peer-exchange"
        )
    }
    assert len(tagged) == 2
    assert tagged <= titles(client.get(f"/{code}/library/", {"q": name}))


def test_renaming_a_tag_updates_the_search(client, irrigation_tag):
    tag_and_publish("stakeholder-mapping", irrigation_tag)
    expected = item("ru", "stakeholder-mapping").title
    irrigation_tag.name_ru = "Полив"
    irrigation_tag.save()
    assert titles(client.get("/ru/library/", {"q": "Полив"})) == {expected}
    assert titles(client.get("/ru/library/", {"q": "Орошение"})) == set()
    irrigation_tag.delete()
    assert titles(client.get("/ru/library/", {"q": "Полив"})) == set()
