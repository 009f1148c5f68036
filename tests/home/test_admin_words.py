"""The English Wagtail and wagtail-localize write without gettext reads in the admin's language
(home/admin_words.py, home/templates/): what the browser journey test_admin_in_kyrgyz.py
found, each pinned here on the server."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from home.admin_words import TranslationsPaginator
from home.club.models import Initiative
from tests.admin_language import set_admin_language

pytestmark = pytest.mark.django_db
ADMIN_LANGUAGES = [("ky", "Кыргызча"), ("ru", "Русский"), ("en", "English")]


@pytest.fixture
def kyrgyz_admin(admin_user, client):
    set_admin_language(admin_user, "ky")
    client.force_login(admin_user)
    return client


@override_settings(WAGTAILADMIN_PERMITTED_LANGUAGES=ADMIN_LANGUAGES)
def test_the_sign_in_form_names_the_password_in_her_language(client):
    page = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="ky").content.decode()
    assert "Сырсөз" in page and ">Password<" not in page.replace("\n", "").replace(" ", "")


@override_settings(WAGTAILADMIN_PERMITTED_LANGUAGES=ADMIN_LANGUAGES)
def test_the_dashboard_search_button_speaks_kyrgyz(kyrgyz_admin):
    page = kyrgyz_admin.get(reverse("wagtailadmin_home")).content.decode()
    assert 'value="Издөө"' in page and 'value="Search"' not in page


@override_settings(WAGTAILADMIN_PERMITTED_LANGUAGES=ADMIN_LANGUAGES)
def test_a_boolean_field_of_a_listing_is_a_yes_or_no_icon(kyrgyz_admin, admin_user):
    Initiative.objects.create(
        author=admin_user, title="Бюджет", problem="-", goal="-", municipality="Ош",
        oblast="osh", help_needed="-", featured=True,
    )  # fmt: skip
    page = kyrgyz_admin.get("/admin/club-initiatives/").content.decode()
    cells = [cell.split("</td>")[0].strip() for cell in page.split("<td")[1:]]
    assert "True" not in cells and "False" not in cells
    assert "Ооба" in page  # the featured one's icon is named "yes"


def test_the_translations_report_counts_with_the_languages_plural():
    with translation.override("ru"):
        labels = [TranslationsPaginator(range(n), 100).items_count_label for n in (1, 3, 5)]
    assert labels == ["1 перевод", "3 перевода", "5 переводов"]
    with translation.override("ky"):
        assert TranslationsPaginator(range(2), 100).items_count_label == "2 котормо"


def test_a_listing_counts_its_items_with_a_label_not_a_wrong_plural(admin_user):
    """Wagtail wrote "9 пользователи" and "6 элементы"."""
    from django.contrib.auth import get_user_model
    from wagtail.admin.paginator import WagtailPaginator

    users = get_user_model().objects.all()
    with translation.override("ru"):
        assert WagtailPaginator(users, 50).items_count_label == f"Пользователи: {users.count()}"
        assert WagtailPaginator(list(range(6)), 50).items_count_label == "Элементы: 6"
    with translation.override("ky"):
        assert WagtailPaginator(list(range(6)), 50).items_count_label == "Элементтер: 6"
