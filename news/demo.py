"""Demo content of the news app, called by `manage.py seed_demo` (must be idempotent).

The 18 July 2022 public discussion in Bishkek with its real programme, three upcoming online
sessions (dated relative to the first seeding, rolled forward once they have ended), and
news items, in ky / ru / en.
"""

import contextlib
import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from home.seeding import (
    LANGUAGE_CODES,
    ensure_child_page,
    ensure_translation,
    get_locale,
    home_pages,
)

from . import demo_texts as texts
from .models import (
    EventFormat,
    EventIndexPage,
    EventPage,
    EventProgrammeItem,
    NewsIndexPage,
    NewsPage,
)
from .registration import RegistrationError, register

BISHKEK = ZoneInfo(settings.TIME_ZONE)


def _time(value):
    return datetime.time.fromisoformat(value)


def _rows(programme, code):
    return [
        EventProgrammeItem(
            sort_order=position,
            start=start,
            end=end,
            session=session[code],
            speaker=(speaker or {}).get(code, ""),
        )
        for position, (start, end, session, speaker) in enumerate(programme)
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
    indexes = {}
    for slug, page_class in (("news", NewsIndexPage), ("events", EventIndexPage)):
        indexes[slug] = _translated(
            homes, page_class, slug, texts.INDEXES[slug], show_in_menus=True
        )
    return indexes


def _discussion(parents):
    start = datetime.datetime(2022, 7, 18, 13, 30, tzinfo=BISHKEK)
    programme = [
        (_time(a), _time(b), session, speaker)
        for a, b, session, speaker in texts.DISCUSSION_PROGRAMME
    ]
    per_language = {
        code: {**texts.DISCUSSION[code], "moderator": texts.AKULOVA[code]}
        for code in LANGUAGE_CODES
    }
    return _translated(
        parents,
        EventPage,
        "concept-discussion-2022-07-18",
        per_language,
        rows={code: _rows(programme, code) for code in LANGUAGE_CODES},
        format=EventFormat.OFFLINE,
        start=start,
        end=start.replace(hour=17, minute=30),
        registration_open=False,
    )


def _online_sessions(parents):
    today = timezone.localdate()
    sessions = []
    for slug, days, capacity, titles in texts.ONLINE_SESSIONS:
        start = datetime.datetime.combine(
            today + datetime.timedelta(days=days), datetime.time(15, 0), tzinfo=BISHKEK
        )
        end = start + datetime.timedelta(minutes=90)
        programme = [
            (
                (start + datetime.timedelta(minutes=a)).time(),
                (start + datetime.timedelta(minutes=b)).time(),
                session,
                speaker,
            )
            for a, b, session, speaker in texts.ONLINE_PROGRAMME
        ]
        per_language = {
            code: {
                "title": titles[code][0],
                "intro": titles[code][1],
                "moderator": texts.AKULOVA[code],
                "audience": texts.PARTICIPANTS_AUDIENCE[code],
            }
            for code in LANGUAGE_CODES
        }
        pages = _translated(
            parents,
            EventPage,
            slug,
            per_language,
            rows={code: _rows(programme, code) for code in LANGUAGE_CODES},
            format=EventFormat.ONLINE,
            start=start,
            end=end,
            capacity=capacity,
            meeting_url=f"https://meet.jit.si/amuca-club-{slug}",
        )
        source = pages["ky"]
        if source.end <= timezone.now():
            # An old development database: keep the demo sessions upcoming.
            EventPage.objects.filter(translation_key=source.translation_key).update(
                start=start, end=end
            )
        sessions.append(source)
    return sessions


def _news(parents):
    for slug, date, tags, per_language in texts.NEWS:
        values = {
            code: {
                "title": title,
                "intro": intro,
                "body": [("paragraph", f"<p>{paragraph}</p>") for paragraph in paragraphs],
            }
            for code, (title, intro, paragraphs) in per_language.items()
        }
        day = datetime.date.fromisoformat(date) if date else timezone.localdate()
        existing = parents["ky"].get_children().filter(slug=slug).exists()
        source = ensure_child_page(parents["ky"], NewsPage, slug, date=day, **values["ky"])
        if not existing:
            source.tags.add(*tags)
            source.save_revision().publish()
        for code in LANGUAGE_CODES[1:]:
            ensure_translation(source, code, **values[code])


def _demo_registration(session):
    """One demo member registered for the first online session, for the dashboard."""
    try:
        from home.members.demo import DEMO_MEMBER_USERNAMES
    except ImportError:
        return
    user = get_user_model().objects.filter(username__in=DEMO_MEMBER_USERNAMES[:1]).first()
    if user is not None:
        with contextlib.suppress(RegistrationError):
            register(user, session)


def seed(command):
    """Create or update this app's demo content; running it twice changes nothing."""
    homes = home_pages()
    indexes = _indexes(homes)
    _discussion(indexes["events"])
    sessions = _online_sessions(indexes["events"])
    _news(indexes["news"])
    if sessions:
        _demo_registration(sessions[0])
