"""Finding things: filters alone and combined, tag pages, pagination, bad values."""

import pytest

from library.listing import ITEMS_PER_PAGE
from library.models import LibraryItemPage

from .conftest import item, titles

pytestmark = pytest.mark.django_db


def slugs(response):
    return {entry.slug for entry in response.context["items"]}


def test_library_index_lists_public_items_in_each_language(client, library):
    for code in ("ky", "ru", "en"):
        response = client.get(f"/{code}/library/")
        assert response.status_code == 200
        expected = set(
            LibraryItemPage.objects.live()
            .filter(locale__language_code=code, members_only=False)
            .values_list("title", flat=True)
        )
        assert titles(response) == expected
        assert len(expected) == 7


def test_index_is_in_the_main_menu(client, library):
    html = client.get("/ru/").content.decode()
    assert 'href="/ru/library/"' in html
    assert "Библиотека инноваций" in html


def test_filter_by_tag(client, library):
    response = client.get("/en/library/?tag=peer-exchange")
    assert slugs(response) == {"peer-to-peer-platform", "best-practice-portal"}
    assert response.context["selected_tag"].slug == "peer-exchange"


def test_filter_by_kind(client, library):
    response = client.get("/ru/library/?kind=method")
    assert slugs(response) == {
        "public-spaces-for-women",
        "stakeholder-mapping",
        "learning-in-action",
    }


def test_filter_by_oblast(client, library):
    response = client.get("/ky/library/?oblast=naryn")
    # The concept's methods (learning in action, public spaces) belong to no oblast.
    assert slugs(response) == {"peer-to-peer-platform"}


def test_filters_combined(client, library):
    response = client.get("/en/library/?kind=practice&oblast=naryn&tag=peer-exchange")
    assert slugs(response) == {"peer-to-peer-platform"}
    response = client.get("/en/library/?kind=method&tag=soft-skills")
    assert slugs(response) == {"learning-in-action"}  # the members-only method is not listed
    response = client.get("/en/library/?kind=practice&tag=soft-skills")
    assert slugs(response) == set()
    assert "Nothing found" in response.content.decode()


def test_filter_by_track(client, library):
    from .conftest import make_track

    track = make_track("soft-skills", {"ky": "Ийкемдүү", "ru": "Гибкие", "en": "Soft"})
    for code in ("ky", "ru", "en"):
        page = item(code, "learning-in-action")
        page.tracks.set([track])
        page.save_revision().publish()
    response = client.get("/ru/library/?track=soft-skills")
    assert slugs(response) == {"learning-in-action"}
    response = client.get("/ru/library/?track=soft-skills&kind=report")
    assert slugs(response) == set()


def test_translated_item_keeps_tracks_and_shows_them_in_its_language(client, library):
    from home.seeding import ensure_child_page, ensure_translation

    from .conftest import make_track

    track = make_track("partnerships", {"ky": "Өнөктөштүк", "ru": "Партнёрства", "en": "Ties"})
    source = ensure_child_page(
        library["ky"], LibraryItemPage, "new-item", title="Жаңы", summary="Кыскача"
    )
    source.tracks.set([track])
    source.save_revision().publish()
    russian = ensure_translation(source, "ru", title="Новый", summary="Кратко")
    assert list(russian.tracks.values_list("slug", flat=True)) == ["partnerships"]
    html = client.get("/ru/library/new-item/").content.decode()
    assert "Партнёрства" in html
    assert client.get("/ru/library/?track=partnerships").context["items"][0].slug == "new-item"


def test_tag_cloud_in_the_page_language_with_counts(client, library):
    response = client.get("/ky/library/")
    cloud = {tag.slug: (tag.label, tag.item_count) for tag in response.context["tags"]}
    assert cloud["peer-exchange"] == ("Тажрыйба алмашуу", 2)
    response = client.get("/ru/library/")
    cloud = {tag.slug: (tag.label, tag.item_count) for tag in response.context["tags"]}
    assert cloud["peer-exchange"] == ("Обмен опытом", 2)
    assert "Обмен опытом" in response.content.decode()


def test_tag_page_shows_tag_name_in_language(client, library):
    html = client.get("/ru/library/?tag=local-budget").content.decode()
    assert "Местный бюджет" in html
    assert "Публичные бюджетные слушания" in html


def test_item_page_shows_translated_tags_and_related_items(client, library):
    response = client.get("/en/library/public-spaces-for-women/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Public spaces" in html and "Vulnerable groups" in html
    related = {entry.slug for entry in response.context["related_items"]}
    assert "inclusive-development-planning" in related
    assert "public-spaces-for-women" not in related
    html = client.get("/ky/library/public-spaces-for-women/").content.decode()
    assert "Коомдук мейкиндиктер" in html
    assert "району" not in html  # a method of the concept, tied to no district


@pytest.mark.parametrize(
    "query",
    [
        "tag=no-such-tag",
        "kind=poem",
        "oblast=mars",
        "track=nothing",
        "page=9999",
        "page=abc",
        "page=-1",
        "q=" + "x" * 500,
        "tag=%00%ff&kind[]=1&page=1e9",
        "q=%27%22%3C%3E%3Bdrop+table",
    ],
)
def test_bad_filter_values_give_a_normal_page(client, library, query):
    response = client.get(f"/en/library/?{query}")
    assert response.status_code == 200
    assert response.context["page_obj"].number >= 1


def test_unknown_filter_is_ignored_with_a_notice(client, library):
    response = client.get("/en/library/?tag=no-such-tag")
    assert len(response.context["items"]) == 7
    assert "were not recognised" in response.content.decode()


def test_pagination_keeps_filters(client, library):
    parent = library["en"]
    for number in range(ITEMS_PER_PAGE + 2):
        parent.add_child(
            instance=LibraryItemPage(
                title=f"Extra method {number}", slug=f"extra-{number}", summary="x", kind="method"
            )
        )
    response = client.get("/en/library/?kind=method")
    assert response.context["page_obj"].paginator.num_pages == 2
    assert response.context["next_url"] == "?kind=method&page=2"
    # Unrecognised values are not carried into the page links.
    junk = client.get("/en/library/?kind=method&tag=nope")
    assert junk.context["next_url"] == "?kind=method&page=2"
    last = client.get("/en/library/?kind=method&page=9999")
    assert last.context["page_obj"].number == 2
    assert len(last.context["items"]) == ITEMS_PER_PAGE + 2 + 3 - ITEMS_PER_PAGE
