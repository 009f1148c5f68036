"""Junk sent to news, events, event registration and the mailing list: never a server error."""

from urllib.parse import quote_from_bytes

import pytest
from django.contrib.auth import get_user_model
from hypothesis import given
from hypothesis import strategies as st

from news.models import EventRegistration, Subscription
from news.registration import register
from tests.junk import FUZZ, every_junk_value, get, junk_pairs, junk_values, post

pytestmark = pytest.mark.django_db

QUERY_NAMES = st.sampled_from([b"page", b"tag", b"format", b"q"])
ROUTES = ["register/", "cancel/"]
VALUES = st.one_of(junk_values, st.sampled_from([b"2", b"budget", b"online", b"offline"]))


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    """Rate limits would soon answer 429 to everything: let the forms see every example."""
    settings.RATELIMIT_ENABLE = False


@pytest.fixture
def event(make_event):
    return make_event("meeting", capacity=1)


@FUZZ
@given(pairs=st.lists(st.tuples(QUERY_NAMES, VALUES), min_size=1, max_size=5))
def test_news_and_events_with_junk_query_strings(client, indexes, event, pairs):
    urls = [
        indexes["news"]["en"].url,
        indexes["news"]["en"].url + "rss/",
        indexes["news"]["en"].url + "atom/",
        indexes["events"]["en"].url,
        indexes["events"]["en"].url + "calendar/",
        event.url,
        event.url + "ics/",
    ]
    for url in urls:
        assert get(client, url, pairs).status_code == 200


@FUZZ
@given(pairs=junk_pairs({"email": "new@example.kg"}), language=st.sampled_from(["ky", "en"]))
def test_mailing_list_sign_up(client, pairs, language):
    Subscription.objects.get_or_create(email="kept@example.kg", defaults={"language": "ru"})
    response = post(client, f"/{language}/news/subscribe/", pairs)
    assert response.status_code == 200
    assert Subscription.objects.filter(email="kept@example.kg", language="ru").exists()
    for email in Subscription.objects.values_list("email", flat=True):
        assert "\x00" not in email and email == email.strip().lower()


@FUZZ
@given(token=junk_values, method=st.sampled_from(["GET", "POST"]))
def test_mailing_list_links_with_junk_tokens(client, token, method):
    Subscription.objects.get_or_create(email="kept@example.kg", defaults={"language": "ru"})
    encoded = quote_from_bytes(token or b"x", safe="")
    for url in (f"/en/news/subscribe/confirm/{encoded}/", f"/en/news/unsubscribe/{encoded}/"):
        send = post if method == "POST" else get
        assert send(client, url, []).status_code in (400, 404, 405)
    assert Subscription.objects.filter(email="kept@example.kg").exists()


@FUZZ
@given(pairs=junk_pairs({"event": "1", "status": "confirmed"}), route=st.sampled_from(ROUTES))
def test_event_registration_with_junk(client, event, make_member, pairs, route):
    """The form's fields mean nothing to these routes: junk changes nothing they do."""
    EventRegistration.objects.all().delete()
    number = get_user_model().objects.count()
    holder, member = make_member(f"holder{number}"), make_member(f"member{number}")
    register(holder, event)  # the one place is taken
    client.force_login(member)
    assert post(client, event.url + route, pairs).status_code == 302
    mine = EventRegistration.objects.filter(user=member)
    if route == "register/":
        assert mine.get().status == "waiting"
    else:
        assert not mine.exists()
    assert EventRegistration.objects.get(user=holder).status == "confirmed"


def test_every_junk_value(client, indexes, event, make_member):
    client.force_login(make_member("aigul"))
    for pairs in every_junk_value(["page", "tag", "format", "email"]):
        for url in (indexes["news"]["en"].url, indexes["events"]["en"].url):
            assert get(client, url, pairs).status_code == 200
        assert post(client, "/en/news/subscribe/", pairs).status_code == 200
        assert post(client, event.url + "register/", pairs).status_code == 302
    assert not Subscription.objects.exists()
