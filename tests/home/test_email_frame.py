"""Every email of the site is HTML in the Club's frame with a plain-text twin, in her language.

The frame (home/templates/home/emails/base.html) carries the logo, the Club's contacts from
Club settings and why she gets the email; its styles are written into the elements.
"""

from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core import mail

from home.emails import compose, send_email
from home.models import ClubSettings

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
#: Every email kind, found by its subject template (members/emails/welcome, …).
KINDS = sorted(
    str(path.relative_to(templates))[: -len("_subject.txt")]
    for templates in ROOT.glob("*/**/templates")
    if ".venv" not in templates.parts
    for path in templates.glob("*/emails/*_subject.txt")
)
#: A word of the frame's footer in each language: the email is in hers.
ORGANISER = {
    "ky": "Борбордук Азиянын жергиликтүү башкаруу академиясы",
    "ru": "Академия местного управления Центральной Азии",
    "en": "Academy of Local Governance of Central Asia",
}
#: What the emails' templates ask of their context, for every kind at once (an example).
SAMPLE = {
    "user": SimpleNamespace(
        member_profile=SimpleNamespace(full_name="Айгүл"), get_username=lambda: "aigul"
    ),
    "days": 7,
    "count": 2,
    "url_name": "club:initiative",
    "pk": 1,
    "uid": "MQ",
    "token": "set-password",
    "protocol": "https",
    "domain": "club.example",
}


@pytest.fixture
def club_contacts(db):
    club = ClubSettings.for_default_site()
    club.address_ky = "Бишкек ш., Шевченко көч., 114"
    club.address_ru = "г. Бишкек, ул. Шевченко, 114"
    club.phone = "+996 312 976530"
    club.email = "academylgca@gmail.com"
    club.save()
    return club


def test_every_kind_of_email_is_found():
    assert len(KINDS) >= 20
    assert "news/emails/newsletter" in KINDS and "members/emails/welcome" in KINDS


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_each_email_is_html_in_the_frame_with_a_text_twin(kind, language):
    message = compose(kind, SAMPLE, to=["a@example.org"], language=language)
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert message.body.strip(), "the plain-text part is there"
    assert f'<html lang="{language}">' in html
    assert "/static/brand/logo.png" in html  # the Club's drawn mark, as PNG for mail programs
    assert ORGANISER[language] in html
    assert "<style" not in html and 'style="' in html  # the styles are inlined


def test_the_footer_shows_the_clubs_contacts_in_her_language(club_contacts):
    message = compose("members/emails/join_again", {}, to=["a@example.org"], language="ru")
    html = message.alternatives[0][0]
    assert "г. Бишкек, ул. Шевченко, 114" in html and "Шевченко көч." not in html
    assert "+996 312 976530" in html and "mailto:academylgca@gmail.com" in html
    assert "аккаунт" in html or "адрес" in html  # why she gets it


def test_an_uploaded_logo_replaces_the_drawn_mark(club_contacts, image_file):
    club_contacts.logo = image_file
    club_contacts.save()
    html = compose("members/emails/join_again", {}, to=["a@example.org"], language="en")
    html = html.alternatives[0][0]
    assert "/static/brand/logo.png" not in html
    assert f"{settings.SITE_BASE_URL}/media/images/" in html


def test_the_newsletter_is_in_the_frame_and_says_how_to_leave():
    context = {
        "issue": {"subject": "Club news"},
        "issue_html": "<p>Hi</p>",
        "unsubscribe_url": "https://club.example/en/news/unsubscribe/x/",
    }
    message = compose("news/emails/newsletter", context, to=["a@example.org"], language="en")
    html = message.alternatives[0][0]
    assert "Club news</h1>" in html and "<p>Hi</p>" in html
    assert "/static/brand/logo.png" in html
    assert 'href="https://club.example/en/news/unsubscribe/x/"' in html


def test_the_html_part_is_stored_in_the_outbox_and_sent():
    send_email("members/emails/join_again", {}, to=["a@example.org"], language="ky")
    [sent] = mail.outbox  # delivered by the outbox's task
    [(html, mimetype)] = sent.alternatives
    assert mimetype == "text/html" and "/static/brand/logo.png" in html
    assert ORGANISER["ky"] in html
