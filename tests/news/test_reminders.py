"""The event reminder 24 hours before, and the scheduler that runs every reminder once."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile
from home.reminders import SentReminder, run_reminders
from news.models import EventFormat, EventRegistration, RegistrationStatus

pytestmark = pytest.mark.django_db
MEETING = "https://meet.example.org/club-session"


@pytest.fixture
def registered(make_event, make_member):
    """An online event starting in 20 hours and a Russian-speaking member registered for it."""
    event = make_event(
        slug="online-session",
        title="Online session",
        start=timezone.now() + datetime.timedelta(hours=20),
        meeting_url=MEETING,
    )
    member = make_member("aigul")
    MemberProfile.objects.create(
        user=member,
        full_name="Aigul",
        role=ClubRole.DEPUTY,
        oblast=Oblast.OSH,
        preferred_language="ru",
    )
    EventRegistration.objects.create(user=member, event=event)
    return event, member


def test_a_registered_member_is_reminded_once_in_her_language_with_the_meeting_link(
    registered, make_member
):
    event, member = registered
    waiting = make_member("waiting")
    EventRegistration.objects.create(user=waiting, event=event, status=RegistrationStatus.WAITING)

    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    (email,) = mail.outbox
    assert email.to == ["aigul@example.kg"]
    with translation.override("ru"):
        assert translation.gettext("Hello!") in email.body
    assert MEETING in email.body and "Online session" in email.subject
    assert "event_24h: 1" in out.getvalue()

    call_command("send_reminders", stdout=out)  # a second run (or a second scheduler)
    assert run_reminders() == {}
    assert len(mail.outbox) == 1 and SentReminder.objects.count() == 1


def test_not_before_24_hours_and_not_to_a_member_who_switched_it_off(registered, make_event):
    event, member = registered
    later = make_event(slug="later", start=timezone.now() + datetime.timedelta(hours=30))
    EventRegistration.objects.create(user=member, event=later)
    member.member_profile.notify_events = False
    member.member_profile.save()
    run_reminders()
    assert not mail.outbox
    member.member_profile.notify_events = True
    member.member_profile.save()
    run_reminders()
    assert [m.to for m in mail.outbox] == [["aigul@example.kg"]]
    # 30 hours later the second event is due, once.
    run_reminders(now=timezone.now() + datetime.timedelta(hours=10))
    run_reminders(now=timezone.now() + datetime.timedelta(hours=10))
    assert len(mail.outbox) == 2


def test_an_offline_event_gives_no_meeting_link_and_a_moved_event_is_reminded_again(registered):
    event, member = registered
    event.format = EventFormat.OFFLINE
    event.save()
    run_reminders()
    assert MEETING not in mail.outbox[0].body
    event.start += datetime.timedelta(hours=2)
    event.end += datetime.timedelta(hours=2)
    event.save()
    run_reminders()
    assert len(mail.outbox) == 2


def test_a_deleted_or_unpublished_event_sends_nothing_and_crashes_nothing(registered):
    event, member = registered
    event.unpublish()
    assert run_reminders() == {}
    event.delete()
    assert run_reminders() == {}
    assert not mail.outbox


class Refusing:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def test_a_refused_reminder_is_not_recorded_and_goes_out_on_the_next_run(registered, settings):
    settings.EMAIL_BACKEND = "tests.news.test_reminders.Refusing"
    assert run_reminders() == {}
    assert not SentReminder.objects.exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert run_reminders() == {"event_24h": 1}
    assert len(mail.outbox) == 1
