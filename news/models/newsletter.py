"""The newsletter: an issue per language, and one delivery record per recipient.

A delivery row is made for every confirmed subscriber of the issue's language before the
first email goes out (unique per issue and address); each row is marked sent in its own small
transaction, so a send that stops half-way resumes with the rows still pending and nobody gets
the issue twice. Deliveries are private records: plain models, never pages or indexed.
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


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    SKIPPED = "skipped", _("Skipped: unsubscribed")


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
    # While a worker sends, it holds this lease and renews it per batch; a second worker (or
    # the scheduler's resumption) starts only once it has expired.
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)

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

    def delivery_counts(self):
        """{status: count} of this issue's deliveries, every status present (one query)."""
        counts = dict.fromkeys(DeliveryStatus.values, 0)
        rows = self.deliveries.values_list("status").annotate(n=models.Count("pk"))
        counts.update(dict(rows))
        return counts


class NewsletterDelivery(models.Model):
    issue = models.ForeignKey(
        NewsletterIssue,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("newsletter issue"),
    )
    # The address is kept for the issue's history; the subscription goes when she leaves.
    email = models.EmailField(_("email"))
    subscription = models.ForeignKey(
        "news.Subscription",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("subscription"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("newsletter delivery")
        verbose_name_plural = _("newsletter deliveries")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["issue", "email"], name="news_one_delivery_per_address")
        ]
        indexes = [models.Index(fields=["issue", "status"])]

    def __str__(self):
        return f"{self.issue_id} → {self.email}"
