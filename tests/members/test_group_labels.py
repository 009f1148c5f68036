"""Editors read the Club's groups and the members-only collection in their admin language."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from home.documents import members_only_collection
from tests.admin_language import set_admin_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def russian_admin(client, django_user_model):
    admin = django_user_model.objects.create_superuser("ru-admin", "ru-admin@x.test", "x")
    set_admin_language(admin, "ru")
    client.force_login(admin)
    return client, admin


def test_the_groups_list_names_the_clubs_groups_in_her_language(russian_admin):
    client, _ = russian_admin
    Group.objects.create(name="Oblast volunteers")
    page = client.get(reverse("wagtailusers_groups:index")).content.decode()
    for label in ("Участницы клуба", "Наставницы", "Редакторы", "Региональные координаторы"):
        assert label in page
    assert "Regional coordinators" not in page
    assert "Oblast volunteers" in page  # a group editors added keeps its own name


def test_a_users_form_offers_the_groups_in_her_language(russian_admin):
    client, admin = russian_admin
    page = client.get(reverse("wagtailusers_users:edit", args=[admin.pk])).content.decode()
    assert "Наставницы" in page
    assert ">Mentors<" not in page
    mentors = Group.objects.get(name="Mentors")
    page = client.get(reverse("wagtailusers_groups:edit", args=[mentors.pk])).content.decode()
    assert "Наставницы" in page


def test_the_members_only_collection_is_named_in_three_languages():
    name = members_only_collection().name
    assert "Members only" in name
    assert "Только для участниц" in name
    assert "Мүчөлөр үчүн гана" in name
