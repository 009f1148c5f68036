"""The newsletter: admin permissions, compose/preview/test/send through the outbox, exactly once."""

import collections
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

from home.members.privacy import erase_member
from news import newsletter
from news.models import (
    IssueStatus,
    NewsletterIssue,
    Subscription,
    SubscriptionStatus,
)
from news.tasks import RESUME_AFTER, resume_interrupted_newsletters, send_newsletter

pytestmark = pytest.mark.django_db


def _subscribe(count, language="ky", status=SubscriptionStatus.CONFIRMED, prefix="s"):
    Subscription.objects.bulk_create(
        Subscription(email=f"{prefix}{i}@example.kg", language=language, status=status)
        for i in range(count)
    )


def _issue(language="ky", **fields):
    fields.setdefault("subject", "Club news")
    fields.setdefault("body", '<p>Hello <a href="/ky/news/">news</a></p>')
    return NewsletterIssue.objects.create(language=language, **fields)


def _received():
    return collections.Counter(address for message in mail.outbox for address in message.to)


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user(
        "newsletter-editor", "editor@example.kg", "x", is_staff=False
    )
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(codename__endswith="_newsletterissue"),
    )
    return user


def test_editors_group_gets_the_newsletter_permissions():
    editors = Group.objects.get(name="Editors")
    codes = set(editors.permissions.values_list("codename", flat=True))
    assert {"add_newsletterissue", "send_newsletterissue", "view_newsletterissue"} <= codes


