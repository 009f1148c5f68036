"""Emails to members, always in the member's own language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def preferred_language(user):
    profile = getattr(user, "member_profile", None)
    return getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE


def send_member_email(user, subject_template, body_template, context, language=None, to=None):
    """Render subject and plain-text body in the member's language and send them (to her
    address, or to `to`: a new address she is confirming)."""
    language = language or preferred_language(user)
    with translation.override(language):
        context = {"user": user, "site_base_url": settings.SITE_BASE_URL, **context}
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    return send_mail(subject, body, None, [to or user.email])
