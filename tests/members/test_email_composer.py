"""The one email composer (home/emails.py): subject, text and HTML, in the reader's language."""

import pytest
from django.core import mail
from django.utils import translation

from home.emails import compose, send_member_email

from .conftest import make_member

pytestmark = pytest.mark.django_db

JOIN_AGAIN = "members/emails/join_again"
CONTEXT = {
    "has_account": True,
    "login_url": "https://club.example/ru/accounts/login/",
    "reset_url": "https://club.example/ru/accounts/password/reset/",
}


def test_the_email_is_written_in_the_recipients_language_not_the_requests():
    with translation.override("en"):  # the editor's admin, say
        message = compose(JOIN_AGAIN, CONTEXT, to=["a@example.org"], language="ru")
        assert translation.get_language() == "en"
    assert message.subject == "Кто-то пытался вступить в клуб с вашим адресом"
    assert message.to == ["a@example.org"]
    assert "https://club.example/ru/accounts/login/" in message.body


def test_the_subject_is_one_line_whatever_its_template():
    message = compose(JOIN_AGAIN, CONTEXT, to=["a@example.org"], language="en")
    assert message.subject == "Someone tried to join the Club with your address"
    assert "\n" not in message.subject


def test_every_email_has_an_html_part_with_the_text_and_live_links():
    message = compose(JOIN_AGAIN, CONTEXT, to=["a@example.org"], language="ky")
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert '<html lang="ky">' in html and f"<title>{message.subject}</title>" in html
    assert '<a href="https://club.example/ru/accounts/login/"' in html
    first_line = message.body.strip().splitlines()[0]
    assert first_line in html


def test_an_emails_own_html_template_wins_over_the_layout():
    message = compose(
        "news/emails/newsletter",
        {"issue": {"subject": "Club news", "language": "en"}, "issue_html": "<p>Hi</p>"},
        to=["a@example.org"],
        language="en",
    )
    [(html, _mimetype)] = message.alternatives
    assert "<h1" in html and "<p>Hi</p>" in html


def test_a_member_gets_it_in_her_preferred_language_through_the_outbox():
    aigul = make_member("aigul", language="ru")
    send_member_email(aigul, JOIN_AGAIN, CONTEXT)
    [sent] = mail.outbox  # the outbox's task delivered it (the test backend is immediate)
    assert sent.to == ["aigul@example.org"]
    assert sent.subject == "Кто-то пытался вступить в клуб с вашим адресом"
    assert sent.alternatives[0][1] == "text/html"