def test_someone_without_the_permission_is_refused(client):
    user = get_user_model().objects.create_user("mentor-x", "m@example.kg", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    issue = _issue()
    for url in (
        "/admin/newsletter/",
        "/admin/newsletter/start/",
        f"/admin/newsletter/inspect/{issue.pk}/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
    response = client.post(f"/admin/newsletter/inspect/{issue.pk}/", {"action": "send"})
    assert response.status_code in (302, 403)
    assert not mail.outbox and NewsletterIssue.objects.get().status == IssueStatus.DRAFT


def test_without_the_send_permission_an_editor_can_test_but_not_send(client, editor):
    editor.user_permissions.remove(Permission.objects.get(codename="send_newsletterissue"))
    _subscribe(3)
    issue = _issue()
    client.force_login(editor)
    page = client.get(f"/admin/newsletter/inspect/{issue.pk}/")
    assert b'value="test"' in page.content and b"?confirm=1" not in page.content
    client.post(f"/admin/newsletter/inspect/{issue.pk}/", {"action": "send"})
    assert not mail.outbox
    client.post(f"/admin/newsletter/inspect/{issue.pk}/", {"action": "test"})
    assert _received() == {"editor@example.kg": 1}


def test_compose_preview_test_and_send_to_that_languages_confirmed_subscribers(client, editor):
    _subscribe(4, "ky")
    _subscribe(2, "ru", prefix="ru")
    _subscribe(2, "ky", status=SubscriptionStatus.PENDING, prefix="pending")
    client.force_login(editor)
    response = client.post(
        "/admin/newsletter/new/",
        {
            "language": "ky",
            "subject": "Жаңылыктар",
            "body": '{"blocks": [{"key": "a", "type": "unstyled", "text": "Саламатсызбы", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
        },
    )
    assert response.status_code == 302, response.content[:2000]
    issue = NewsletterIssue.objects.get()
    assert issue.created_by == editor and issue.is_draft

    preview = client.get(f"/admin/newsletter/preview/{issue.pk}/").content.decode()
    assert "Саламатсызбы" in preview and "/static/brand/logo.png" in preview  # the frame

    page = client.get(f"/admin/newsletter/inspect/{issue.pk}/")
    assert b"?confirm=1" in page.content and b'value="send"' not in page.content
    confirm = client.get(f"/admin/newsletter/inspect/{issue.pk}/?confirm=1")
    assert b'value="send"' in confirm.content

    client.post(f"/admin/newsletter/inspect/{issue.pk}/", {"action": "test"})
    assert _received() == {"editor@example.kg": 1}
    mail.outbox.clear()

    client.post(f"/admin/newsletter/inspect/{issue.pk}/", {"action": "send"})
    assert _received() == {f"s{i}@example.kg": 1 for i in range(4)}
    message = mail.outbox[0]
    assert message.subject == "Жаңылыктар"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/ky/news/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    [(html, _type)] = message.alternatives  # in the Club's frame, in Kyrgyz, with its text twin
    assert '<html lang="ky">' in html and "/static/brand/logo.png" in html
    assert "Саламатсызбы" in html and "Саламатсызбы" in message.body
    assert "Саламатсызбы" in message.body and message.alternatives[0][1] == "text/html"
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT and issue.sent_at
    assert newsletter.delivery_counts(issue)["sent"] == 4

    # A second click, or a resumption, sends nothing more; the sent issue cannot be edited.
    client.post(f"/admin/newsletter/inspect/{issue.pk}/", {"action": "send"})
    send_newsletter.enqueue(issue.pk)
    assert len(mail.outbox) == 4
    assert client.get(f"/admin/newsletter/edit/{issue.pk}/").status_code == 302
    history = client.get("/admin/newsletter/")
    assert "Жаңылыктар" in history.content.decode()


def test_a_send_stopped_half_way_and_resumed_reaches_everyone_exactly_once(monkeypatch):
    _subscribe(250)
    issue = _issue()
    assert newsletter.start_sending(issue)
    made = []
    compose = newsletter.subscriber_message

    def dies_after_137(*args, **kwargs):
        if len(made) == 137:
            raise RuntimeError("worker killed")
        made.append(1)
        return compose(*args, **kwargs)

    monkeypatch.setattr(newsletter, "subscriber_message", dies_after_137)
    send_newsletter.enqueue(issue.pk)  # the task fails: the worker "died"
    assert len(mail.outbox) < 137  # whole batches were queued and sent, the rest not
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENDING
    monkeypatch.setattr(newsletter, "subscriber_message", compose)
    resume_interrupted_newsletters()  # too early: the send may still be running
    assert len(mail.outbox) < 137
    resume_interrupted_newsletters(now=timezone.now() + RESUME_AFTER)  # after a restart
    counts = _received()
    assert len(counts) == 250 and set(counts.values()) == {1}
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT
    assert newsletter.delivery_counts(issue)["sent"] == 250


def test_sending_an_issue_again_queues_nobody_twice():
    _subscribe(5)
    issue = _issue()
    newsletter.start_sending(issue)
    assert newsletter.send_issue(issue.pk, batch_size=2) == 5
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING)
    assert newsletter.send_issue(issue.pk) == 0
    assert len(mail.outbox) == 5 and newsletter.messages(issue).count() == 5


def test_only_her_languages_confirmed_subscribers_at_send_time_are_queued():
    _subscribe(10)
    issue = _issue()
    newsletter.start_sending(issue)
    Subscription.objects.filter(email="s3@example.kg").delete()  # one-click unsubscribe
    Subscription.objects.filter(email="s4@example.kg").update(language="ru")
    newsletter.send_issue(issue.pk)
    received = _received()
    assert "s3@example.kg" not in received and "s4@example.kg" not in received
    assert len(received) == 8


class RefuseOne(EmailBackend):
    """The mail server refuses s5's address (the outbox's real backend in production)."""

    def send_messages(self, messages):
        if messages[0].to == ["s5@example.kg"]:
            raise ConnectionRefusedError("recipient refused")
        return super().send_messages(messages)


def test_an_smtp_failure_shows_on_the_issue_page_and_retry_sends_it(client, editor, settings):
    _subscribe(3)
    Subscription.objects.create(
        email="s5@example.kg", language="ky", status=SubscriptionStatus.CONFIRMED
    )
    issue = _issue()
    settings.CLUB_OUTBOX_EMAIL_BACKEND = "tests.news.test_newsletter.RefuseOne"
    settings.CLUB_OUTBOX_MAX_ATTEMPTS = 1  # failed for good at once, as after 8 hours of tries
    client.force_login(editor)
    client.post(f"/admin/newsletter/inspect/{issue.pk}/", {"action": "send"})
    page = client.get(f"/admin/newsletter/inspect/{issue.pk}/").content.decode()
    assert "s5@example.kg: ConnectionRefusedError: recipient refused" in page
    assert "<dd data-sent>3</dd>" in page and "<dd data-failed>1</dd>" in page
    assert 'value="retry"' in page

    settings.CLUB_OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client.post(f"/admin/newsletter/inspect/{issue.pk}/", {"action": "retry"})
    page = client.get(f"/admin/newsletter/inspect/{issue.pk}/").content.decode()
    assert "<dd data-sent>4</dd>" in page and "<dd data-failed>0</dd>" in page
    assert "recipient refused" not in page and 'value="retry"' not in page
    assert _received() == {f"s{i}@example.kg": 1 for i in (0, 1, 2, 5)}


def test_retry_needs_the_send_permission(client, editor, settings):
    Subscription.objects.create(
        email="s5@example.kg", language="ky", status=SubscriptionStatus.CONFIRMED
    )
    issue = _issue(status=IssueStatus.SENDING)
    settings.CLUB_OUTBOX_EMAIL_BACKEND = "tests.news.test_newsletter.RefuseOne"
    settings.CLUB_OUTBOX_MAX_ATTEMPTS = 1
    newsletter.send_issue(issue.pk)
    editor.user_permissions.remove(Permission.objects.get(codename="send_newsletterissue"))
    client.force_login(editor)
    settings.CLUB_OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client.post(f"/admin/newsletter/inspect/{issue.pk}/", {"action": "retry"})
    assert newsletter.delivery_counts(issue)["failed"] == 1 and not mail.outbox


def test_start_from_the_latest_news_and_events(client, editor, indexes, make_event):
    make_event(slug="budget-hearing", title="Budget hearing", language="ru")
    make_event(slug="english-only", title="English only", language="en")
    client.force_login(editor)
    form = client.get("/admin/newsletter/start/").content.decode()
    admin_home = client.get("/admin/").content.decode()
    assert "/admin/newsletter/" in admin_home  # the "Newsletter" menu item
    # The language-only form posts back to itself (not to "Add", which wants a subject).
    action = re.search(r'<form\s+id="w-editor-form"\s+action="([^"]+)"', form).group(1)
    response = client.post(action, {"language": "ru"})
    issue = NewsletterIssue.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/newsletter/edit/{issue.pk}/"  # on to the subject
    assert issue.language == "ru" and issue.created_by == editor
    text = newsletter.render_issue(issue)["issue_text"]
    assert "Budget hearing (http://127.0.0.1:8000/ru/" in text and "English only" not in text


def test_deleting_her_account_removes_her_address_from_the_newsletter_history():
    _subscribe(2)
    issue = _issue()
    newsletter.start_sending(issue)
    newsletter.send_issue(issue.pk)
    user = get_user_model().objects.create_user("s0", "s0@example.kg", "x")
    erase_member(user)
    assert not newsletter.messages_to("s0@example.kg").exists()
    assert list(newsletter.messages(issue).values_list("recipient", flat=True)) == ["s1@example.kg"]


def _header_and_dropdown(html):
    """The page's header (its buttons) and, inside it, the "⋯" dropdown's part."""
    header = html[html.index("<header") : html.index("</header>")]
    start = header.find('data-controller="w-dropdown')
    return header, header[start:] if start >= 0 else ""


@pytest.mark.parametrize("view", ["edit", "inspect"])
def test_preview_and_test_are_visible_header_buttons(client, editor, view):
    from tests.admin_language import set_admin_language

    set_admin_language(editor, "en")
    issue = _issue()
    client.force_login(editor)
    html = client.get(f"/admin/newsletter/{view}/{issue.pk}/").content.decode()
    header, dropdown = _header_and_dropdown(html)
    preview = f'href="/admin/newsletter/preview/{issue.pk}/"'
    assert preview in header and preview not in dropdown
    test_button = re.search(r'<button[^>]*form="newsletter-test-form"[^>]*>', header)
    assert test_button and 'type="submit"' in test_button.group(0)
    assert "Send a test to me" in header and "Send a test to me" not in dropdown
    # The form it submits: a test of this issue, back to the page she is on.
    form = html[html.index('<form id="newsletter-test-form"') :]
    form = form[: form.index("</form>")]
    assert f'action="/admin/newsletter/inspect/{issue.pk}/"' in form
    assert 'value="test"' in form


def test_send_a_test_from_the_edit_page_comes_back_to_it(client, editor):
    issue = _issue()
    client.force_login(editor)
    edit = f"/admin/newsletter/edit/{issue.pk}/"
    response = client.post(
        f"/admin/newsletter/inspect/{issue.pk}/", {"action": "test", "next": edit}
    )
    assert response.status_code == 302 and response["Location"] == edit
    assert _received() == {"editor@example.kg": 1}
    # Elsewhere than this site: back to the issue's page instead.
    response = client.post(
        f"/admin/newsletter/inspect/{issue.pk}/",
        {"action": "test", "next": "https://evil.example/"},
    )
    assert response["Location"] == f"/admin/newsletter/inspect/{issue.pk}/"


def test_without_the_change_permission_no_test_button(client, editor):
    editor.user_permissions.remove(Permission.objects.get(codename="change_newsletterissue"))
    issue = _issue()
    client.force_login(editor)
    html = client.get(f"/admin/newsletter/inspect/{issue.pk}/").content.decode()
    assert "Send a test to me" not in html
    assert f'href="/admin/newsletter/preview/{issue.pk}/"' in html


@pytest.mark.parametrize(
    ("language", "label", "finished", "not_yet"),
    [
        ("ru", "Отправка завершена", "1 марта 2026 г. 12:30", "ещё нет"),
        ("ky", "Жөнөтүү аяктады", "2026-жылдын 1-марты, 12:30", "азырынча жок"),
        ("en", "Sending finished", "March 1, 2026, 12:30 p.m.", "not yet"),
    ],
)
def test_the_finished_line_reads_in_every_admin_language(
    client, editor, language, label, finished, not_yet
):
    from datetime import UTC, datetime

    from tests.admin_language import set_admin_language

    set_admin_language(editor, language)
    client.force_login(editor)

    def fields(issue):
        html = client.get(f"/admin/newsletter/inspect/{issue.pk}/").content.decode()
        return html[html.index("<dl>") : html.index("</dl>")]

    draft = fields(_issue())
    assert "None" not in draft
    assert re.search(rf"<dt>{label}</dt>\s*<dd>\s*{not_yet}\s*</dd>", draft), draft
    sent = fields(
        _issue(
            status=IssueStatus.SENT,
            sent_at=datetime(2026, 3, 1, 6, 30, tzinfo=UTC),
            subject="Sent",
        )
    )
    assert "None" not in sent
    assert re.search(rf"<dt>{label}</dt>\s*<dd>\s*{finished}\s*</dd>", sent), sent
