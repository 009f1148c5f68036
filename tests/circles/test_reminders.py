"""A circle's meeting is reminded 24 hours before to its members and mentors, in each one's
language, once; her switch for event reminders turns it off."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from courses.circles.models import CircleMeeting
from home.members.choices import Oblast
from home.members.models import MemberProfile
from home.reminders import run_reminders
from tests.shown import shown

from .conftest import make_circle

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(people):
    circle = make_circle(
        "Osh circle",
        Oblast.OSH,
        [people["mentor"]],
        [people["member"], people["other_member"]],
        place="Kara-Suu town hall",
    )
    start = timezone.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=20)
    return CircleMeeting.objects.create(circle=circle, starts_at=start, topic="Budget hearing")


def test_the_meeting_is_reminded_once_to_members_and_mentors(people, meeting):
    MemberProfile.objects.filter(user=people["other_member"]).update(notify_events=False)
    sent = run_reminders()
    assert sent["circle_meeting_24h"] == 2
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"aigul@example.org", "saliya@example.org"}
    email = by_address["aigul@example.org"]  # she reads Russian
    assert email.subject == shown(
        "Your circle meets tomorrow: %(name)s", language="ru", name="Osh circle"
    ).replace("&quot;", '"')
    local = timezone.localtime(meeting.starts_at)
    assert local.strftime("%H:%M") in email.body
    assert "Budget hearing" in email.body and "Kara-Suu town hall" in email.body
    assert run_reminders().get("circle_meeting_24h", 0) == 0
    assert len(mail.outbox) == 2


def test_a_meeting_further_away_waits(people, meeting):
    CircleMeeting.objects.filter(pk=meeting.pk).update(
        starts_at=meeting.starts_at + timedelta(days=3)
    )
    run_reminders()
    assert not mail.outbox
