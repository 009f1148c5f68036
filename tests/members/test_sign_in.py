"""Sign-in, throttling, passwords, and member-only pages."""

import pytest
from django.core import mail

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_sign_in_switches_to_the_preferred_language(client, other_member):
    response = client.post(
        "/ky/accounts/login/",
        {"username": "gulnara", "password": PASSWORD, "next": "/ky/account/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/ru/account/"
    assert response.cookies["django_language"].value == "ru"


def test_sign_in_with_email(client, member):
    response = client.post(
        "/en/accounts/login/", {"username": "AIGUL@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/ky/")


def test_wrong_password_rerenders_with_username_kept(client, member):
    response = client.post("/ru/accounts/login/", {"username": "aigul", "password": "nope"})
    assert response.status_code == 200
    assert 'value="aigul"' in response.content.decode()


def test_lockout_after_five_failures(client, member):
    for _attempt in range(5):
        response = client.post("/ky/accounts/login/", {"username": "aigul", "password": "x"})
    response = client.post("/ru/accounts/login/", {"username": "aigul", "password": PASSWORD})
    assert response.status_code == 429
    assert "members/locked_out.html" in [t.name for t in response.templates]
    assert "Вход заблокирован" in response.content.decode()  # translated, in her page language
    assert "_auth_user_id" not in client.session


def test_four_failures_do_not_lock(client, member):
    for _attempt in range(4):
        client.post("/ky/accounts/login/", {"username": "aigul", "password": "x"})
    response = client.post("/ky/accounts/login/", {"username": "aigul", "password": PASSWORD})
    assert response.status_code == 302


@pytest.mark.parametrize(
    "path",
    ["/ky/account/", "/ru/account/export/", "/en/account/delete/", "/ky/accounts/password/change/"],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{path[:3]}/accounts/login/?next=")


def test_logout_needs_post(client, member):
    client.force_login(member)
    assert client.get("/ky/accounts/logout/").status_code == 405
    response = client.post("/ru/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/ru/"
    assert "_auth_user_id" not in client.session


def test_password_reset_email_in_her_language(client, other_member):
    response = client.post("/ky/accounts/password/reset/", {"email": "gulnara@example.org"})
    assert response.status_code == 302
    (email,) = mail.outbox
    assert "/ru/accounts/password/reset/" in email.body


def test_password_reset_for_unknown_email_reveals_nothing(client):
    response = client.post("/ky/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_weak_password_is_refused(client, member):
    client.force_login(member)
    response = client.post(
        "/ru/accounts/password/change/",
        {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]


def test_password_change(client, member):
    client.force_login(member)
    response = client.post(
        "/ru/accounts/password/change/",
        {
            "old_password": PASSWORD,
            "new_password1": "Issyk-Kul-lake-2026",
            "new_password2": "Issyk-Kul-lake-2026",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("Issyk-Kul-lake-2026")


def test_account_nav_for_anonymous_and_members(client, member):
    body = client.get("/ru/accounts/login/").content.decode()
    assert 'href="/ru/join/"' in body
    client.force_login(member)
    body = client.get("/ru/account/").content.decode()
    assert 'action="/ru/accounts/logout/"' in body


def test_sign_in_on_a_wagtail_page_goes_to_its_translation(client, home_pages, other_member):
    response = client.post(
        "/ky/accounts/login/",
        {"username": "gulnara", "password": PASSWORD, "next": home_pages["ky"].url},
    )
    assert response["Location"] == home_pages["ru"].url


def test_invited_member_without_password_can_ask_for_a_reset(client, member):
    member.set_unusable_password()
    member.save()
    client.post("/ru/accounts/password/reset/", {"email": "aigul@example.org"})
    (email,) = mail.outbox
    assert "/ky/accounts/password/reset/" in email.body


def test_weak_first_password_is_refused(client, member):
    from home.members.services import set_password_url

    member.set_unusable_password()
    member.save()
    response = client.get(set_password_url(member, "ru"))
    url = response["Location"]
    response = client.post(url, {"new_password1": "aigul", "new_password2": "aigul"})
    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    member.refresh_from_db()
    assert not member.has_usable_password()


def test_used_link_is_refused(client, member):
    from home.members.services import set_password_url

    url = set_password_url(member, "en")
    member.set_password("Another-strong-pass-1")
    member.save()
    response = client.get(url, follow=True)
    assert response.status_code == 200
    assert response.context["validlink"] is False


def test_sessions_expire(client, member):
    client.post("/ky/accounts/login/", {"username": "aigul", "password": PASSWORD})
    assert 0 < client.session.get_expiry_age() <= 60 * 60 * 24 * 14


def test_forms_need_csrf(member):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    assert client.post("/ky/join/", {}).status_code == 403
    assert client.post("/ky/accounts/login/", {"username": "aigul"}).status_code == 403
