import datetime

import pytest
from django.utils import timezone

from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_demo_builds_everything_in_three_languages_and_is_idempotent(demo_site, seed_command):
    from news import demo

    counts = (EventPage.objects.count(), NewsPage.objects.count())
    demo.seed(seed_command)  # again, on the seeded demo site
    assert (EventPage.objects.count(), NewsPage.objects.count()) == counts
    for model in (NewsIndexPage, EventIndexPage):
        pages = model.objects.live()
        assert {p.locale.language_code for p in pages} == {"ky", "ru", "en"}
        assert all(p.show_in_menus for p in pages)
    discussion = EventPage.objects.filter(slug="concept-discussion-2022-07-18")
    assert discussion.count() == 3
    for page in discussion:
        rows = list(page.programme_items.all())
        assert len(rows) == 9
        assert [r.start.strftime("%H:%M") for r in rows][:3] == ["13:30", "14:00", "14:20"]
        local = timezone.localtime(page.start)
        assert (local.date(), local.hour, local.minute) == (datetime.date(2022, 7, 18), 13, 30)
    by_language = {p.locale.language_code: p for p in discussion}
    assert by_language["en"].moderator == "Saliya Akulova"
    assert "Kurmanalieva" in by_language["en"].programme_items.all()[1].speaker
    assert "Курманалиева" in by_language["ru"].programme_items.all()[1].speaker
    assert "Bridges" in by_language["ky"].venue
    upcoming = EventPage.objects.filter(start__gt=timezone.now(), locale__language_code="en")
    assert upcoming.count() >= 3
    assert NewsPage.objects.filter(locale__language_code="ru").count() >= 4


def test_visitor_reads_the_july_event_in_every_language_and_adds_it_to_her_calendar(
    client, demo_site
):
    from icalendar import Calendar

    for page in EventPage.objects.filter(slug="concept-discussion-2022-07-18"):
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Bridges" in html and "13:30–14:00" in html and "17:00–17:30" in html
        assert html.index("13:30–14:00") < html.index("16:40–17:00")
        ics = client.get(page.url + "ics/")
        (event,) = Calendar.from_ical(ics.content).walk("VEVENT")
        assert event.decoded("dtstart").strftime("%Y-%m-%d %H:%M") == "2022-07-18 13:30"
        assert str(event.decoded("dtstart").tzinfo) == "Asia/Bishkek"
    for code, home in demo_site.items():
        html = client.get(home.url).content.decode()
        upcoming = EventPage.objects.filter(locale__language_code=code, end__gt=timezone.now())
        assert upcoming.order_by("start").first().title in html
        for index in (NewsIndexPage, EventIndexPage):
            assert client.get(index.objects.get(locale__language_code=code).url).status_code == 200


def test_demo_news_dates_follow_the_concept(demo_site):
    """Nothing is dated before the 18 July 2022 discussion of the draft concept, and the
    Telegram group is announced as the concept plans it, not as opened on some day."""
    news = NewsPage.objects.filter(date__isnull=False)
    assert news.exists()
    assert not news.filter(date__lt=datetime.date(2022, 7, 18)).exists()
    telegram = NewsPage.objects.get(slug="telegram-group", locale__language_code="ru")
    assert "будет администрироваться" in telegram.intro
