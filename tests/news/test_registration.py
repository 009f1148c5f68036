import datetime
import threading

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail import hooks
from wagtail.models import Locale

from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile
from news.models import EventPage, EventRegistration, RegistrationStatus
from news.registration import RegistrationError, cancel, register

pytestmark = pytest.mark.django_db


def _post(client, event, action, capture):
    with capture(execute=True):
        return client.post(event.url + f"{action}/", follow=True)


def _messages(response):
    return [str(m) for m in response.context["messages"]]


def test_member_registers_once_and_gets_an_email_in_her_language(
    client, make_event, make_member, django_capture_on_commit_callbacks
):
    from home.seeding import ensure_translation

    event = make_event("budget", title="Бюджет")
    ensure_translation(event, "ru", title="Местный бюджет")
    member = make_member("gulnara")
    MemberProfile.objects.create(
        user=member,
        full_name="Гульнара",
        role=ClubRole.DEPUTY,
        oblast=Oblast.OSH,
        preferred_language="ru",
    )
    client.force_login(member)
    response = _post(client, event, "register", django_capture_on_commit_callbacks)
    assert "You are registered. A confirmation is on its way by email." in _messages(response)
    assert EventRegistration.objects.get().status == RegistrationStatus.CONFIRMED
    (email,) = mail.outbox
    assert "Местный бюджет" in email.subject
    assert "/ru/events/budget/" in email.body
    assert email.to == ["gulnara@example.kg"]

    again = _post(client, event, "register", django_capture_on_commit_callbacks)
    assert "You are already registered for this event." in _messages(again)
    assert EventRegistration.objects.count() == 1
    assert len(mail.outbox) == 1

    # The Russian page shares the registration.
    ru_page = event.get_translation(Locale.objects.get(language_code="ru"))
    assert client.get(ru_page.url).context["registration"]["mine"] is not None
    assert EventRegistration.objects.filter(event=ru_page.specific.registration_event).count() == 1


def test_capacity_waiting_list_and_promotion_on_cancel(make_event, make_member):
    event = make_event("small", capacity=2)
    members = [make_member(f"m{i}") for i in range(4)]
    statuses = [register(m, event)[0].status for m in members]
    assert statuses == ["confirmed", "confirmed", "waiting", "waiting"]
    cancelled, promoted = cancel(members[0], event)
    assert cancelled and promoted.user == members[2]
    assert promoted.status == RegistrationStatus.CONFIRMED
    # A waiting member who cancels frees no place.
    assert cancel(members[3], event) == (True, None)
    assert cancel(members[3], event) == (False, None)
    confirmed = EventRegistration.objects.filter(status="confirmed").values_list("user", flat=True)
    assert set(confirmed) == {members[1].pk, members[2].pk}


def test_promotion_sends_an_email(
    client, make_event, make_member, django_capture_on_commit_callbacks
):
    event = make_event("one-place", capacity=1)
    first, second = make_member("first"), make_member("second")
    register(first, event)
    register(second, event)
    client.force_login(first)
    response = _post(client, event, "cancel", django_capture_on_commit_callbacks)
    assert "Your registration is cancelled." in _messages(response)
    assert [m.to for m in mail.outbox] == [["second@example.kg"]]


