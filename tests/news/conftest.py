"""Fixtures of the news tests: the demo home pages, index pages, events and members."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import timezone

from home.members.roles import MEMBERS
from tests.shared_seed import SHARED, define_layer

BISHKEK = ZoneInfo("Asia/Bishkek")


@pytest.fixture(autouse=True)
def _fresh_cache():
    """HomePage keeps anonymous copies in the cache, keyed by page and revision ids that a
    rolled-back test may reuse: start every test with an empty cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def indexes(home_pages):
    """News and event index pages in ky, ru and en (the news demo's own helper); built once
    for the tests asking for them and nothing else of the shared layers (tests/shared_seed.py)."""
    from news import demo

    return SHARED.shared("indexes") or demo._indexes(home_pages)


def _shared_indexes():
    from home.seeding import home_pages
    from news import demo

    return {"indexes": demo._indexes(home_pages())}


define_layer("news: index pages", level=1, covers=[f"{__name__}:indexes"], build=_shared_indexes)


@pytest.fixture
def make_event(indexes):
    from home.seeding import ensure_child_page
    from news.models import EventFormat, EventPage

    def make(slug="event", start=None, hours=2, language="en", **fields):
        start = start or timezone.now() + datetime.timedelta(days=7)
        fields.setdefault("format", EventFormat.ONLINE)
        return ensure_child_page(
            indexes["events"][language],
            EventPage,
            slug,
            title=fields.pop("title", slug.replace("-", " ").title()),
            start=start,
            end=start + datetime.timedelta(hours=hours),
            **fields,
        )

    return make


@pytest.fixture
def make_member(db):
    group, _ = Group.objects.get_or_create(name=MEMBERS)

    def make(username="member", email=None):
        user = get_user_model().objects.create_user(
            username=username, email=email or f"{username}@example.kg", password="x"
        )
        user.groups.add(group)
        return user

    return make


@pytest.fixture(autouse=True)
def english():
    """Messages checked outside a request (forms, services) are compared in English."""
    from django.utils import translation

    with translation.override("en"):
        yield
