"""The one email composer: every email of the site is written here, in its reader's language.

An email is named by its templates' common prefix, e.g. "members/emails/welcome":
`<name>_subject.txt` (one line), `<name>_body.txt` (the text part) and, when present,
`<name>_body.html` (the HTML part; otherwise the text part is laid out as HTML by
`home/emails/layout.html`). All three are rendered inside `translation.override(language)`,
so dates, links and the glossary's words are those of the recipient, not of the request.
Sending goes through EMAIL_BACKEND, i.e. the outbox (home/outbox).
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation


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
        try:
            html = render_to_string(f"{name}_body.html", context)
        except TemplateDoesNotExist:
            layout = {"subject": subject, "text": text, "language": language}
            html = render_to_string("home/emails/layout.html", layout)
    return subject, text, html


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
