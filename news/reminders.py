"""The event reminder, 24 hours before: to each member registered (not waiting) for it.

Registrations live on one page per event (`registration_event`); the email names the event
page in her language when it exists. Online and hybrid events give her the meeting link,
which only Club members who registered get. An event deleted or unpublished meanwhile has no
live page and no registrations left: nothing is sent. The key holds the start time, so a
rescheduled event is reminded again.
"""

from datetime import timedelta

from home.emails import preferred_language
from home.members.access import is_club_member
from home.reminders import Reminder, already_sent, wants

from .models import EventPage, EventRegistration, RegistrationStatus

EVENT_REMINDER = "event_24h"
AHEAD = timedelta(hours=24)


def _key(event):
    return f"{event.translation_key}@{event.start:%Y-%m-%dT%H:%M}"


def event_reminders(now):
    registrations = list(
        EventRegistration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            event__live=True,
            event__start__gt=now,
            event__start__lte=now + AHEAD,
            user__is_active=True,
        ).select_related("event", "user", "user__member_profile")
    )
    if not registrations:
        return
    keys = {r.event.translation_key for r in registrations}
    local = {
        (page.translation_key, page.locale.language_code): page
        for page in EventPage.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
    }
    sent = already_sent(EVENT_REMINDER, {_key(r.event) for r in registrations})
    for registration in registrations:
        user, event = registration.user, registration.event
        key = _key(event)
        if (user.pk, key) in sent or not wants(user, "notify_events"):
            continue
        page = local.get((event.translation_key, preferred_language(user)), event)
        meeting_url = page.meeting_url or event.meeting_url
        yield Reminder(
            EVENT_REMINDER,
            user,
            key,
            "news/emails/reminder",
            {
                "event": page,
                "meeting_url": meeting_url if page.is_online and is_club_member(user) else "",
            },
        )
