"""The demo library in three languages (tests/library's module fixture) and, for each test,
one page of every other kind the search finds: a course with a lesson, a news item, an event,
a members-only course and library item, and a library item open to all that says the issue's
four Kyrgyz word forms. Their texts are labelled examples."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from courses.models import CourseIndexPage
from home.members.roles import MEMBERS
from home.seeding import ensure_child_page
from home.seeding import home_pages as seeded_home_pages
from library.models import LibraryItemPage
from news import demo as news_demo
from news.models import EventFormat, EventPage, NewsPage
from tests.courses.conftest import add_course, lessons_of, make_track
from tests.library.conftest import library  # noqa: F401 - the module fixture

KY_TEXT = {
    "course": "Мисал: Бюджеттик документтер менен иштөө",
    "lesson": "Мисал: Коомдук угуунун кадамдары",
    "news": "Мисал: Балдар бакчаларынын курулушу талкууланды",
    "event": "Мисал: Айыл аймактарындагы инновациялар боюнча жолугушуу",
    "closed_course": "Мисал: Жабык курс, бакчалар жөнүндө",
    "closed_item": "Мисал: Мүчөлөр үчүн инновациялар тизмеси",
    "open_item": "Мисал: Бакчалар үчүн инновациялар",
}
# What the open library item says besides its title.
KY_OPEN_ITEM_SUMMARY = "Мисал: документтер жана кадамдар."


@pytest.fixture(scope="module")
def pages(library, django_db_blocker):  # noqa: F811
    """The pages above, keyed by name (a course's lesson under "lesson"): made once per
    module in a transaction of its own over the library's, rolled back after the module.
    Tests use `pages` with `db` (or `client`), never the function-scoped `home_pages`."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield _make_pages(seeded_home_pages(), library)
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            cache.clear()


def _make_pages(home_pages, library):  # noqa: F811
    track = make_track("search", {"ky": "Издөө", "ru": "Поиск", "en": "Search"})
    catalogue = ensure_child_page(home_pages["ky"], CourseIndexPage, "courses", title="Курстар")
    course = add_course(catalogue, "budget-docs", track, lessons=1, title=KY_TEXT["course"])
    lesson = lessons_of(course)[0]
    lesson.title = KY_TEXT["lesson"]
    lesson.save_revision().publish()
    closed = add_course(
        catalogue, "closed", track, lessons=1, members_only=True, title=KY_TEXT["closed_course"]
    )
    indexes = news_demo._indexes(home_pages)
    news = ensure_child_page(
        indexes["news"]["ky"], NewsPage, "kindergartens", title=KY_TEXT["news"], intro="Мисал."
    )
    start = timezone.now() + datetime.timedelta(days=10)
    event = ensure_child_page(
        indexes["events"]["ky"],
        EventPage,
        "innovations",
        title=KY_TEXT["event"],
        start=start,
        end=start + datetime.timedelta(hours=2),
        format=EventFormat.ONLINE,
    )
    item = ensure_child_page(
        library["ky"],
        LibraryItemPage,
        "members-innovations",
        title=KY_TEXT["closed_item"],
        summary="Мисал.",
        members_only=True,
    )
    open_item = ensure_child_page(
        library["ky"],
        LibraryItemPage,
        "open-innovations",
        title=KY_TEXT["open_item"],
        summary=KY_OPEN_ITEM_SUMMARY,
    )
    return {
        "course": course,
        "lesson": lesson,
        "closed_course": closed,
        "closed_lesson": lessons_of(closed)[0],
        "news": news,
        "event": event,
        "closed_item": item,
        "open_item": open_item,
    }


@pytest.fixture
def member_client(client, db):
    user = User.objects.create_user("searcher", "searcher@club.test", "x" * 12)
    user.groups.add(Group.objects.get_or_create(name=MEMBERS)[0])
    client.force_login(user)
    return client


def found(response):
    """{kind key: [titles]} of a search page."""
    return {
        group["key"]: [page.title for page in group["results"]]
        for group in response.context["groups"]
    }


def all_titles(response):
    return {title for titles in found(response).values() for title in titles}
