"""`manage.py send_reminders [--loop SECONDS]`: every due reminder, once (Asia/Bishkek time).

Idempotent: run it from cron (`*/15 * * * * .venv/bin/python manage.py send_reminders`) or let
it loop beside the task worker; running it twice, or twice at once, sends nothing twice.
"""

import time

from django.core.management.base import BaseCommand

from home.reminders import run_reminders


class Command(BaseCommand):
    help = "Send every due reminder and notification once; --loop repeats every N seconds."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", type=int, default=0, metavar="SECONDS", help="repeat every SECONDS"
        )

    def handle(self, *args, loop=0, **options):
        while True:
            sent = run_reminders()
            summary = ", ".join(f"{kind}: {count}" for kind, count in sorted(sent.items()))
            self.stdout.write(f"Reminders sent — {summary or 'none due'}")
            if not loop:
                return
            time.sleep(loop)
