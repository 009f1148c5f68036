"""The demo library, page-tree rules and the editors' admin screens."""

import pytest
from django.contrib.auth.models import User
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.members.choices import Oblast
from home.models import HomePage
from library import demo
from library.models import LibraryIndexPage, LibraryItemPage, LibraryTag
from tests.shared_seed import QuietCommand

pytestmark = pytest.mark.django_db


def test_demo_library_has_real_items_in_three_languages(library):
    for code in ("ky", "ru", "en"):
        items = LibraryItemPage.objects.live().filter(locale__language_code=code)
        assert items.count() >= 8
        assert items.filter(members_only=True).count() >= 2
        oblasts = set(items.values_list("oblast", flat=True))
        assert {Oblast.ISSYK_KUL, Oblast.NARYN, Oblast.JALAL_ABAD, Oblast.OSH} <= oblasts
        assert all(item.tags.exists() for item in items)
        assert library[code].show_in_menus


def test_demo_facts_follow_the_concept(client, library):
    """Illustrative items say so and credit no real body; the portal is linked."""
    for code, word in (("ky", "Мисал"), ("ru", "Пример"), ("en", "Example")):
        items = LibraryItemPage.objects.filter(locale__language_code=code)
        for slug in ("participatory-budget-hearings", "inclusive-development-planning"):
            item = items.get(slug=slug)
            assert item.title.startswith(word) and item.source.startswith(word)
            assert item.year is None and not item.municipality
        assert "Peer-to-Peer" not in items.get(slug="peer-to-peer-platform").title
        assert "«Равный — равному»" in items.get(slug="peer-to-peer-platform").title
        portal = client.get(items.get(slug="best-practice-portal").url).content.decode()
        assert 'href="https://www.myktyaimak.gov.kg/"' in portal


def test_demo_tags_have_names_in_every_language(library):
    for tag in LibraryTag.objects.all():
        assert tag.name_ky and tag.name_ru and tag.name_en


def test_demo_translations_are_linked(library):
    source = LibraryItemPage.objects.get(locale__language_code="ky", slug="stakeholder-mapping")
    translations = {p.locale.language_code: p for p in source.get_translations()}
    assert translations["ru"].title.startswith("Карта заинтересованных сторон")
    assert translations["en"].title.startswith("Stakeholder mapping")


def test_seed_is_idempotent(library):
    pages = LibraryItemPage.objects.count()
    tags = LibraryTag.objects.count()
    demo.seed(QuietCommand())
    assert LibraryItemPage.objects.count() == pages
    assert LibraryTag.objects.count() == tags


def test_page_tree_rules():
    assert LibraryIndexPage.parent_page_types == ["home.HomePage"]
    assert LibraryItemPage.parent_page_types == ["library.LibraryIndexPage"]
    assert LibraryItemPage.subpage_types == []
    assert HomePage in LibraryIndexPage.allowed_parent_page_models()


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("root", "root@club.test", "x" * 12))
    return client


def test_editor_creates_a_tagged_item_in_the_admin(admin_client, library):
    parent = library["en"]
    data = nested_form_data(
        {
            "title": "Women's council in the aiyl aimak",
            "slug": "womens-council",
            "kind": "practice",
            "summary": "A council of women advises the aiyl okmotu.",
            "body": streamfield([]),
            "resources": streamfield([]),
            "tags": "Public spaces, New idea",
            "oblast": "osh",
            "municipality": "Kara-Suu district",
            "source": "AMUCA",
            "year": "2024",
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "publish"
    response = admin_client.post(
        f"/admin/pages/add/library/libraryitempage/{parent.pk}/", data, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = LibraryItemPage.objects.get(slug="womens-council", locale__language_code="en")
    assert set(page.tags.values_list("name", flat=True)) == {"Public spaces", "New idea"}
    new_tag = LibraryTag.objects.get(name="New idea")
    assert new_tag.label_in("ru") == "New idea"  # falls back until an editor translates it


def test_admin_edit_screens_load(admin_client, library):
    item = LibraryItemPage.objects.get(locale__language_code="ru", slug="quota-analysis")
    assert admin_client.get(f"/admin/pages/{item.pk}/edit/").status_code == 200
    assert admin_client.get(f"/admin/pages/{library['ky'].pk}/edit/").status_code == 200
    response = admin_client.get("/admin/snippets/library/librarytag/")
    assert response.status_code == 200
    assert "Коомдук мейкиндиктер" in response.content.decode()
    tag = LibraryTag.objects.get(slug="quota")
    assert admin_client.get(f"/admin/snippets/library/librarytag/edit/{tag.pk}/").status_code == 200
