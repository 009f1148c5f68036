"""The newsletter: an issue per language, written and sent from the admin.

What happened to each recipient's email is the outbox's record (news/newsletter.py reads it
by the issue's key), not a second table here.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

NEWSLETTER_FEATURES = ["h2", "h3", "bold", "italic", "link", "ul", "ol"]


class IssueStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")


class NewsletterIssue(models.Model):
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        help_text=_("Sent to the confirmed subscribers of this language."),
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = RichTextField(_("text"), features=NEWSLETTER_FEATURES)
    status = models.CharField(
        _("status"), max_length=10, choices=IssueStatus.choices, default=IssueStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("written by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    send_started_at = models.DateTimeField(_("sending started"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sending finished"), null=True, blank=True)

    panels = [FieldPanel("language"), FieldPanel("subject"), FieldPanel("body")]

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        ordering = ["-created_at", "-pk"]
        permissions = [("send_newsletterissue", _("Can send a newsletter to subscribers"))]

    def __str__(self):
        return self.subject

    @property
    def is_draft(self):
        return self.status == IssueStatus.DRAFT
