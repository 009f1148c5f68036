"""Email through the outbox: EMAIL_BACKEND stores each message; the task sends it with
CLUB_OUTBOX_EMAIL_BACKEND (SMTP in production). Every send_mail/EmailMessage of the site,
Wagtail's own notifications included, therefore leaves through the queue."""

import base64

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from .delivery import sender
from .models import Message
from .tasks import enqueue


def _attachments(message):
    stored = []
    for attachment in message.attachments:
        if isinstance(attachment, tuple):
            filename, content, mimetype = attachment
            raw = content.encode() if isinstance(content, str) else content
            stored.append([filename, base64.b64encode(raw).decode("ascii"), mimetype])
    return stored


def to_row(message):
    return Message(
        channel=Message.Channel.EMAIL,
        recipient=", ".join(message.recipients())[:255],
        subject=str(message.subject)[:255],
        body=message.body,
        payload={
            "from_email": message.from_email,
            "to": list(message.to),
            "cc": list(message.cc),
            "bcc": list(message.bcc),
            "reply_to": list(message.reply_to),
            "headers": {str(k): str(v) for k, v in message.extra_headers.items()},
            "alternatives": [[str(c), m] for c, m in getattr(message, "alternatives", [])],
            "content_subtype": message.content_subtype,
            "attachments": _attachments(message),
            "full_subject": str(message.subject),
        },
    )


def from_row(row):
    data = row.payload
    message = EmailMultiAlternatives(
        subject=data.get("full_subject", row.subject),
        body=row.body,
        from_email=data.get("from_email"),
        to=data.get("to"),
        cc=data.get("cc"),
        bcc=data.get("bcc"),
        reply_to=data.get("reply_to"),
        headers=data.get("headers"),
    )
    message.content_subtype = data.get("content_subtype", "plain")
    for content, mimetype in data.get("alternatives", []):
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data.get("attachments", []):
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


class OutboxEmailBackend(BaseEmailBackend):
    """Saves messages as outbox rows and enqueues their delivery; sends nothing itself."""

    def send_messages(self, email_messages):
        rows = []
        try:
            with transaction.atomic():
                for message in email_messages:
                    if message.recipients():
                        rows.append(to_row(message))
                        rows[-1].save()
        except Exception:
            if not self.fail_silently:
                raise
            return 0
        enqueue([row.pk for row in rows])
        return len(rows)


@sender(Message.Channel.EMAIL)
def send_email(row):
    connection = get_connection(settings.CLUB_OUTBOX_EMAIL_BACKEND, fail_silently=False)
    connection.send_messages([from_row(row)])


def queue_once(items, compose):
    """Queue an email per `{key: item}` whose key is not in the outbox yet; returns how many.

    `compose(item)` makes the message, only for new keys. Idempotent: queuing the same keys
    again (a resumed or repeated send) adds and sends nothing. A few queries per call,
    whatever its size; the caller passes batches.
    """
    taken = set(Message.objects.filter(key__in=list(items)).values_list("key", flat=True))
    rows = []
    for key, item in items.items():
        message = compose(item) if key not in taken else None
        if message is not None and message.recipients():
            rows.append(to_row(message))
            rows[-1].key = key
    Message.objects.bulk_create(rows, ignore_conflicts=True)
    new = Message.objects.filter(
        key__in=[row.key for row in rows], status=Message.Status.PENDING, attempts=0
    )
    ids = list(new.values_list("pk", flat=True))
    enqueue(ids)
    return len(ids)
