import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def _sign_in(client, user, password="s3cret-Passphrase"):
    response = client.post("/ru/accounts/login/", {"username": user.username, "password": password})
    assert response.status_code == 302


def test_kyrgyz_speaking_editor_gets_the_russian_admin(client):
    editor = get_user_model().objects.create_superuser(
        "editor-ky", "ky@example.kg", "s3cret-Passphrase"
    )
    _sign_in(client, editor)
    assert UserProfile.get_for_user(editor).preferred_language == "ru"
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 'lang="ru"' in response.content.decode()


def test_admin_language_chosen_by_the_editor_is_kept(client):
    editor = get_user_model().objects.create_superuser(
        "editor-en", "en@example.kg", "s3cret-Passphrase"
    )
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    _sign_in(client, editor)
    assert UserProfile.get_for_user(editor).preferred_language == "en"


def test_mistyped_admin_url_is_a_plain_404(admin_client):
    response = admin_client.get("/admin/no-such-admin-page/")
    assert response.status_code == 404


def test_unprefixed_public_url_still_redirects_to_a_language(client, home_pages):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/no-such-page/"
