"""Changing her email needs her password and a link opened from the new address; the old
address is told (issue 25, finding 10: a stolen session must not become a stolen account)."""

import re
import time

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core import mail, signing

from home.members import email_change
from home.members.models import MemberProfile
from tests.shown import shown

from .conftest import PASSWORD
from .test_account import profile_data

pytestmark = pytest.mark.django_db

NEW = "nurila.new@example.org"


def change(client, language="en", **overrides):
    data = profile_data(email=NEW, municipality="Кара-Суу", **overrides)
    return client.post(f"/{language}/account/", data, REMOTE_ADDR="10.2.2.2")


def link_path(message):
    return re.search(r"https?://[^/\s]+(/\w\w/account/email/\S+/)", message.body).group(1)


@pytest.mark.parametrize(
    "password, error",
    [("", "Enter your current password to change your email."), ("wrong", "not correct")],
)
def test_no_change_without_her_password_and_her_input_is_kept(client, member, password, error):
    client.force_login(member)
    response = change(client, current_password=password)
    assert response.status_code == 200
    body = response.content.decode()
    assert error in body
    assert NEW in body and "Кара-Суу" in body  # what she typed is still in the form
    member.refresh_from_db()
    assert member.email == "aigul@example.org"
    assert MemberProfile.objects.get(user=member).municipality == ""
    assert mail.outbox == []


def test_the_error_is_in_her_language(client, member):
    client.force_login(member)
    body = change(client, language="ru").content.decode()
    assert "Чтобы изменить адрес почты, введите свой текущий пароль." in body


def test_with_her_password_nothing_changes_until_the_new_address_confirms(client, member):
    client.force_login(member)
    response = change(client, current_password=PASSWORD)
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.email == "aigul@example.org"  # not yet
    assert MemberProfile.objects.get(user=member).municipality == "Кара-Суу"  # the rest is saved
    # Her language is Kyrgyz (her profile): both emails are in Kyrgyz.
    to_new = next(message for message in mail.outbox if message.to == [NEW])
    notice = next(message for message in mail.outbox if message.to == ["aigul@example.org"])
    assert len(mail.outbox) == 2
    assert to_new.subject == "Клубдун сайтындагы жаңы электрондук почтаңызды ырастаңыз"
    assert link_path(to_new).startswith("/ky/account/email/")
    assert "n***@example.org" in notice.body and NEW not in notice.body
    assert "/ky/accounts/password/reset/" in notice.body
    page = client.get(response["Location"]).content.decode()
    assert "nurila.new@example.org" in page and "aigul@example.org" in page  # link sent, kept


def test_the_link_shows_then_confirms_once(client, member):
    client.force_login(member)
    change(client, current_password=PASSWORD)
    path = link_path(next(message for message in mail.outbox if message.to == [NEW]))
    page = client.get(path)
    assert page.status_code == 200 and NEW in page.content.decode()
    member.refresh_from_db()
    assert member.email == "aigul@example.org"  # opening the page (or a mail scanner) is not enough
    confirmed = client.post(path)
    assert confirmed.status_code == 302 and confirmed["Location"] == "/ky/account/"
    member.refresh_from_db()
    assert member.email == NEW
    again = client.post(path)
    assert again.status_code == 400
    refused = shown("This link has already been used or is no longer valid.", "ky")
    assert refused in again.content.decode()


def test_the_link_works_without_being_signed_in(client, member):
    token = email_change.make_token(member, NEW)
    response = client.post(f"/en/account/email/{token}/")
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
    assert User.objects.get(pk=member.pk).email == NEW


def test_an_expired_link_is_refused_with_a_clear_page(client, member, monkeypatch):
    four_days_ago = time.time() - 4 * 24 * 3600
    with monkeypatch.context() as patched:
        patched.setattr(signing.time, "time", lambda: four_days_ago)
        token = email_change.make_token(member, NEW)
    for method in (client.get, client.post):
        response = method(f"/en/account/email/{token}/")
        assert response.status_code == 400
        assert "This link has expired." in response.content.decode()
    assert User.objects.get(pk=member.pk).email == "aigul@example.org"


@pytest.mark.parametrize("tamper", ["swap-address", "cut", "garbage"])
def test_a_tampered_link_is_refused(client, member, tamper):
    token = email_change.make_token(member, NEW)
    if tamper == "swap-address":
        payload, rest = token.split(":", 1)
        forged = signing.b64_encode(signing.JSONSerializer().dumps({"user": member.pk}))
        token = forged.decode() + ":" + rest
    elif tamper == "cut":
        token = token[:-3]
    else:
        token = "not-a-token"
    response = client.post(f"/en/account/email/{token}/")
    assert response.status_code == 400
    assert "This link is not valid." in response.content.decode()
    assert User.objects.get(pk=member.pk).email == "aigul@example.org"


def test_changing_her_password_after_the_notice_kills_the_link(client, member):
    token = email_change.make_token(member, NEW)
    member.set_password("Another-strong-2026!")
    member.save()
    response = client.post(f"/en/account/email/{token}/")
    assert response.status_code == 400
    assert User.objects.get(pk=member.pk).email == "aigul@example.org"


def test_an_address_taken_meanwhile_is_refused(client, member, other_member):
    token = email_change.make_token(member, "gulnara@example.org")
    response = client.post(f"/en/account/email/{token}/")
    assert response.status_code == 400
    assert "Another account already uses this email." in response.content.decode()
    assert User.objects.get(pk=member.pk).email == "aigul@example.org"


def test_attempts_are_limited_per_account_and_keep_her_input(client, member):
    client.force_login(member)
    allowed = int(settings.CLUB_RATE_LIMITS["email_change"]["email"].split("/")[0])
    for _attempt in range(allowed):
        assert change(client, current_password="guess").status_code == 200
    response = change(client, current_password=PASSWORD)
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "Too many attempts." in body and "Кара-Суу" in body
    assert mail.outbox == []
    member.refresh_from_db()
    assert member.email == "aigul@example.org"


def test_saving_the_profile_with_her_own_address_needs_no_password(client, member):
    client.force_login(member)
    response = client.post("/en/account/", profile_data(email="AIGUL@example.org"))
    assert response.status_code == 302
    assert mail.outbox == []
