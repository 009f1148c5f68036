import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from icalendar import Calendar
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from news.models import EventFormat, EventIndexPage, EventPage, EventProgrammeItem
from tests.admin_language import set_admin_language

from .conftest import BISHKEK

pytestmark = pytest.mark.django_db


def _events_of(calendar_bytes):
    return list(Calendar.from_ical(calendar_bytes).walk("VEVENT"))


def test_ics_download_parses_with_bishkek_times(client, make_event):
    start = datetime.datetime(2031, 3, 5, 13, 30, tzinfo=BISHKEK)
    event = make_event("budget", start=start, hours=4, venue="Hotel Bridges", address="Akiev 10")
    response = client.get(event.url + "ics/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    (vevent,) = _events_of(response.content)
    dtstart, dtend = vevent.decoded("dtstart"), vevent.decoded("dtend")
    assert (dtstart.hour, dtstart.minute, dtend.hour) == (13, 30, 17)
    assert str(dtstart.tzinfo) == "Asia/Bishkek"
    assert dtstart == start
    assert str(vevent["summary"]) == "Budget"
    assert "Hotel Bridges" in str(vevent["location"])
    calendar = Calendar.from_ical(response.content)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Bishkek"]


def test_calendar_feed_per_language_holds_that_languages_events(client, make_event, indexes):
    make_event("ky-event", title="Кыргызча иш-чара", language="ky")
    make_event("en-event", title="English event", language="en")
    for code, title in (("ky", "Кыргызча иш-чара"), ("en", "English event")):
        response = client.get(indexes["events"][code].url + "calendar/")
        assert response.status_code == 200
        assert [str(e["summary"]) for e in _events_of(response.content)] == [title]
    page = client.get(indexes["events"]["en"].url)
    assert b'type="text/calendar"' in page.content


def test_meeting_link_shown_to_members_only(client, make_event, make_member):
    event = make_event("online", meeting_url="https://meet.example.org/secret-room")
    assert b"secret-room" not in client.get(event.url).content
    outsider = get_user_model().objects.create_user("outsider", "o@example.kg", "x")
    client.force_login(outsider)
    assert b"secret-room" not in client.get(event.url).content
    client.force_login(make_member())
    response = client.get(event.url)
    assert b"secret-room" in response.content
    assert "private" in response["Cache-Control"]
    assert b"secret-room" not in client.get(event.url + "ics/").content


def test_programme_rows_keep_their_order(client, make_event):
    event = make_event("ordered")
    rows = [
        EventProgrammeItem(start=datetime.time(h, 0), end=datetime.time(h, 30), session=f"S{h}")
        for h in (9, 10, 11)
    ]
    event.programme_items = [rows[2], rows[0], rows[1]]  # the editor's order wins
    event.save_revision().publish()
    event.refresh_from_db()
    assert [r.session for r in event.programme_items.all()] == ["S11", "S9", "S10"]
    content = client.get(event.url).content.decode()
    assert content.index("S11") < content.index("S9") < content.index("S10")


def test_split_past_and_upcoming_at_the_boundary(make_event, indexes):
    now = timezone.now().replace(microsecond=0)
    ended = make_event("ended", start=now - datetime.timedelta(hours=2), hours=2)  # ends == now
    running = make_event("running", start=now - datetime.timedelta(hours=1), hours=1)
    EventPage.objects.filter(pk=running.pk).update(end=now + datetime.timedelta(seconds=1))
    later = make_event("later", start=now + datetime.timedelta(days=1))
    upcoming, past = EventIndexPage.split(indexes["events"]["en"].events(), now=now)
    assert [e.slug for e in upcoming] == [running.slug, later.slug]
    assert [e.slug for e in past] == [ended.slug]


def test_index_lists_upcoming_first_and_filters_by_format(client, make_event, indexes):
    now = timezone.now()
    make_event("past-offline", start=now - datetime.timedelta(days=30), format=EventFormat.OFFLINE)
    make_event("soon-online", start=now + datetime.timedelta(days=2))
    make_event("soon-hybrid", start=now + datetime.timedelta(days=3), format=EventFormat.HYBRID)
    make_event("first-offline", start=now + datetime.timedelta(days=1), format="offline")
    url = indexes["events"]["en"].url
    response = client.get(url)
    upcoming = [e.slug for e in response.context["upcoming_events"]]
    assert upcoming == ["first-offline", "soon-online", "soon-hybrid"]
    assert [e.slug for e in response.context["past_events"]] == ["past-offline"]
    html = response.content.decode()
    assert html.index("First Offline") < html.index("Past Offline")
    online = client.get(url, {"format": "online"}).context
    assert [e.slug for e in online["upcoming_events"]] == ["soon-online", "soon-hybrid"]
    assert list(online["past_events"]) == []
    offline = client.get(url, {"format": "offline"}).context
    assert [e.slug for e in offline["upcoming_events"]] == ["first-offline", "soon-hybrid"]
    assert client.get(url, {"format": "<script>", "page": "x"}).status_code == 200


def test_event_index_query_count_does_not_grow(
    client, make_event, indexes, django_assert_max_num_queries
):
    url = indexes["events"]["en"].url
    for i in range(2):
        make_event(f"e{i}", start=timezone.now() + datetime.timedelta(days=i + 1))
    client.get(url)
    with django_assert_max_num_queries(40) as small:
        client.get(url)
    for i in range(2, 8):
        make_event(f"e{i}", start=timezone.now() + datetime.timedelta(days=i + 1))
    client.get(url)  # publishing started a new site generation: warm it
    with django_assert_max_num_queries(40) as large:
        client.get(url)
    assert len(large.captured_queries) == len(small.captured_queries)


def _admin_form(event, **overrides):
    from wagtail.models import Page

    data = {
        "title": event.title,
        "slug": event.slug,
        "intro": "",
        "format": "online",
        "start": "2031-05-01 10:00",
        "end": "2031-05-01 12:00",
        "venue": "",
        "address": "",
        "meeting_url": "",
        "moderator": "",
        "audience": "",
        "capacity": "",
        "registration_open": "on",
        "programme_items": inline_formset([]),
    }
    data.update(overrides)
    form_class = EventPage.get_edit_handler().get_form_class()
    admin = get_user_model().objects.filter(username="news-admin").first()
    admin = admin or get_user_model().objects.create_superuser("news-admin", "n@example.kg", "x")
    return form_class(
        nested_form_data(data),
        instance=event,
        parent_page=Page.objects.get(pk=event.get_parent().pk),
        for_user=admin,
    )


def _row(start, end, session):
    return {"start": start, "end": end, "session": session, "speaker": "", "ORDER": "1"}


def test_admin_refuses_end_before_start(make_event):
    form = _admin_form(make_event("x"), end="2031-05-01 09:00")
    assert not form.is_valid()
    assert "The event must end after it starts." in form.errors["end"]


def test_admin_refuses_overlapping_programme_rows(make_event):
    rows = inline_formset(
        [
            _row("10:00", "11:00", "Opening"),
            _row("10:30", "11:30", "Budget"),
            _row("11:30", "12:00", "Q&A"),
        ]
    )
    form = _admin_form(make_event("y"), programme_items=rows)
    assert not form.is_valid()
    assert "Some programme rows overlap in time. Please correct them." in form.non_field_errors()
    budget = form.formsets["programme_items"].forms[1]
    assert "Opening" in budget.errors["start"][0]


def test_admin_refuses_a_row_that_ends_before_it_starts_and_accepts_good_rows(make_event):
    event = make_event("z")
    form = _admin_form(event, programme_items=inline_formset([_row("11:00", "10:00", "Backwards")]))
    assert not form.is_valid()
    good = inline_formset([_row("10:00", "11:00", "Opening"), _row("11:00", "12:00", "Budget")])
    form = _admin_form(event, programme_items=good)
    assert form.is_valid(), (
        form.errors,
        [f.errors for f in form.formsets["programme_items"].forms],
    )


def test_admin_edit_page_shows_the_programme_errors(client, make_event):
    event = make_event("admin-edit")
    admin = get_user_model().objects.create_superuser("root", "root@example.kg", "x")
    set_admin_language(admin, "en")
    client.force_login(admin)
    edit_url = f"/admin/pages/{event.pk}/edit/"
    assert client.get(edit_url).status_code == 200
    assert (
        client.get(f"/admin/pages/add/news/eventpage/{event.get_parent().pk}/").status_code == 200
    )
    rows = inline_formset([_row("10:00", "11:00", "Opening"), _row("10:30", "11:30", "Budget")])
    data = nested_form_data(
        {
            "title": "Admin edit",
            "slug": "admin-edit",
            "format": "online",
            "start": "2031-05-01 10:00",
            "end": "2031-05-01 09:00",
            "registration_open": "on",
            "programme_items": rows,
        }
    )
    response = client.post(edit_url, data)
    assert response.status_code == 200  # re-rendered with errors, nothing saved
    html = response.content.decode()
    assert "The event must end after it starts." in html
    assert "This session starts before the previous one (Opening) ends." in html
    assert not event.programme_items.exists()
