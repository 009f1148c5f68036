"""Demo content of the news app, seeded by `manage.py seed_demo` (must be idempotent).

The 18 July 2022 public discussion in Bishkek with its real programme, three upcoming online
sessions (dated relative to the first seeding, rolled forward once they have ended), and
news items, in ky / ru / en. Texts: news/demo_data/ (indexes.yaml, events/, news/).
"""

import contextlib
import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from home.members.demo import DEMO_MEMBER_USERNAMES
from home.seeding import (
    LANGUAGE_CODES,
    ensure_child_page,
    ensure_translation,
    get_locale,
    home_pages,
    load_demo_data,
    load_demo_folder,
    localized,
    translated_texts,
)

from .models import EventIndexPage, EventPage, EventProgrammeItem, NewsIndexPage, NewsPage
from .registration import RegistrationError, register

BISHKEK = ZoneInfo(settings.TIME_ZONE)
DATA = Path(__file__).resolve().parent / "demo_data"
EVENT_TEXTS = ("title", "intro", "venue", "address", "audience", "moderator")
EVENT_SETTINGS = ("format", "capacity", "meeting_url", "registration_open")


def _rows(programme, code):
    return [
        EventProgrammeItem(
            sort_order=position,
            start=datetime.time.fromisoformat(row["start"]),
            end=datetime.time.fromisoformat(row["end"]),
            session=localized(row["session"], code),
            speaker=localized(row.get("speaker", ""), code),
        )
        for position, row in enumerate(programme)
    ]


def _translated(parents, page_class, slug, per_language, rows=None, **common):
    """Like home.seeding.ensure_translated_page, also translating the programme rows."""
    source = ensure_child_page(
        parents["ky"],
        page_class,
        slug,
        **per_language["ky"],
        **common,
        **({"programme_items": rows["ky"]} if rows else {}),
    )
    pages = {"ky": source}
    for code in LANGUAGE_CODES[1:]:
        existed = source.get_translation_or_none(get_locale(code)) is not None
        page = ensure_translation(source, code, **per_language[code])
        if rows and not existed:
            # Match the copied rows to their translations by time, not by position.
            wanted = {(row.start, row.end): row for row in rows[code]}
            copied = sorted(page.programme_items.all(), key=lambda item: item.sort_order or 0)
            for item in copied:
                row = wanted.get((item.start, item.end))
                if row is not None:
                    item.session, item.speaker = row.session, row.speaker
            page.programme_items = copied
            page.save_revision().publish()
        pages[code] = page
    return pages


def _indexes(homes):
    data = load_demo_data(DATA / "indexes.yaml")
    indexes = {}
    for slug, page_class in (("news", NewsIndexPage), ("events", EventIndexPage)):
        texts = translated_texts(data[slug], "title", "intro")
        indexes[slug] = _translated(homes, page_class, slug, texts, show_in_menus=True)
    return indexes


def _event(parents, data):
    """One event on a fixed `date`, or `days_from_today` (an upcoming online session)."""
    upcoming = "days_from_today" in data
    day = (
        timezone.localdate() + datetime.timedelta(days=data["days_from_today"])
        if upcoming
        else data["date"]
    )
    start, end = (
        datetime.datetime.combine(day, datetime.time.fromisoformat(data[key]), tzinfo=BISHKEK)
        for key in ("start", "end")
    )
    source = _translated(
        parents,
        EventPage,
        data["slug"],
        translated_texts(data, *EVENT_TEXTS),
        rows={code: _rows(data["programme"], code) for code in LANGUAGE_CODES},
        start=start,
        end=end,
        **{key: data[key] for key in EVENT_SETTINGS if key in data},
    )["ky"]
    if upcoming and source.end <= timezone.now():
        # An old development database: keep the demo sessions upcoming.
        EventPage.objects.filter(translation_key=source.translation_key).update(
            start=start, end=end
        )
        source.start, source.end = start, end
    return source


def _news(parents):
    for data in load_demo_folder(DATA / "news"):
        texts = translated_texts(data, "title", "intro", "body")
        day = data.get("date") or timezone.localdate()
        existing = parents["ky"].get_children().filter(slug=data["slug"]).exists()
        source = ensure_child_page(parents["ky"], NewsPage, data["slug"], date=day, **texts["ky"])
        if not existing:
            source.tags.add(*data["tags"])
            source.save_revision().publish()
        for code in LANGUAGE_CODES[1:]:
            ensure_translation(source, code, **texts[code])


def _demo_registration(session):
    """One demo member registered for the first upcoming session, for the dashboard."""
    user = get_user_model().objects.filter(username__in=DEMO_MEMBER_USERNAMES[:1]).first()
    if user is not None:
        with contextlib.suppress(RegistrationError):
            register(user, session)


def seed(command):
    """Create or update this app's demo content; running it twice changes nothing."""
    indexes = _indexes(home_pages())
    events = [_event(indexes["events"], data) for data in load_demo_folder(DATA / "events")]
    _news(indexes["news"])
    upcoming = [event for event in events if event.start > timezone.now()]
    if upcoming:
        _demo_registration(upcoming[0])
