"""The circle meeting reminder, 24 hours before: to each member and mentor of the circle.

The email says when (Bishkek time), the topic, and the online link or the place. Her switch
for event reminders (account page) covers it too. The key holds the start time, so a meeting
moved to another time is reminded again; a meeting deleted meanwhile sends nothing.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models import Prefetch

from home.reminders import Reminder, already_sent, wants

from .models import CircleMeeting

MEETING_REMINDER = "circle_meeting_24h"
AHEAD = timedelta(hours=24)


def _key(meeting):
    return f"{meeting.pk}@{meeting.starts_at:%Y-%m-%dT%H:%M}"


def meeting_reminders(now):
    people = get_user_model().objects.filter(is_active=True).select_related("member_profile")
    meetings = list(
        CircleMeeting.objects.filter(starts_at__gt=now, starts_at__lte=now + AHEAD)
        .select_related("circle")
        .prefetch_related(
            Prefetch("circle__members", queryset=people),
            Prefetch("circle__mentors", queryset=people),
        )
    )
    if not meetings:
        return
    sent = already_sent(MEETING_REMINDER, {_key(meeting) for meeting in meetings})
    for meeting in meetings:
        key = _key(meeting)
        circle = meeting.circle
        recipients = {user.pk: user for user in [*circle.mentors.all(), *circle.members.all()]}
        for user in recipients.values():
            if (user.pk, key) in sent or not wants(user, "notify_events"):
                continue
            yield Reminder(
                MEETING_REMINDER,
                user,
                key,
                "circles/emails/meeting",
                {"circle": circle, "meeting": meeting},
            )
