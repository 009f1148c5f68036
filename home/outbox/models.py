"""Every message the site sends (emails, Telegram posts) waits here until it has left.

A request only saves a row and enqueues a task; the worker sends it, retries with backoff
while the server is unreachable, and marks it failed after CLUB_OUTBOX_MAX_ATTEMPTS. Editors
see what is waiting or failed in the admin and may retry it. The rendered body (which may
hold a set-password link) is cleared once the message has left and is never shown in the
admin.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Message(models.Model):
    class Channel(models.TextChoices):
        EMAIL = "email", _("Email")
        TELEGRAM = "telegram", _("Telegram")
        XAPI = "xapi", _("xAPI statement")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    channel = models.CharField(_("Channel"), max_length=16, choices=Channel.choices)
    # Set for a message that must go out once only ever (a page's Telegram post).
    key = models.CharField(max_length=100, unique=True, null=True, blank=True, editable=False)
    recipient = models.CharField(_("Recipient"), max_length=255)
    subject = models.CharField(_("Subject"), max_length=255, blank=True)
    body = models.TextField(blank=True)
    payload = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        _("Status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("Attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("Next attempt"), default=timezone.now)
    last_error = models.TextField(_("Last error"), blank=True)
    created_at = models.DateTimeField(_("Created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("Sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing message")
        verbose_name_plural = _("outgoing messages")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]
        permissions = [("retry_message", "Can retry an outgoing message")]

    def __str__(self):
        return f"{self.get_channel_display()}: {self.recipient} — {self.subject}"
