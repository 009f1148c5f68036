"""The members' directory: opt-in, what it shows, filters, search and pagination."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from home.club.models import ClubProfile
from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile
from home.members.roles import MEMBERS

from ..members.test_account import profile_data
from .conftest import list_in_directory, make_member

pytestmark = pytest.mark.django_db

DIRECTORY = "/en/club/members/"


def names(response):
    return [
        line.strip()
        for line in response.content.decode().split("<h3>")[1:]
        for line in [line.split("</h3>")[0]]
    ]


def test_she_is_not_listed_until_she_opts_in_on_her_account_page(client, aigul, gulnara):
    client.force_login(gulnara)
    assert "Айгүл" not in client.get(DIRECTORY).content.decode()

    client.force_login(aigul)
    account = client.get("/en/account/").content.decode()
    assert 'name="listed"' in account and 'action="/en/club/profile/"' in account
    response = client.post(
        "/en/club/profile/",
        {"listed": "on", "about": "Депутатмын.", "show_telegram": "on", "next": "/en/account/"},
    )
    assert response.status_code == 302 and response["Location"] == "/en/account/"
    assert ClubProfile.objects.get(user=aigul).listed

    client.force_login(gulnara)
    page = client.get(DIRECTORY).content.decode()
    assert "Айгүл Токтогулова" in page and "Депутатмын." in page
    assert "Jalal-Abad oblast" in page and "Базар-Коргон" in page
    assert "@aigul_t" in page and 'href="https://t.me/aigul_t"' in page
    # Only what she chose to show: not her phone nor her email.
    assert "+996555101201" not in page and "aigul@example.org" not in page


def test_a_contact_she_has_not_given_cannot_be_shown(client, gulnara):
    client.force_login(gulnara)
    response = client.post(
        "/en/club/profile/", {"listed": "on", "about": "Мугалиммин.", "show_telegram": "on"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Add your Telegram username to your profile first." in body
    assert "Мугалиммин." in body  # her text is kept
    assert not ClubProfile.objects.filter(user=gulnara).exists()


def test_about_me_has_a_length_limit(client, aigul):
    client.force_login(aigul)
    response = client.post("/en/club/profile/", {"listed": "on", "about": "ы" * 601})
    assert response.status_code == 400
    assert "at most 600 characters" in response.content.decode()


def test_she_can_leave_the_directory(client, aigul, gulnara):
    list_in_directory(aigul)
    client.force_login(aigul)
    client.post("/en/club/profile/", {"about": "x"})
    client.force_login(gulnara)
    assert "Айгүл" not in client.get(DIRECTORY).content.decode()


def test_someone_who_left_the_club_disappears_from_the_directory(client, aigul, gulnara):
    list_in_directory(aigul)
    aigul.groups.remove(Group.objects.get(name=MEMBERS))
    client.force_login(gulnara)
    assert "Айгүл" not in client.get(DIRECTORY).content.decode()


def test_filters_by_oblast_role_and_track(client, aigul, gulnara, tracks):
    list_in_directory(aigul).tracks.set([tracks["budget"]])
    list_in_directory(gulnara).tracks.set([tracks["partnerships"]])
    client.force_login(aigul)

    def found(query):
        return names(client.get(DIRECTORY + query))

    assert found("?oblast=osh") == ["Гульнара Исмаилова"]
    assert found("?oblast=jalal-abad") == ["Айгүл Токтогулова"]
    assert found(f"?role={ClubRole.CANDIDATE}") == ["Гульнара Исмаилова"]
    assert found("?track=budget") == ["Айгүл Токтогулова"]
    assert found("") == ["Айгүл Токтогулова", "Гульнара Исмаилова"]
    # The track is shown in the reader's language.
    assert "Партнёрство" in client.get("/ru/club/members/").content.decode()


def test_search_by_name_or_municipality_in_any_case(client, aigul, gulnara):
    list_in_directory(aigul)
    list_in_directory(gulnara)
    client.force_login(aigul)
    assert names(client.get(DIRECTORY + "?q=гульнара")) == ["Гульнара Исмаилова"]
    assert names(client.get(DIRECTORY + "?q=КАРА-СУУ")) == ["Гульнара Исмаилова"]
    assert names(client.get(DIRECTORY + "?q=базар")) == ["Айгүл Токтогулова"]
    assert names(client.get(DIRECTORY + "?q=Бишкек")) == []


def test_listed_by_name_also_after_she_renames_herself_or_loses_her_profile(
    client, aigul, gulnara, mentor
):
    """The order is her member profile's name, as it is now (the directory keeps a copy)."""
    for member in (aigul, gulnara, mentor):
        list_in_directory(member)
    client.force_login(aigul)
    assert names(client.get(DIRECTORY)) == [
        "Айгүл Токтогулова",
        "Гульнара Исмаилова",
        "Салия Акулова",
    ]

    response = client.post("/en/account/", profile_data(full_name="Яна Токтогулова"))
    assert response.status_code == 302
    assert names(client.get(DIRECTORY)) == [
        "Гульнара Исмаилова",
        "Салия Акулова",
        "Яна Токтогулова",
    ]

    # Without a member profile she stays listed, under her account name, where the database
    # puts a missing name (first in SQLite, last in PostgreSQL), as the join ordered it.
    MemberProfile.objects.filter(user=gulnara).delete()
    by_join = ClubProfile.objects.order_by("user__member_profile__full_name", "pk")
    shown = {aigul.pk: "Яна Токтогулова", gulnara.pk: "gulnara", mentor.pk: "Салия Акулова"}
    expected = [shown[user_id] for user_id in by_join.values_list("user_id", flat=True)]
    assert names(client.get(DIRECTORY)) == expected and "gulnara" in expected


def test_unknown_filters_are_ignored_not_an_error(client, aigul):
    list_in_directory(aigul)
    client.force_login(aigul)
    response = client.get(DIRECTORY + "?oblast=mars&role=queen&track=nope&page=abc")
    assert response.status_code == 200
    body = response.content.decode()
    assert "were not recognised and were ignored" in body and "Айгүл Токтогулова" in body


def test_the_directory_is_paginated_and_keeps_the_filters(client, aigul):
    for number in range(30):
        list_in_directory(make_member(f"member{number:02d}", oblast=Oblast.NARYN))
    client.force_login(aigul)
    first = client.get(DIRECTORY + "?oblast=naryn")
    assert len(names(first)) == 24
    assert "?oblast=naryn&amp;page=2" in first.content.decode()
    second = client.get(DIRECTORY + "?oblast=naryn&page=2")
    assert len(names(second)) == 6
    assert reverse("club:directory") == "/en/club/members/"
