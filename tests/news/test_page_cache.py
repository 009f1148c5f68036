"""The page cache and events: a registration changes the places a visitor sees left."""

import pytest
from django.test import Client

from news.registration import register

pytestmark = pytest.mark.django_db


def test_a_registration_updates_the_places_a_visitor_sees(make_event, make_member, settings):
    settings.PAGE_CACHE_SECONDS = 600
    event = make_event("workshop", capacity=3)
    assert "3 places left" in Client().get(event.url).content.decode()
    assert Client().get(event.url)["X-Page-Cache"] == "hit"
    register(make_member(), event)
    assert "2 places left" in Client().get(event.url).content.decode()
