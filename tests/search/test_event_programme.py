"""An event is found by a word of its programme, in the page's language: on the seeded demo,
after an editor adds a row, and after re-seeding a database indexed without the rows."""

import datetime

import pytest
from wagtail.search.backends import get_search_backend

from home.search import indexing
from home.seeding import demo_seeders
from news.models import EventPage, EventProgrammeItem
from tests.shared_seed import QuietCommand

from .conftest import found

pytestmark = pytest.mark.django_db

DISCUSSION = "concept-discussion-2022-07-18"


def event(code):
    return EventPage.objects.get(slug=DISCUSSION, locale__language_code=code)


def found_events(client, code, query):
    response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200
    return found(response).get("events", [])


@pytest.mark.parametrize(
    ("code", "query"),
    [
        # Said only by the demo discussion's programme rows: a speaker, a session.
        ("ky", "Курманалиева"),
        ("ru", "Курманалиева"),
        ("ky", "каттоо"),  # «Катышуучуларды каттоо»
        ("ru", "регистрации"),  # «Регистрация участников»
        ("en", "registration"),
    ],
)
def test_a_programme_word_finds_the_demo_event(client, demo_site, code, query):
    page = event(code)
    assert query.lower() not in f"{page.title} {page.intro} {page.audience}".lower()
    assert found_events(client, code, query) == [page.title]


def test_a_programme_word_does_not_find_the_event_in_another_language(client, demo_site):
    assert event("ky").title not in found_events(client, "ru", "каттоо")
    assert found_events(client, "en", "регистрации") == []


@pytest.mark.parametrize(
    ("code", "session", "query"),
    [
        ("ky", "Мисал: Сугат суусун бөлүштүрүү", "сугаттар"),
        ("ru", "Пример: Опыт водопользователей", "водопользователи"),
    ],
)
def test_a_row_an_editor_adds_finds_the_event_once_published(
    client, demo_site, code, session, query
):
    page = event(code)
    assert found_events(client, code, query) == []
    page.programme_items.add(
        EventProgrammeItem(
            locale=page.locale, start=datetime.time(17), end=datetime.time(17, 30), session=session
        )
    )
    page.save_revision().publish()
    assert found_events(client, code, query) == [page.title]


def test_seeding_indexes_an_old_databases_events_with_their_programme(client, demo_site):
    backend = get_search_backend()
    for page in EventPage.objects.all():
        page.programme_text = lambda: ""  # as indexed before the rows were searchable
        backend.add(page)
    assert found_events(client, "ru", "регистрации") == []
    assert demo_seeders()[-1] is indexing.seed  # seed_demo's last step
    indexing.seed(QuietCommand())
    assert found_events(client, "ru", "регистрации") == [event("ru").title]
