"""Every email waits in the outbox until it has left: an SMTP outage never fails the sender,
each message leaves once, retries back off, and a message that finally failed is shown to
editors, who may send it again."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.tasks import update_reference_index_task

from home.outbox import delivery
from home.outbox.models import Message

pytestmark = pytest.mark.django_db


def test_smtp_down_the_sender_goes_on_and_the_email_leaves_once_when_it_is_back(smtp_down):
    assert send_mail("Сабак", "Текст", None, ["aigul@example.kg"]) == 1
    (row,) = Message.objects.all()
    assert (row.status, row.attempts, row.recipient) == ("pending", 1, "aigul@example.kg")
    assert "ConnectionRefused" in row.last_error
    assert not mail.outbox

    (email,) = smtp_down.back()
    assert (email.subject, email.body, email.to) == ("Сабак", "Текст", ["aigul@example.kg"])
    row.refresh_from_db()
    assert row.status == "sent" and row.sent_at
    # What has left keeps no copy of its text (it may hold a set-password link).
    assert row.body == "" and row.payload == {}


def test_headers_html_and_attachments_survive_the_outbox():
    message = EmailMultiAlternatives(
        "Subject", "Plain", to=["a@example.kg"], cc=["b@example.kg"], headers={"X-Club": "1"}
    )
    message.attach_alternative("<p>Html</p>", "text/html")
    message.attach("plan.txt", "План", "text/plain")
    message.send()
    (email,) = mail.outbox
    assert email.extra_headers == {"X-Club": "1"}
    assert email.cc == ["b@example.kg"]
    assert email.alternatives[0][:2] == ("<p>Html</p>", "text/html")
    assert email.attachments[0][:3] == ("plan.txt", "План", "text/plain")


def test_a_message_is_sent_once_however_often_it_is_delivered():
    row = Message.objects.create(
        channel="email",
        recipient="a@example.kg",
        subject="S",
        body="B",
        payload={"to": ["a@example.kg"]},
    )
    assert delivery.deliver(row.pk) == "sent"
    assert delivery.deliver(row.pk) is None
    assert delivery.deliver_due() == {}
    assert len(mail.outbox) == 1


def test_retries_back_off_then_the_message_fails(smtp_down, settings):
    settings.CLUB_OUTBOX_RETRY_DELAY = 60
    settings.CLUB_OUTBOX_MAX_ATTEMPTS = 3
    send_mail("S", "B", None, ["a@example.kg"])
    row = Message.objects.get()
    waits = []
    for _attempt in range(2):
        waits.append(round((row.next_attempt_at - timezone.now()).total_seconds() / 60))
        assert delivery.deliver_due() == {}  # not due yet
        Message.objects.update(next_attempt_at=timezone.now())
        delivery.deliver_due()
        row.refresh_from_db()
    assert waits == [1, 2]
    assert (row.status, row.attempts) == ("failed", 3)
    assert delivery.backoff(9) == 60 * 2**8  # the last wait of ten attempts: 256 minutes
    assert delivery.backoff(20) == settings.CLUB_OUTBOX_MAX_RETRY_DELAY


def test_sweep_command_sends_what_is_due_and_forgets_old_sent_mail():
    old = Message.objects.create(channel="email", recipient="x", status="sent")
    Message.objects.filter(pk=old.pk).update(sent_at=timezone.now() - datetime.timedelta(days=40))
    due = Message.objects.create(
        channel="email",
        recipient="a@example.kg",
        subject="S",
        body="B",
        payload={"to": ["a@example.kg"]},
    )
    call_command("deliver_outbox", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not Message.objects.filter(pk=old.pk).exists()
    assert Message.objects.get(pk=due.pk).status == "sent"
    assert len(mail.outbox) == 1


def outbox_staff(username, *codenames):
    user = User.objects.create_user(username, f"{username}@example.kg", "x")
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="outbox", codename__in=codenames),
    )
    user.groups.add(group)
    return user


def test_failed_email_is_listed_for_editors_and_retry_sends_it(client, smtp_down, settings):
    settings.CLUB_OUTBOX_MAX_ATTEMPTS = 1
    send_mail("Lost letter", "B", None, ["a@example.kg"])
    row = Message.objects.get()
    assert row.status == "failed"

    client.force_login(outbox_staff("nobody"))
    assert client.get("/admin/outbox/").status_code in (302, 403)

    client.force_login(outbox_staff("viewer", "view_message"))
    listing = client.get("/admin/outbox/?status=failed")
    assert listing.status_code == 200 and "Lost letter" in listing.content.decode()
    assert client.post(f"/admin/outbox/retry/?id={row.pk}").status_code in (302, 403)
    row.refresh_from_db()
    assert row.status == "failed" and not mail.outbox

    client.force_login(outbox_staff("retrier", "view_message", "retry_message"))
    assert "/admin/outbox/retry/?all=failed" in client.get("/admin/outbox/").content.decode()
    assert "Lost letter" in client.get("/admin/outbox/retry/?all=failed").content.decode()
    settings.CLUB_OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = client.post("/admin/outbox/retry/?all=failed")
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.status == "sent"
    assert [email.subject for email in mail.outbox] == ["Lost letter"]
    # Editors never add, edit or delete messages.
    assert client.get("/admin/outbox/new/").status_code in (302, 403)
    assert client.get(f"/admin/outbox/edit/{row.pk}/").status_code in (302, 403)


@pytest.mark.django_db(transaction=True)  # the worker closes its connection when done
def test_the_database_queue_holds_emails_and_wagtails_own_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    send_mail("Queued", "B", None, ["a@example.kg"])
    update_reference_index_task.enqueue("outbox", "message", Message.objects.get().pk)
    paths = set(DBTaskResult.objects.values_list("task_path", flat=True))
    assert paths == {
        "home.outbox.tasks.deliver_message",
        "wagtail.tasks.update_reference_index_task",
    }
    assert not mail.outbox  # the request only queued it

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert [email.subject for email in mail.outbox] == ["Queued"]
    assert Message.objects.get().status == "sent"
