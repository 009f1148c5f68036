"""Newsletter issues: start one from the latest news, render it, test it, send it resumably.

Sending (`send_pending`) walks the issue's pending delivery rows in small batches, re-reading
each batch, so memory stays flat whatever the number of subscribers; each row is marked sent
right after its email leaves, in its own short transaction. Stopped half-way (a crash, a
restart of the worker), the next run sends only the rows still pending. A subscriber who left
meanwhile is skipped. The one remaining window: the process dying between the mail server
accepting a message and the row being marked, which repeats that single message.
"""

import html
import re
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import Q
from django.utils import formats, timezone, translation
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from .mailing import subscriber_message
from .models import (
    DeliveryStatus,
    EventPage,
    IssueStatus,
    NewsletterDelivery,
    NewsletterIssue,
    NewsPage,
    Subscription,
    SubscriptionStatus,
)

BATCH_SIZE = 100
LEASE = timedelta(minutes=5)
LATEST_COUNT = 5
TEMPLATE = "news/emails/newsletter"
_ABSOLUTE = re.compile(r'(href|src)="/(?!/)')
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|ul|ol)>|<br\s*/?>", re.IGNORECASE)
_LINK = re.compile(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', re.IGNORECASE | re.DOTALL)


def confirmed_subscribers(language):
    return Subscription.objects.filter(language=language, status=SubscriptionStatus.CONFIRMED)


def html_to_text(markup):
    """Plain-text alternative of the issue: paragraphs on their own lines, links spelled out."""
    markup = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", markup)
    markup = re.sub(r"<li[^>]*>", "• ", markup, flags=re.IGNORECASE)
    text = html.unescape(strip_tags(_BLOCK_END.sub("\n", markup)))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def render_issue(issue):
    """The issue's text as HTML (links absolute, for a mail reader) and as plain text."""
    markup = _ABSOLUTE.sub(rf'\1="{settings.SITE_BASE_URL}/', expand_db_html(issue.body))
    return {"issue": issue, "issue_html": markup, "issue_text": html_to_text(markup)}


def _page_link(page, text):
    return format_html('<a linktype="page" id="{}">{}</a>', page.pk, text)


def draft_from_latest(language, user):
    """A draft issue listing the latest news and the upcoming events of that language."""
    news = NewsPage.objects.live().public().filter(locale__language_code=language)
    events = EventPage.objects.live().public().filter(locale__language_code=language)
    news = news.order_by("-date", "-pk")[:LATEST_COUNT]
    events = events.filter(end__gt=timezone.now()).order_by("start", "pk")[:LATEST_COUNT]
    with translation.override(language):
        parts = []
        if news:
            items = [(_page_link(page, page.title), page.intro) for page in news]
            parts += [
                format_html("<h2>{}</h2>", _("Latest news")),
                format_html("<ul>{}</ul>", format_html_join("", "<li>{} — {}</li>", items)),
            ]
        if events:
            items = [
                (
                    _page_link(event, event.title),
                    formats.date_format(timezone.localtime(event.start), "DATETIME_FORMAT"),
                )
                for event in events
            ]
            parts += [
                format_html("<h2>{}</h2>", _("Upcoming events")),
                format_html("<ul>{}</ul>", format_html_join("", "<li>{} — {}</li>", items)),
            ]
        subject = _("News of the Club, %(date)s") % {
            "date": formats.date_format(timezone.localdate(), "DATE_FORMAT")
        }
    return NewsletterIssue.objects.create(
        language=language, subject=subject, body="".join(parts), created_by=user
    )


def send_test(issue, user):
    """The issue to the editor herself, exactly as subscribers will get it."""
    tester = Subscription(email=user.email, language=issue.language)
    subscriber_message(tester, TEMPLATE, render_issue(issue)).send()


def start_sending(issue):
    """Draft → sending, once. True when this call started it (a double click does not)."""
    started = NewsletterIssue.objects.filter(pk=issue.pk, status=IssueStatus.DRAFT).update(
        status=IssueStatus.SENDING, send_started_at=timezone.now()
    )
    return bool(started)


def prepare_deliveries(issue, chunk_size=1000):
    """A pending delivery row per confirmed subscriber of the issue's language (idempotent)."""
    subscribers = confirmed_subscribers(issue.language).values_list("pk", "email").order_by("pk")
    chunk = []
    for pk, email in subscribers.iterator(chunk_size=chunk_size):
        chunk.append(NewsletterDelivery(issue=issue, subscription_id=pk, email=email.lower()))
        if len(chunk) >= chunk_size:
            NewsletterDelivery.objects.bulk_create(chunk, ignore_conflicts=True)
            chunk = []
    NewsletterDelivery.objects.bulk_create(chunk, ignore_conflicts=True)


def _mark(delivery, status, error=""):
    NewsletterDelivery.objects.filter(pk=delivery.pk, status=DeliveryStatus.PENDING).update(
        status=status, sent_at=timezone.now(), error=error[:500]
    )


def _deliver(delivery, issue, rendered, connection):
    subscription = delivery.subscription
    if (
        subscription is None
        or subscription.status != SubscriptionStatus.CONFIRMED
        or subscription.language != issue.language
    ):
        _mark(delivery, DeliveryStatus.SKIPPED)
        return
    message = subscriber_message(subscription, TEMPLATE, rendered, connection=connection)
    try:
        message.send()
    except OSError as error:  # smtplib's errors are OSErrors: this address failed, go on
        _mark(delivery, DeliveryStatus.FAILED, f"{type(error).__name__}: {error}")
        return
    _mark(delivery, DeliveryStatus.SENT)


def _hold_lease(issue, claim=False):
    """Take (claim=True: only if free or expired) or renew the issue's lease; True if held."""
    now = timezone.now()
    issues = NewsletterIssue.objects.filter(pk=issue.pk, status=IssueStatus.SENDING)
    if claim:
        issues = issues.filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
    return bool(issues.update(lease_until=now + LEASE))


def send_pending(issue, limit=None, batch_size=BATCH_SIZE):
    """Send the issue's pending deliveries, at most `limit`; the issue is 'sent' when none is left.

    Returns how many deliveries were handled in this call (0 when another worker holds it).
    """
    if not _hold_lease(issue, claim=True):
        return 0
    rendered = render_issue(issue)
    pending = NewsletterDelivery.objects.filter(issue=issue, status=DeliveryStatus.PENDING)
    handled = 0
    try:
        with get_connection() as connection:
            while limit is None or handled < limit:
                size = batch_size if limit is None else min(batch_size, limit - handled)
                batch = list(pending.select_related("subscription").order_by("pk")[:size])
                if not batch:
                    break
                _hold_lease(issue)
                for delivery in batch:
                    _deliver(delivery, issue, rendered, connection)
                handled += len(batch)
    finally:
        NewsletterIssue.objects.filter(pk=issue.pk).update(lease_until=None)
    if not pending.exists():
        NewsletterIssue.objects.filter(pk=issue.pk, status=IssueStatus.SENDING).update(
            status=IssueStatus.SENT, sent_at=timezone.now()
        )
    return handled


def send_issue(issue_id, limit=None):
    """The whole send (or its resumption) of one issue that is being sent; else nothing."""
    issue = NewsletterIssue.objects.filter(pk=issue_id, status=IssueStatus.SENDING).first()
    if issue is None:
        return 0
    prepare_deliveries(issue)
    return send_pending(issue, limit=limit)
