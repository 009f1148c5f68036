"""The outbox sweep: send what is due (a lost task, a dead worker) and forget old sent mail."""

from django.core.management.base import BaseCommand

from home.outbox import delivery


class Command(BaseCommand):
    help = "Send every outgoing message that is due now and prune old sent ones."

    def handle(self, *args, **options):
        counts = delivery.deliver_due()
        pruned = delivery.prune()
        summary = ", ".join(f"{status}: {count}" for status, count in sorted(counts.items()))
        self.stdout.write(f"Outbox: {summary or 'nothing due'}; pruned {pruned}.")
