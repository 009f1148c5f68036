"""The outbox's task: deliver one row; on a failure it re-enqueues itself for later."""

from django.db import IntegrityError, transaction
from django_tasks import task

from . import delivery
from .models import Message


@task()
def deliver_message(message_id):
    status = delivery.deliver(message_id)
    if status == Message.Status.PENDING and deliver_message.get_backend().supports_defer:
        message = Message.objects.only("next_attempt_at").get(pk=message_id)
        deliver_message.using(run_after=message.next_attempt_at).enqueue(message_id)
    return status


def enqueue(message_ids):
    for message_id in message_ids:
        deliver_message.enqueue(message_id)


def queue_once(key, **fields):
    """The outbox row with `key`, queued for sending the first time only (a Telegram post of
    a page, an xAPI statement): a second call, or a concurrent one, returns the same row."""
    try:
        with transaction.atomic():
            row, created = Message.objects.get_or_create(key=key[:100], defaults=fields)
    except IntegrityError:
        return Message.objects.get(key=key[:100])
    if created:
        enqueue([row.pk])
    return row
