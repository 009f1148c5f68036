"""Publishing a news item or an event posts it once to the Club's Telegram group, through a
task: a failing or unreachable Bot API never blocks or fails the publish, and the post is
retried until it has left, once."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Site

from home.models import ClubSettings
from home.outbox import delivery
from home.outbox.models import Message
from home.seeding import ensure_child_page
from news.models import NewsPage
from tests.fake_bot_api import FakeBotApi
from tests.shared_seed import SHARED
from tests.shown import shown
from tests.smtp_outage import closed_port

TOKEN = "123456:test-token"


@pytest.fixture
def bot_api(settings):
    settings.CLUB_TELEGRAM_BOT_TOKEN = TOKEN
    settings.CLUB_TELEGRAM_CHAT_ID = "-100200300"
    settings.CLUB_TELEGRAM_TIMEOUT = 2
    with FakeBotApi() as api:
        settings.CLUB_TELEGRAM_API_URL = api.url
        yield api


def publish_news(indexes, slug="budget-hearing", language="ru", title="Бюджетные слушания"):
    return ensure_child_page(
        indexes["news"][language],
        NewsPage,
        slug,
        title=title,
        intro="…",
        date=timezone.localdate(),
    )


def test_publishing_news_posts_once_in_its_language_with_the_link(bot_api, indexes):
    page = publish_news(indexes)
    ((path, payload),) = bot_api.requests
    assert path == f"/bot{TOKEN}/sendMessage"
    assert payload["chat_id"] == "-100200300"
    assert payload["text"] == (
        f"{shown('News', 'ru')}: Бюджетные слушания — http://127.0.0.1:8000/ru/news/budget-hearing/"
    )
    assert Message.objects.get().status == "sent"

    # Re-publishing an edit posts nothing more.
    page.title = "Бюджетные слушания (обновлено)"
    page.save_revision().publish()
    delivery.deliver_due()
    assert len(bot_api.requests) == 1


def test_an_event_is_posted_after_a_server_error_once(bot_api, make_event, settings):
    bot_api.statuses = [500]
    event = make_event("open-day", title="Open day")
    assert event.live
    row = Message.objects.get()
    assert (row.status, row.attempts) == ("pending", 1) and "500" in row.last_error
    assert TOKEN not in row.last_error
    assert row.next_attempt_at > timezone.now() + datetime.timedelta(seconds=30)

    Message.objects.update(next_attempt_at=timezone.now())  # the backoff has passed
    delivery.deliver_due()
    delivery.deliver_due()
    assert len(bot_api.requests) == 2
    assert bot_api.requests[1][1]["text"].startswith(f"{shown('Event', 'en')}: Open day — ")
    assert Message.objects.get().status == "sent"


def test_unreachable_bot_api_never_fails_the_publish(settings, indexes, client):
    settings.CLUB_TELEGRAM_BOT_TOKEN = TOKEN
    settings.CLUB_TELEGRAM_CHAT_ID = "-100200300"
    settings.CLUB_TELEGRAM_API_URL = f"http://127.0.0.1:{closed_port()}"
    page = publish_news(indexes, language="en", title="Hearing")
    assert page.live and client.get(page.url).status_code == 200
    row = Message.objects.get()
    assert row.status == "pending" and row.last_error


def test_a_refused_chat_id_fails_at_once_for_editors_to_see(bot_api, indexes):
    bot_api.statuses = [400]
    publish_news(indexes)
    row = Message.objects.get()
    assert (row.status, row.attempts) == ("failed", 1)


def test_club_settings_chat_id_wins_and_nothing_is_posted_unconfigured(bot_api, indexes, settings):
    club = ClubSettings.for_site(Site.objects.get(is_default_site=True))
    club.telegram_chat_id = "-999"
    club.save()
    publish_news(indexes, slug="one")
    assert bot_api.requests[0][1]["chat_id"] == "-999"

    settings.CLUB_TELEGRAM_BOT_TOKEN = ""
    publish_news(indexes, slug="two")
    assert len(bot_api.requests) == 1 and Message.objects.count() == 1


def test_seeding_the_demo_announces_nothing(demo_site):
    """`seed_demo` publishes the demo news and events: the Club's group hears of none. The
    shared demo site was seeded with Telegram configured against a stand-in Bot API
    (tests/shared_seed.py)."""
    assert NewsPage.objects.live().exists()
    assert SHARED.demo_announcements == []
    assert not Message.objects.filter(channel="telegram").exists()
