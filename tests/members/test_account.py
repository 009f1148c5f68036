"""The member edits her own profile at /<lang>/account/."""

import pytest

from home.members.models import MemberProfile

from .conftest import make_member

pytestmark = pytest.mark.django_db


def profile_data(**overrides):
    data = {
        "full_name": "Айгүл Токтогулова",
        "email": "aigul@example.org",
        "role": "deputy",
        "oblast": "jalal-abad",
        "municipality": "Базар-Коргон",
        "preferred_language": "ky",
        "phone": "0555 101 201",
        "telegram_username": "@aigul_t",
        "notify_events": "on",
    }
    data.update(overrides)
    return data


def test_edit_profile(client, member):
    client.force_login(member)
    response = client.post("/ky/account/", profile_data())
    assert response.status_code == 302
    profile = MemberProfile.objects.get(user=member)
    assert profile.oblast == "jalal-abad"
    assert profile.phone == "+996555101201"
    assert profile.telegram_username == "aigul_t"
    assert profile.notify_events and not profile.notify_feedback


def test_changing_the_language_switches_the_site(client, member):
    client.force_login(member)
    response = client.post("/ky/account/", profile_data(preferred_language="en"))
    assert response["Location"] == "/en/account/"
    assert response.cookies["django_language"].value == "en"


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"phone": "555-12"}, "phone"),
        ({"email": "gulnara@example.org"}, "email"),
        ({"telegram_username": "@a"}, "telegram_username"),
        ({"municipality": "М" * 151}, "municipality"),
        ({"full_name": ""}, "full_name"),
        ({"oblast": "moscow"}, "oblast"),
    ],
)
def test_bad_input_rerenders(client, member, other_member, overrides, field):
    client.force_login(member)
    response = client.post("/ru/account/", profile_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    kept = profile_data(**overrides)["municipality"]
    assert kept in response.content.decode()  # what she typed is still in the form
    assert MemberProfile.objects.get(user=member).municipality == ""


def test_account_shows_only_her_own_profile(client, member, other_member):
    client.force_login(member)
    body = client.get(f"/ky/account/?user={other_member.pk}").content.decode()
    assert "Айгүл Токтогулова" in body
    assert "Гульнара" not in body


def test_account_without_profile_creates_one(client, db):
    user = make_member("superadmin")
    MemberProfile.objects.filter(user=user).delete()
    client.force_login(user)
    assert client.get("/ky/account/").status_code == 200
    response = client.post("/ky/account/", profile_data(email="superadmin@example.org"))
    assert response.status_code == 302
    assert MemberProfile.objects.filter(user=user).exists()


def test_account_page_is_not_cached(client, member):
    client.force_login(member)
    response = client.get("/ky/account/")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
