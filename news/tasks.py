"""Background work of the news app, run by the task worker (immediately in tests)."""

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from . import newsletter
from .models import IssueStatus, NewsletterIssue

RESUME_AFTER = timedelta(minutes=5)


@task()
def send_newsletter(issue_id):
    """Send an issue to its subscribers, or resume a send that stopped half-way."""
    return newsletter.send_issue(issue_id)


def resume_interrupted_newsletters(now=None):
    """Issues left 'sending' for a while by a stopped worker go on (scheduled; a no-op when
    none). Resuming queues only the emails still missing, so an early resume is harmless."""
    before = (now or timezone.now()) - RESUME_AFTER
    stalled = NewsletterIssue.objects.filter(status=IssueStatus.SENDING, send_started_at__lt=before)
    for issue_id in stalled.values_list("pk", flat=True):
        send_newsletter.enqueue(issue_id)
