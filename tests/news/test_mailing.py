import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from news import mailing
from news.models import Subscription, SubscriptionStatus

pytestmark = pytest.mark.django_db

URL = "/en/news/subscribe/"


def _link(body, name):
    match = re.search(r"http://\S+/" + name + r"/\S+/", body)
    assert match, body
    return match.group(0).replace("http://127.0.0.1:8000", "")


def test_subscribe_path_is_the_club_settings_default():
    for code in ("ky", "ru", "en"):
        with translation.override(code):
            assert reverse("news:subscribe") == f"/{code}/news/subscribe/"


def test_double_opt_in_then_one_click_unsubscribe(client):
    page = client.get(URL)
    assert page.status_code == 200 and b'name="email"' in page.content
    response = client.post(URL, {"email": "  Aigul@Example.KG "})
    assert response.status_code == 200
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.status, subscription.language) == (
        "aigul@example.kg",
        SubscriptionStatus.PENDING,
        "en",
    )
    (email,) = mail.outbox
    assert email.to == ["aigul@example.kg"]
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/en/news/unsubscribe/" in email.extra_headers["List-Unsubscribe"]

    confirm = client.get(_link(email.body, "confirm"))
    assert confirm.status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == SubscriptionStatus.CONFIRMED and subscription.confirmed_at

    # One click from the mail client (RFC 8058): a POST without session or CSRF token.
    leave = email.extra_headers["List-Unsubscribe"].strip("<>").replace("http://127.0.0.1:8000", "")
    from django.test import Client

    anonymous = Client(enforce_csrf_checks=True)
    assert b'method="post"' in anonymous.get(leave).content
    assert Subscription.objects.exists()  # a GET (link scanners) changes nothing
    done = anonymous.post(leave, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert not Subscription.objects.exists()
    # The old confirmation link does not bring the address back.
    assert client.get(_link(email.body, "confirm")).status_code == 400
    assert not Subscription.objects.exists()


def test_bad_email_is_refused_with_a_clear_error_and_kept_in_the_form(client):
    response = client.post(URL, {"email": "not-an-address"})
    assert response.status_code == 200
    assert "Please enter a valid email address" in response.content.decode()
    assert b'value="not-an-address"' in response.content
    assert client.post(URL, {"email": ""}).status_code == 200
    assert not Subscription.objects.exists() and mail.outbox == []


def test_repeated_sign_up_answers_the_same_and_leaks_nothing(client):
    first = client.post(URL, {"email": "elena@example.kg"})
    again = client.post(URL, {"email": "elena@example.kg"})
    assert first.content == again.content
    assert Subscription.objects.count() == 1
    assert len(mail.outbox) == 1  # no second email within ten minutes
    Subscription.objects.update(status=SubscriptionStatus.CONFIRMED, last_sent_at=None)
    known = client.post(URL, {"email": "elena@example.kg"})
    assert known.content == first.content  # a subscribed address looks like any other
    assert "already" in mail.outbox[-1].subject
    stranger = client.post(URL, {"email": "new@example.kg"})
    assert stranger.content.replace(b"new@example.kg", b"X") == first.content.replace(
        b"elena@example.kg", b"X"
    )


def test_broken_or_forged_links_answer_400_not_500(client):
    assert client.get("/en/news/subscribe/confirm/garbage/").status_code == 400
    forged = mailing.make_token("x@example.kg", mailing.CONFIRM_SALT)
    assert client.get(f"/en/news/unsubscribe/{forged}/").status_code == 400  # wrong salt
    assert client.post("/en/news/unsubscribe/garbage/").status_code == 400


def test_confirmation_links_expire(client, monkeypatch):
    client.post(URL, {"email": "late@example.kg"})
    link = _link(mail.outbox[0].body, "confirm")
    monkeypatch.setattr(mailing, "CONFIRM_MAX_AGE", -1)
    assert client.get(link).status_code == 400
    assert Subscription.objects.get().status == SubscriptionStatus.PENDING


def test_editors_export_the_mailing_list(client, django_user_model):
    from django.contrib.auth.models import Group

    Subscription.objects.create(email="a@example.kg", language="ky", status="confirmed")
    editor = django_user_model.objects.create_user("ed", "ed@example.kg", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get(reverse("mailing_list:index"), {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"a@example.kg" in body
