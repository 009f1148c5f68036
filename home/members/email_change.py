"""Changing her email address: the new one is kept only once she opens a link sent to it.

A stolen session must not become a stolen account through a password reset to the thief's
address. So the account form asks for her password, the new address gets a signed link that
expires, and the old one is told. The link names the address it replaces and a fingerprint of
her password: it works once, and dies when she changes her password after the notice.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from home.emails import preferred_language, send_member_email

from .forms import email_in_use

SALT = "home.members.email-change"
LINK_DAYS = 3
#: The rate-limit scope of settings.CLUB_RATE_LIMITS: every attempt, per address and account.
RATE_LIMIT = "email_change"


class LinkRefused(Exception):
    """The link cannot change her address; `message` says why, in her language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def rate_limit_key(user):
    return f"member-{user.pk}"


def masked(email):
    """n***@example.org: enough for her to recognise it, not enough to learn it."""
    local, _at, domain = email.partition("@")
    return f"{local[:1]}***@{domain}"


def _password_fingerprint(user):
    return salted_hmac(SALT, user.password, algorithm="sha256").hexdigest()[:20]


def make_token(user, new_email):
    value = {"user": user.pk, "old": user.email, "new": new_email}
    value["password"] = _password_fingerprint(user)
    return signing.TimestampSigner(salt=SALT).sign_object(value)


def read_token(token):
    """(user, new address) of a link that may still be used; LinkRefused otherwise."""
    try:
        value = signing.TimestampSigner(salt=SALT).unsign_object(
            token, max_age=timedelta(days=LINK_DAYS)
        )
    except signing.SignatureExpired:
        raise LinkRefused(
            _("This link has expired. Change your email on your account page again.")
        ) from None
    except (signing.BadSignature, ValueError, TypeError):
        raise LinkRefused(
            _("This link is not valid. Copy the whole link from the email.")
        ) from None
    user = get_user_model().objects.filter(pk=value.get("user"), is_active=True).first()
    if (
        user is None
        or user.email != value.get("old")
        or not constant_time_compare(_password_fingerprint(user), value.get("password", ""))
    ):
        raise LinkRefused(_("This link has already been used or is no longer valid."))
    if email_in_use(value["new"], exclude_user=user):
        raise LinkRefused(_("Another account already uses this email."))
    return user, value["new"]


def confirm(token):
    """Store the new address of a valid link; the link cannot be used again."""
    user, new_email = read_token(token)
    user.email = new_email
    user.save(update_fields=["email"])
    return user


def request_change(user, new_email):
    """Send the link to the new address and the notice to the old one (through the outbox)."""
    language = preferred_language(user)
    with translation.override(language):
        confirm_path = reverse(
            "members:confirm_email", kwargs={"token": make_token(user, new_email)}
        )
        reset_path = reverse("password_reset")
    context = {"new_email": new_email, "days": LINK_DAYS}
    send_member_email(
        user,
        "members/emails/email_change",
        {**context, "confirm_url": settings.SITE_BASE_URL + confirm_path},
        language=language,
        to=new_email,
    )
    send_member_email(
        user,
        "members/emails/email_change_notice",
        {"masked_email": masked(new_email), "reset_url": settings.SITE_BASE_URL + reset_path},
        language=language,
    )
