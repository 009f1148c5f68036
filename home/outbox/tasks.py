"""The outbox's task: deliver one row; on a failure it re-enqueues itself for later."""

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
