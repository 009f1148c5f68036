"""Private records: who registered for which event, and who subscribed to the mailing list.

Plain Django models, never pages, snippets or indexed: they stay out of search and the API.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.members.models import member_name


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Registered")
    WAITING = "waiting", _("On the waiting list")


class EventRegistration(models.Model):
    """A member's place at an event (shared by all translations of the event page)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    event = models.ForeignKey(
        "news.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["event", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "event"], name="news_one_registration_per_event"
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.event}"

    # Columns of the participants' export in the admin.
    def full_name(self):
        return member_name(self.user)

    full_name.short_description = _("full name")

    def email(self):
        return self.user.email

    email.short_description = _("email")

    def event_start(self):
        return self.event.start

    event_start.short_description = _("start")


class SubscriptionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    CONFIRMED = "confirmed", _("Subscribed")


class Subscription(models.Model):
    """An address on AMUCA's mailing list, confirmed by a signed link (double opt-in)."""

    email = models.EmailField(_("email"), unique=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=SubscriptionStatus.choices,
        default=SubscriptionStatus.PENDING,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last email sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("mailing-list subscription")
        verbose_name_plural = _("mailing-list subscriptions")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email
