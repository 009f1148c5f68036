"""Sending one outbox row: claimed once, sent once, retried with backoff, then failed.

A row is claimed by a conditional update that moves its next attempt past a lease, so two
workers (or a worker and the sweep) never send the same row; if a worker dies mid-send the
lease runs out and the sweep tries again. Each channel has a sender: a function that sends
or raises; `PermanentError` means retrying cannot help.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from .models import Message

logger = logging.getLogger(__name__)

SENDERS = {}


class PermanentError(Exception):
    """The server refused the message for good (a bad address, a wrong chat id)."""


def sender(channel):
    def register(function):
        SENDERS[channel] = function
        return function

    return register


def backoff(attempts):
    """Seconds to wait after `attempts` failed attempts: doubling, capped."""
    delay = settings.CLUB_OUTBOX_RETRY_DELAY * 2 ** max(attempts - 1, 0)
    return min(delay, settings.CLUB_OUTBOX_MAX_RETRY_DELAY)


def claim(message_id, now):
    lease = now + timedelta(seconds=settings.CLUB_OUTBOX_LEASE)
    return Message.objects.filter(
        pk=message_id, status=Message.Status.PENDING, next_attempt_at__lte=now
    ).update(attempts=F("attempts") + 1, next_attempt_at=lease)


def describe(error):
    text = f"{type(error).__name__}: {error}"
    token = settings.CLUB_TELEGRAM_BOT_TOKEN
    if token:
        text = text.replace(token, "…")
    return text[:1000]


def deliver(message_id):
    """Send a due pending row once. Returns its status afterwards, or None when not due."""
    now = timezone.now()
    if not claim(message_id, now):
        return None
    message = Message.objects.get(pk=message_id)
    try:
        SENDERS[message.channel](message)
    except Exception as error:  # noqa: BLE001 - SMTP and HTTP fail in many ways; all are retried
        logger.warning("Outbox message %s not sent: %s", message.pk, describe(error))
        message.last_error = describe(error)
        if (
            isinstance(error, PermanentError)
            or message.attempts >= settings.CLUB_OUTBOX_MAX_ATTEMPTS
        ):
            message.status = Message.Status.FAILED
        else:
            message.next_attempt_at = now + timedelta(seconds=backoff(message.attempts))
        message.save(update_fields=["status", "next_attempt_at", "last_error"])
        return message.status
    # What has left needs no copy here: the body may hold a set-password link. An xAPI
    # statement stays (it is in her data download until her erasure removes it).
    kept = message.payload if message.channel == Message.Channel.XAPI else {}
    Message.objects.filter(pk=message.pk).update(
        status=Message.Status.SENT, sent_at=timezone.now(), body="", payload=kept, last_error=""
    )
    return Message.Status.SENT


def due():
    return Message.objects.filter(
        status=Message.Status.PENDING, next_attempt_at__lte=timezone.now()
    ).order_by("next_attempt_at", "pk")


def deliver_due(limit=500):
    """The sweep: send every due row (lost tasks, expired leases). Returns {status: count}."""
    counts = {}
    for message_id in due().values_list("pk", flat=True)[:limit]:
        status = deliver(message_id)
        if status:
            counts[status] = counts.get(status, 0) + 1
    return counts


def prune():
    """Forget sent messages after CLUB_OUTBOX_KEEP_SENT_DAYS (keyed ones are kept: they
    remember that a page was announced)."""
    before = timezone.now() - timedelta(days=settings.CLUB_OUTBOX_KEEP_SENT_DAYS)
    deleted, _ = Message.objects.filter(
        status=Message.Status.SENT, sent_at__lt=before, key__isnull=True
    ).delete()
    return deleted


def retry(queryset):
    """Editors' retry: failed (or waiting) rows become due now with a fresh set of attempts."""
    ids = list(queryset.exclude(status=Message.Status.SENT).values_list("pk", flat=True))
    Message.objects.filter(pk__in=ids).update(
        status=Message.Status.PENDING, attempts=0, next_attempt_at=timezone.now()
    )
    return ids
