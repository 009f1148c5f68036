"""With the SMTP server unreachable, event registration and mailing-list sign-up succeed;
each email leaves once the server is back, the list's headers kept."""

import pytest

from news.models import EventRegistration, Subscription

pytestmark = pytest.mark.django_db


def test_registration_and_opt_in_succeed_and_their_emails_leave_once_smtp_is_back(
    client, make_event, make_member, smtp_down, django_capture_on_commit_callbacks
):
    event = make_event("budget")
    client.force_login(make_member("gulnara"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url + "register/", follow=True)
    assert response.status_code == 200
    assert EventRegistration.objects.get().status == "confirmed"
    client.logout()

    response = client.post("/en/news/subscribe/", {"email": "elena@example.kg"})
    assert response.status_code == 200
    assert Subscription.objects.get().status == "pending"
    assert smtp_down.waiting().count() == 2

    sent = {email.to[0]: email for email in smtp_down.back()}
    assert set(sent) == {"gulnara@example.kg", "elena@example.kg"}
    headers = sent["elena@example.kg"].extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/en/news/unsubscribe/" in headers["List-Unsubscribe"]
