"""The admin speaks Kyrgyz by default: her chosen admin language, else her member profile's,
else the server's (ky), whatever her browser asks for; a mistyped admin URL stays a 404."""

import pytest
from wagtail.users.models import UserProfile

from home.members.models import MemberProfile, Oblast

pytestmark = pytest.mark.django_db


def html_lang(response):
    return response.content.decode().split('<html lang="', 1)[1].split('"', 1)[0]


def test_kyrgyz_is_offered_first_in_the_admin(settings):
    assert settings.WAGTAILADMIN_PERMITTED_LANGUAGES[0] == ("ky", "Кыргызча")


def test_kyrgyz_reader_gets_the_kyrgyz_admin(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ky")
    assert response.status_code == 200
    assert html_lang(response) == "ky"


def test_without_a_choice_the_server_language_wins_over_the_browser(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert html_lang(response) == "ky"


def test_a_member_reads_the_admin_in_her_profile_language(admin_client, admin_user):
    MemberProfile.objects.create(user=admin_user, oblast=Oblast.OSH, preferred_language="ru")
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ky")
    assert html_lang(response) == "ru"


def test_admin_language_chosen_by_the_editor_wins(admin_client, admin_user):
    MemberProfile.objects.create(user=admin_user, oblast=Oblast.OSH, preferred_language="ru")
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ky")
    assert html_lang(response) == "en"


def test_the_account_page_names_the_language_really_used(admin_client, admin_user):
    page = admin_client.get("/admin/account/").content.decode()
    assert "Кыргызча" in page.split('name="locale-preferred_language"', 1)[1].split("</option>")[0]

    MemberProfile.objects.create(user=admin_user, oblast=Oblast.OSH, preferred_language="ru")
    page = admin_client.get("/admin/account/").content.decode()
    default = page.split('name="locale-preferred_language"', 1)[1].split("</option>")[0]
    assert "Русский" in default and "Кыргызча" not in default


def test_clearing_the_choice_goes_back_to_the_profile_language(admin_client, admin_user):
    MemberProfile.objects.create(user=admin_user, oblast=Oblast.OSH, preferred_language="en")
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ru"
    profile.save()
    assert html_lang(admin_client.get("/admin/")) == "ru"
    profile.preferred_language = ""  # "Use the language of my member profile: English"
    profile.save()
    assert html_lang(admin_client.get("/admin/")) == "en"


def test_the_admin_title_is_the_clubs_name_in_her_language(admin_client, admin_user):
    page = admin_client.get("/admin/").content.decode()
    title = page.split("<title>", 1)[1].split("</title>")[0]
    assert "Жергиликтүү кеңештердин аял депутаттарынын клубу" in title
    assert "Wagtail" not in title
    heading = page.split('<h1 class="w-h1 w-mt-0">', 1)[1].split("</h1>")[0]
    assert "Жергиликтүү кеңештердин аял депутаттарынын клубу" in heading

    MemberProfile.objects.create(user=admin_user, oblast=Oblast.OSH, preferred_language="ru")
    page = admin_client.get("/admin/").content.decode()
    assert page.count("Клуб депутатов-женщин местных кенешей") == 2  # title and welcome


def test_the_admin_sign_in_page_names_the_club(client):
    page = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Клуб депутатов-женщин местных кенешей" in page
    assert "Sign in to Wagtail" not in page


def test_mistyped_admin_url_is_a_plain_404(admin_client):
    response = admin_client.get("/admin/no-such-admin-page/")
    assert response.status_code == 404


def test_unprefixed_public_url_still_redirects_to_a_language(client, home_pages):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/no-such-page/"
