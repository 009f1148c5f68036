"""The newsletter sends through the outbox only: its deliveries become outbox messages.

A sent or failed delivery becomes a sent or failed outbox message under the key the newsletter
now uses (news.newsletter.message_key, spelled out here as migrations must not follow the
code), so the issue's page still counts it and a resumed send never repeats it. A pending
delivery needs no row: its issue is still 'sending', and resuming queues what is missing. A
skipped one (she had left) has nothing to keep. Reversing restores the table, empty.
"""

import hashlib

from django.db import migrations


def key(issue_id, email):
    return f"newsletter:{issue_id}:{hashlib.sha256(email.lower().encode()).hexdigest()[:40]}"


def deliveries_to_outbox(apps, schema_editor):
    Delivery = apps.get_model("news", "NewsletterDelivery")
    Message = apps.get_model("outbox", "Message")
    rows = []
    done = Delivery.objects.filter(status__in=["sent", "failed"]).select_related("issue")
    for delivery in done.iterator(chunk_size=1000):
        rows.append(
            Message(
                channel="email",
                key=key(delivery.issue_id, delivery.email),
                recipient=delivery.email,
                subject=delivery.issue.subject[:255],
                status=delivery.status,
                attempts=1,
                last_error=delivery.error,
                sent_at=delivery.sent_at if delivery.status == "sent" else None,
            )
        )
        if len(rows) >= 1000:
            Message.objects.bulk_create(rows, ignore_conflicts=True)
            rows = []
    Message.objects.bulk_create(rows, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_newsletter_editor_permissions"),
        ("outbox", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(deliveries_to_outbox, migrations.RunPython.noop),
        migrations.RemoveField(model_name="newsletterissue", name="lease_until"),
        migrations.DeleteModel(name="NewsletterDelivery"),
    ]
