"""The one email composer: every email of the site is written here, in its reader's language.

An email is named by its templates' common prefix, e.g. "members/emails/welcome":
`<name>_subject.txt` (one line), `<name>_body.txt` (the text part) and, when present,
`<name>_body.html` (the HTML part; otherwise the text part is laid out as HTML by
`home/emails/layout.html`). All three are rendered inside `translation.override(language)`,
so dates, links and the glossary's words are those of the recipient, not of the request.

Every HTML part extends `home/emails/base.html`, the Club's frame: its logo and colours, and a
footer with the Club's contacts (Club settings) and why she gets the email. Its stylesheet is
then written into each element's style attribute (css-inline), as email programs want.
Sending goes through EMAIL_BACKEND, i.e. the outbox (home/outbox).
"""

import css_inline
from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

from .brand import email_logo_url
from .cache import shared_cached

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

_inliner = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)


def frame():
    """What the frame shows of Club settings, as plain values (kept per site generation:
    a newsletter of thousands of emails reads the settings once)."""

    # By name: home.models imports home.reminders, which imports this module.
    club_settings = apps.get_model("home", "ClubSettings")

    def compute():
        club = club_settings.for_default_site()
        return {
            "logo_url": email_logo_url(club),
            "addresses": {code: getattr(club, f"address_{code}") for code in LANGUAGE_CODES},
            "phone": club.phone,
            "email": club.email,
        }

    return shared_cached("email-frame", [], compute)


def _frame_context(language):
    values = frame()
    address = values["addresses"].get(language) or values["addresses"].get(LANGUAGE_CODES[0])
    return {"club": {**values, "address": address}}


def preferred_language(user):
    """The language she chose on her account page, else the site's default."""
    profile = getattr(user, "member_profile", None)
    return getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE


def render(name, context, language):
    """(subject, text, html) of the email `name` in `language`."""
    with translation.override(language):
        context = {"site_base_url": settings.SITE_BASE_URL, "language": language, **context}
        subject = " ".join(render_to_string(f"{name}_subject.txt", context).split())
        text = render_to_string(f"{name}_body.txt", context)
        context.update(_frame_context(language), subject=subject, text=text)
        try:
            html = render_to_string(f"{name}_body.html", context)
        except TemplateDoesNotExist:
            html = render_to_string("home/emails/layout.html", context)
    return subject, text, _inliner.inline(html)


def compose(name, context, *, to, language=None, headers=None, connection=None):
    """The email `name` to the addresses `to`, as a message ready to `.send()`."""
    subject, text, html = render(name, context, language or settings.LANGUAGE_CODE)
    message = EmailMultiAlternatives(
        subject, text, to=list(to), headers=headers or {}, connection=connection
    )
    message.attach_alternative(html, "text/html")
    return message


def send_email(name, context, *, to, language=None, headers=None):
    """Compose and hand over to the outbox; returns the number of messages queued."""
    return compose(name, context, to=to, language=language, headers=headers).send()


def send_member_email(user, name, context, *, language=None, to=None):
    """The email `name` to a member in her language (to her address, or to `to`: a new
    address she is confirming); `user` is in the templates' context."""
    return send_email(
        name,
        {"user": user, **context},
        to=[to or user.email],
        language=language or preferred_language(user),
    )