def test_past_event_and_closed_registration_are_refused(
    client, make_event, make_member, django_capture_on_commit_callbacks
):
    past = make_event("past", start=timezone.now() - datetime.timedelta(days=1))
    closed = make_event("closed", registration_open=False)
    client.force_login(make_member())
    response = _post(client, past, "register", django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "Registration is closed: this event has already started." in _messages(response)
    response = _post(client, closed, "register", django_capture_on_commit_callbacks)
    assert "Registration for this event is closed." in _messages(response)
    assert not EventRegistration.objects.exists()
    assert mail.outbox == []


def test_anonymous_and_non_members_cannot_register(client, make_event):
    event = make_event("members-only")
    response = client.post(event.url + "register/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get(event.url + "register/").status_code == 405
    outsider = get_user_model().objects.create_user("outsider", "o@example.kg", "x")
    client.force_login(outsider)
    response = client.post(event.url + "register/", follow=True)
    assert "Only Club members can register for events." in _messages(response)
    assert not EventRegistration.objects.exists()


def test_registration_needs_csrf(make_event, make_member):
    from django.test import Client

    event = make_event("csrf")
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_member())
    assert client.post(event.url + "register/").status_code == 403
    assert not EventRegistration.objects.exists()


def _run_in_threads(targets):
    barrier = threading.Barrier(len(targets))
    errors = []

    def run(target):
        try:
            barrier.wait()
            target()
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(t,)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_capacity_holds_under_concurrent_requests(make_event, make_member):
    event = make_event("crowded", capacity=3)
    members = [make_member(f"c{i}") for i in range(8)]

    def attempt(user, times=1):
        def go():
            page = EventPage.objects.get(pk=event.pk)
            for _ in range(times):
                register(user, page)

        return go

    # The same member twice at once, plus seven others, for three places.
    targets = [attempt(members[0])] + [attempt(m) for m in members]
    if connection.vendor == "postgresql":
        assert _run_in_threads(targets) == []
    else:
        # SQLite (in memory for tests) has one connection: the same calls, one after another.
        for target in targets:
            target()
    registrations = EventRegistration.objects.filter(event=event)
    assert registrations.count() == 8
    assert registrations.filter(status="confirmed").count() == 3
    assert registrations.filter(status="waiting").count() == 5
    assert registrations.filter(user=members[0]).count() == 1


def test_registration_for_an_event_that_started_raises(make_event, make_member):
    event = make_event("now", start=timezone.now() - datetime.timedelta(seconds=1))
    with pytest.raises(RegistrationError):
        register(make_member(), event)


def test_dashboard_panel_lists_upcoming_registrations_in_constant_queries(
    rf, make_event, make_member
):
    (panel,) = [
        fn
        for fn in hooks.get_hooks("register_member_dashboard_panel")
        if fn.__module__ == "news.wagtail_hooks"
    ]
    member = make_member()
    request = rf.get("/en/dashboard/")
    request.user = member
    assert "You have not registered for any upcoming event." in panel(request)
    register(member, make_event("first", title="First meeting"))
    past = make_event("gone", start=timezone.now() + datetime.timedelta(hours=1))
    register(member, past)
    EventPage.objects.filter(pk=past.pk).update(
        start=timezone.now() - datetime.timedelta(days=2),
        end=timezone.now() - datetime.timedelta(days=1),
    )

    def fresh_request():
        request = rf.get("/en/dashboard/")
        request.user = get_user_model().objects.get(pk=member.pk)
        return request

    panel(fresh_request())  # warm Wagtail's site-root cache
    request = fresh_request()
    with translation.override("en"), CaptureQueriesContext(connection) as small:
        html = panel(request)
    assert "First meeting" in html and "Gone" not in html
    for i in range(3):
        register(member, make_event(f"more{i}"))
    panel(fresh_request())  # publishing the events started a new site generation: warm it
    request = fresh_request()
    with translation.override("en"), CaptureQueriesContext(connection) as large:
        html = panel(request)
    assert html.count("<li>") == 4
    assert len(large) == len(small) <= 8


def test_privacy_export_and_erasure_hooks(make_event, make_member):
    from home.outbox.models import Message
    from news.models import NewsletterIssue, Subscription
    from news.newsletter import message_key

    member = make_member("aigul")
    register(member, make_event("exported", title="Exported"))
    Subscription.objects.create(email="AIGUL@example.kg", language="ky", status="confirmed")
    Subscription.objects.create(email="other@example.kg", language="ky")
    issue = NewsletterIssue.objects.create(language="ky", subject="July meeting", body="<p>x</p>")
    for email, status in (("aigul@example.kg", "sent"), ("other@example.kg", "pending")):
        Message.objects.create(
            channel="email",
            key=message_key(issue.pk, email),
            recipient=email,
            subject=issue.subject,
            status=status,
            sent_at=timezone.now() if status == "sent" else None,
        )
    exports = dict(
        fn(member)
        for fn in hooks.get_hooks("register_member_data_export")
        if fn.__module__ == "news.wagtail_hooks"
    )
    data = exports["events_and_mailing_list"]
    assert data["event_registrations"][0]["event"] == "Exported"
    assert data["mailing_list_subscription"]["confirmed"] is True
    [sent] = data["newsletters_sent_to_her"]
    assert sent["subject"] == "July meeting" and sent["status"] == "sent" and sent["sent_at"]
    for fn in hooks.get_hooks("register_member_data_erasure"):
        if fn.__module__ == "news.wagtail_hooks":
            fn(member)
    assert list(Subscription.objects.values_list("email", flat=True)) == ["other@example.kg"]
    assert list(Message.objects.values_list("recipient", flat=True)) == ["other@example.kg"]


def test_editors_see_and_export_participants(client, make_event, make_member):
    from django.contrib.auth.models import Group

    event = make_event("listed", title="Listed event")
    other = make_event("other", title="Other event")
    register(make_member("aigul"), event)
    register(make_member("elena"), other)
    editor = get_user_model().objects.create_user("ed", "ed@example.kg", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    index = client.get(reverse("participants:index"))
    assert index.status_code == 200
    assert b"aigul@example.kg" in index.content
    filtered = client.get(reverse("participants:index"), {"event": event.pk, "export": "csv"})
    assert filtered.status_code == 200
    body = (
        b"".join(filtered.streaming_content).decode()
        if filtered.streaming
        else filtered.content.decode()
    )
    assert "aigul@example.kg" in body and "elena@example.kg" not in body
    assert client.get(reverse("participants:add")).status_code in (302, 403)
    admin = get_user_model().objects.create_superuser("root", "r@example.kg", "x")
    client.force_login(admin)
    assert client.get(reverse("participants:add")).status_code in (302, 403)
    assert b"Listed event" in client.get(reverse("participants:index")).content
    member = make_member("plain")
    client.force_login(member)
    assert client.get(reverse("participants:index")).status_code in (302, 403)


def test_event_page_says_a_past_event_took_place_not_that_it_started(client, make_event):
    ended = make_event("ended", start=timezone.now() - datetime.timedelta(days=3))
    running = make_event("running", start=timezone.now() - datetime.timedelta(minutes=30))
    ended_html = client.get(ended.url).content.decode()
    assert "This event has taken place; registration is closed." in ended_html
    assert "this event has already started" not in ended_html
    running_html = client.get(running.url).content.decode()
    assert "Registration is closed: this event has already started." in running_html


@pytest.mark.parametrize("junk", ["9" * 40, "-1", "abc", "1.5", "١"])
def test_a_junk_event_id_is_an_invalid_filter_not_a_server_error(
    client, make_event, make_member, junk
):
    """The filter says the choice is invalid and lists every participant, in the page and
    in the export."""
    from django.contrib.auth.models import Group

    register(make_member("aigul"), make_event("listed", title="Listed event"))
    editor = get_user_model().objects.create_user("ed", "ed@example.kg", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    page = client.get(reverse("participants:index"), {"event": junk})
    assert page.status_code == 200
    assert page.context["filters"].errors["event"]
    assert b"aigul@example.kg" in page.content
    export = client.get(reverse("participants:index"), {"event": junk, "export": "csv"})
    assert export.status_code == 200
    assert "aigul@example.kg" in b"".join(export.streaming_content).decode()
