"""Reminders and notifications: each feature registers its jobs, home runs them once each.

A feature registers `register_reminder` with a function `job(now)` that yields `Reminder`s
(who, what kind, a key saying which occasion, the email's name and context); the key is
what makes a reminder "the same" (the event and its start time, a course, an ISO week).
`run_reminders` sends each (kind, member, key) at most once, ever: the `SentReminder` row is
written in the same transaction as the email is handed over, so running the scheduler twice,
or two schedulers at once, sends nothing twice. `register_scheduled_job` functions `job(now)`
run on every pass too (e.g. resuming an interrupted newsletter). Times are Asia/Bishkek
(TIME_ZONE); emails go out in each member's language (`send_member_email`).
"""

import collections
import dataclasses
import logging

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .emails import send_member_email

REMINDER_HOOK = "register_reminder"
SCHEDULED_HOOK = "register_scheduled_job"
logger = logging.getLogger(__name__)


class SentReminder(models.Model):
    """A reminder that went out: (kind, member, key) is never sent again."""

    kind = models.CharField(_("kind"), max_length=40)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="sent_reminders",
        verbose_name=_("member"),
    )
    key = models.CharField(_("occasion"), max_length=200)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        app_label = "home"
        verbose_name = _("sent reminder")
        verbose_name_plural = _("sent reminders")
        constraints = [
            models.UniqueConstraint(fields=["kind", "user", "key"], name="home_reminder_once")
        ]

    def __str__(self):
        return f"{self.kind} · {self.user_id} · {self.key}"


@dataclasses.dataclass
class Reminder:
    kind: str
    user: object
    key: str
    email: str  # the email's name for home/emails.py, e.g. "news/emails/reminder"
    context: dict = dataclasses.field(default_factory=dict)


def wants(user, switch):
    """Her switch on the account page (on when she has no profile yet, as the defaults)."""
    profile = getattr(user, "member_profile", None)
    return bool(getattr(profile, switch, True))


def already_sent(kind, keys):
    """{(user_id, key)} of reminders of `kind` already sent for these keys (one query)."""
    sent = SentReminder.objects.filter(kind=kind, key__in=list(keys))
    return set(sent.values_list("user_id", "key"))


def deliver(reminder):
    """Send it unless it was sent before; True when sent now."""
    user = reminder.user
    if not user.email or not user.is_active:
        return False
    try:
        with transaction.atomic():
            _record, created = SentReminder.objects.get_or_create(
                kind=reminder.kind, user=user, key=reminder.key[:200]
            )
            if created:
                send_member_email(user, reminder.email, reminder.context)
    except IntegrityError:  # another scheduler sent it at the same moment
        return False
    except OSError:  # the mail server refused: nothing recorded, the next run tries again
        logger.exception("Reminder %s to user %s not sent", reminder.kind, user.pk)
        return False
    return created


def run_reminders(now=None):
    """One pass of every registered job; returns {kind: number sent}."""
    now = now or timezone.now()
    for job in hooks.get_hooks(SCHEDULED_HOOK):
        job(now)
    sent = collections.Counter()
    for job in hooks.get_hooks(REMINDER_HOOK):
        for reminder in job(now):
            if deliver(reminder):
                sent[reminder.kind] += 1
    return sent
