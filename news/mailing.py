"""The mailing list: signed links for double opt-in and one-click unsubscribe, and its emails.

Links carry the address signed with SECRET_KEY (django.core.signing), so they work without
signing in and cannot be forged; confirmation links expire, unsubscribe links do not.
"""

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from home.emails import compose

from .models.records import Subscription, SubscriptionStatus

CONFIRM_SALT = "news.mailing-list.confirm"
UNSUBSCRIBE_SALT = "news.mailing-list.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 60 * 60
RESEND_AFTER = 10 * 60  # seconds: a repeated sign-up sends no second email before this


def make_token(email, salt):
    return signing.dumps(email.lower(), salt=salt, compress=True)


def read_token(token, salt, max_age=None):
    """The address a link was made for, or None when the link is broken or expired."""
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None


def absolute(path):
    return f"{settings.SITE_BASE_URL}{path}"


def confirm_url(email, language):
    with translation.override(language):
        return absolute(reverse("news:confirm", args=[make_token(email, CONFIRM_SALT)]))


def unsubscribe_url(email, language):
    with translation.override(language):
        return absolute(reverse("news:unsubscribe", args=[make_token(email, UNSUBSCRIBE_SALT)]))


def subscriber_message(subscription, template_name, context=None):
    """One email to a subscriber in her language, with List-Unsubscribe headers (RFC 8058)."""
    language = subscription.language or settings.LANGUAGE_CODE
    leave = unsubscribe_url(subscription.email, language)
    return compose(
        template_name,
        {"subscription": subscription, "unsubscribe_url": leave, **(context or {})},
        to=[subscription.email],
        language=language,
        headers={
            "List-Unsubscribe": f"<{leave}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def send_to_subscriber(subscription, template_name, context=None):
    subscriber_message(subscription, template_name, context).send()


def request_subscription(email, language):
    """Record a sign-up and send the right email; the caller's answer is always the same.

    New or unconfirmed address: a confirmation link. Already confirmed: a note that she is
    subscribed. Repeated sign-ups within RESEND_AFTER send nothing more.
    """
    now = timezone.now()
    try:
        with transaction.atomic():
            subscription, _created = Subscription.objects.get_or_create(
                email=email, defaults={"language": language}
            )
    except IntegrityError:
        subscription = Subscription.objects.get(email=email)
    if (
        subscription.last_sent_at
        and (now - subscription.last_sent_at).total_seconds() < RESEND_AFTER
    ):
        return subscription
    Subscription.objects.filter(pk=subscription.pk).update(last_sent_at=now)
    if subscription.status == SubscriptionStatus.CONFIRMED:
        send_to_subscriber(subscription, "news/emails/already_subscribed")
    else:
        if subscription.language != language:
            subscription.language = language
            subscription.save(update_fields=["language"])
        send_to_subscriber(
            subscription,
            "news/emails/confirm",
            {"confirm_url": confirm_url(email, language)},
        )
    return subscription


def confirm_subscription(token):
    """Confirm the address of a valid link; None when the link is broken or expired."""
    email = read_token(token, CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    if email is None:
        return None
    subscription = Subscription.objects.filter(email=email).first()
    if subscription is None:
        # Unsubscribed or erased since: an old link must not bring the address back.
        return None
    if subscription.status != SubscriptionStatus.CONFIRMED:
        subscription.status = SubscriptionStatus.CONFIRMED
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["status", "confirmed_at"])
    return subscription


def unsubscribe(token):
    """Remove the address of a valid link. Returns the address, or None for a broken link."""
    email = read_token(token, UNSUBSCRIBE_SALT)
    if email is None:
        return None
    Subscription.objects.filter(email=email).delete()
    return email
