"""Limits on mailing-list sign-ups and event registrations, per address and per email."""

import pytest
from django.conf import settings
from django.core import mail

from news.models import EventRegistration, Subscription

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/en/news/subscribe/"


def allowed(scope, kind):
    return int(settings.CLUB_RATE_LIMITS[scope][kind].split("/")[0])


def test_mailing_list_sign_ups_from_one_address_are_limited(client):
    for number in range(allowed("mailing_list", "ip")):
        response = client.post(SUBSCRIBE, {"email": f"reader{number}@example.kg"})
        assert response.status_code == 200
    sent = len(mail.outbox)
    assert sent == allowed("mailing_list", "ip")

    response = client.post(SUBSCRIBE, {"email": "Nazgul@Example.kg"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "Too many attempts. Please try again in about" in body
    assert 'value="Nazgul@Example.kg"' in body  # what she typed, ready to send again later
    assert not Subscription.objects.filter(email="nazgul@example.kg").exists()
    assert len(mail.outbox) == sent


def test_one_email_is_limited_from_any_address(client):
    for number in range(allowed("mailing_list", "email")):
        response = client.post(
            SUBSCRIBE, {"email": "target@example.kg"}, REMOTE_ADDR=f"10.6.0.{number + 1}"
        )
        assert response.status_code == 200
    response = client.post(SUBSCRIBE, {"email": "TARGET@example.kg"}, REMOTE_ADDR="10.6.1.1")
    assert response.status_code == 429


def test_event_registration_is_limited_per_member(
    client, make_event, make_member, django_capture_on_commit_callbacks
):
    event = make_event("busy")
    member = make_member("clicker")
    client.force_login(member)
    limit = allowed("event_registration", "email")
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(limit):
            action = "register/" if number % 2 == 0 else "cancel/"
            assert client.post(event.url + action).status_code == 302
    registered = EventRegistration.objects.filter(user=member).exists()
    sent = len(mail.outbox)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url + ("cancel/" if registered else "register/"))
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()  # on the event page itself
    assert EventRegistration.objects.filter(user=member).exists() == registered
    assert len(mail.outbox) == sent
