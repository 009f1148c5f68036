"""Background work of the news app, run by the task worker (immediately in tests)."""

from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from . import newsletter
from .models import IssueStatus, NewsletterIssue


@task()
def send_newsletter(issue_id):
    """Send an issue to its subscribers, or resume a send that stopped half-way."""
    return newsletter.send_issue(issue_id)


def resume_interrupted_newsletters(now=None):
    """Issues left 'sending' by a stopped worker go on (scheduled; a no-op when none)."""
    stalled = NewsletterIssue.objects.filter(status=IssueStatus.SENDING).filter(
        Q(lease_until__isnull=True) | Q(lease_until__lt=now or timezone.now())
    )
    for issue_id in stalled.values_list("pk", flat=True):
        send_newsletter.enqueue(issue_id)
