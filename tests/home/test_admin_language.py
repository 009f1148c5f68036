import pytest

pytestmark = pytest.mark.django_db


def test_kyrgyz_reader_gets_the_russian_admin(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ky")
    assert response.status_code == 200
    assert 'lang="ru"' in response.content.decode()


def test_english_reader_keeps_the_english_admin(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert 'lang="en"' in response.content.decode()


def test_admin_language_chosen_by_the_editor_wins(admin_client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ky")
    assert 'lang="en"' in response.content.decode()


def test_mistyped_admin_url_is_a_plain_404(admin_client):
    response = admin_client.get("/admin/no-such-admin-page/")
    assert response.status_code == 404


def test_unprefixed_public_url_still_redirects_to_a_language(client, home_pages):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/no-such-page/"
