"""Newsletter issues: start one from the latest news, render it, test it, send it.

Sending hands the issue to the outbox (home/outbox), one message per confirmed subscriber of
its language, in batches so memory stays flat whatever their number. Each message is keyed
by the issue and the address, so a send that stops half-way and runs again (the scheduler
resumes it), or a second click, queues only what is missing: nobody gets the issue twice.
The outbox sends, retries and records failures; the issue's page reads them from there.
"""

import hashlib
import html
import re

from django.conf import settings
from django.db.models import Count
from django.utils import formats, timezone, translation
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from home.outbox import delivery
from home.outbox.mail import queue_once
from home.outbox.models import Message
from home.outbox.tasks import enqueue

from .mailing import subscriber_message
from .models import (
    EventPage,
    IssueStatus,
    NewsletterIssue,
    NewsPage,
    Subscription,
    SubscriptionStatus,
)

BATCH_SIZE = 100
KEY_PREFIX = "newsletter:"
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


def message_key(issue_id, email):
    """The outbox key of the issue's email to an address (hashed: keys are short)."""
    digest = hashlib.sha256(email.lower().encode()).hexdigest()[:40]
    return f"{KEY_PREFIX}{issue_id}:{digest}"


def messages(issue):
    """The issue's emails in the outbox (the key's prefix is indexed)."""
    return Message.objects.filter(key__startswith=f"{KEY_PREFIX}{issue.pk}:")


def messages_to(email):
    """Every issue's email to this address (her data download, her erasure)."""
    return Message.objects.filter(key__startswith=KEY_PREFIX, recipient__iexact=email)


def delivery_counts(issue):
    """{pending, sent, failed: count} of the issue's emails in the outbox (one query)."""
    counts = dict.fromkeys(Message.Status.values, 0)
    counts.update(messages(issue).values_list("status").annotate(n=Count("pk")).order_by())
    return counts


def retry_failed(issue):
    """Her retry on the issue's page: its failed emails are due again now."""
    ids = delivery.retry(messages(issue).filter(status=Message.Status.FAILED))
    enqueue(ids)
    return len(ids)


def send_issue(issue_id, batch_size=BATCH_SIZE):
    """Queue the issue (or what is missing of it) for its subscribers, then mark it sent.

    Returns how many emails this call queued; 0 for an issue that is not being sent.
    """
    issue = NewsletterIssue.objects.filter(pk=issue_id, status=IssueStatus.SENDING).first()
    if issue is None:
        return 0
    rendered = render_issue(issue)
    subscribers = confirmed_subscribers(issue.language).order_by("pk")
    queued, last_pk = 0, 0
    while batch := list(subscribers.filter(pk__gt=last_pk)[:batch_size]):
        last_pk = batch[-1].pk
        keyed = {message_key(issue.pk, s.email): s for s in batch}
        queued += queue_once(keyed, lambda s: subscriber_message(s, TEMPLATE, rendered))
    NewsletterIssue.objects.filter(pk=issue.pk, status=IssueStatus.SENDING).update(
        status=IssueStatus.SENT, sent_at=timezone.now()
    )
    return queued
