"""Library fixtures: the demo library in three languages, members and tracks."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache

from home.members.roles import MEMBERS
from home.models import Track
from home.seeding import get_locale
from library.models import LibraryIndexPage, LibraryItemPage
from tests.shared_seed import SHARED


@pytest.fixture(scope="module")
def library(django_db_setup, django_db_blocker):
    """The demo library: index pages by language code (9 items in ky, ru and en).

    The library of the shared demo site (seed_demo, seeded once per backend and run:
    tests/shared_seed.py), pinned for the module; each test runs in a savepoint on it.
    """
    with django_db_blocker.unblock():
        SHARED.switch(2)
        SHARED.pinned = 2
        try:
            yield {
                page.locale.language_code: page
                for page in LibraryIndexPage.objects.select_related("locale")
            }
        finally:
            SHARED.pinned = 0
            cache.clear()


@pytest.fixture
def member(db):
    user = User.objects.create_user("aizada", "aizada@club.test", "x" * 12)
    user.groups.add(Group.objects.get_or_create(name=MEMBERS)[0])
    return user


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def outsider_client(client, db):
    """Signed in, but not in any Club group."""
    client.force_login(User.objects.create_user("visitor", "visitor@club.test", "x" * 12))
    return client


def item(code, slug):
    return LibraryItemPage.objects.get(locale__language_code=code, slug=slug)


def make_track(slug, names, sort_order=0):
    """A track in ky, ru and en; the demo site's own when it has one by that slug."""
    existing = Track.objects.filter(locale=get_locale("ky"), slug=slug).first()
    if existing:
        return existing
    track = Track.objects.create(
        locale=get_locale("ky"), slug=slug, name=names["ky"], sort_order=sort_order
    )
    for code in ("ru", "en"):
        translation = track.copy_for_translation(get_locale(code))
        translation.name = names[code]
        translation.save()
    return track


def titles(response):
    """Titles of the items listed on a library index response."""
    return {entry.title for entry in response.context["items"]}
