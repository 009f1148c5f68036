"""`make bench`, newsletter scenario: one issue to N confirmed subscribers (not a test).

Per N: time to enqueue (the send task: one rendered outbox message per subscriber, in
batches; the outbox's own tasks held back), time to send (the outbox sweep delivering them
with a locmem-like backend that keeps nothing), and the tracemalloc peak of both: flat in N
because subscribers are read and queued in batches.
Standalone: `python -m tests.bench.bench_newsletter [--small]` (throwaway SQLite database).
"""

import time
import tracemalloc
from unittest import mock

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

SIZES = (1000, 5000)


class DiscardingLocmem(EmailBackend):
    """locmem (each message fully rendered) without keeping 5,000 messages in memory."""

    def send_messages(self, messages):
        sent = super().send_messages(messages)
        mail.outbox.clear()
        return sent


BACKEND = "tests.bench.bench_newsletter.DiscardingLocmem"


def _one_run(count, traced):
    from django.test import override_settings

    from home.outbox import delivery
    from news import newsletter
    from news.models import NewsletterIssue, Subscription, SubscriptionStatus

    Subscription.objects.filter(email__startswith="bench-nl-").delete()
    Subscription.objects.bulk_create(
        (
            Subscription(
                email=f"bench-nl-{i}@example.org",
                language="en",
                status=SubscriptionStatus.CONFIRMED,
            )
            for i in range(count)
        ),
        batch_size=1000,
    )
    issue = NewsletterIssue.objects.create(
        language="en", subject="Bench issue", body="<p>Hello <a href='/en/news/'>news</a></p>"
    )
    if traced:
        tracemalloc.start()
        tracemalloc.reset_peak()
    started = time.perf_counter()
    newsletter.start_sending(issue)
    with mock.patch("home.outbox.mail.enqueue"):  # the sweep below sends, not a task each
        newsletter.send_issue(issue.pk)
    enqueue = time.perf_counter() - started
    with override_settings(CLUB_OUTBOX_EMAIL_BACKEND=BACKEND):
        started = time.perf_counter()
        delivery.deliver_due(limit=count)
        send = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024 if traced else None
    if traced:
        tracemalloc.stop()
    sent = newsletter.delivery_counts(issue)["sent"]
    newsletter.messages(issue).delete()
    issue.delete()
    Subscription.objects.filter(email__startswith="bench-nl-").delete()
    return enqueue, send, peak, sent


def measure(small=False):
    """{N: (enqueue s, send s, messages/s, peak MB, sent)}."""
    results = {}
    for count in (size // 10 for size in SIZES) if small else SIZES:
        enqueue, send, _peak, sent = _one_run(count, traced=False)
        _e, _s, peak, _sent = _one_run(count, traced=True)
        results[count] = (enqueue, send, sent / send if send else 0.0, peak, sent)
    return results


def print_newsletter(results):
    print()
    print("Newsletter to N confirmed subscribers through the outbox (locmem backend keeping")
    print("nothing; peak = tracemalloc peak of queuing and sending, a second run):")
    print()
    print("| recipients | enqueue s | send s | messages/s | peak MB | sent |")
    print("|---|---|---|---|---|---|")
    for count, (enqueue, send, rate, peak, sent) in results.items():
        print(f"| {count} | {enqueue:.2f} | {send:.1f} | {rate:.0f} | {peak:.2f} | {sent} |")


def main():
    import argparse

    from .bench_run import setup

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="PostgreSQL URL of an EMPTY throwaway database")
    parser.add_argument("--small", action="store_true", help="a tenth of the scale")
    args = parser.parse_args()
    setup(args)
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    print_newsletter(measure(small=args.small))


if __name__ == "__main__":
    main()
