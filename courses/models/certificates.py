"""Certificates of completion: issued once per member and course, verified by a public code.

The names on a certificate (hers, the course's in each language, the mentor's) and the
course's hours are copied when it is issued, so a later rename of a page or an account
never changes a certificate someone has already shown. It goes with her account (cascade); editors revoke, never add.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_code():
    """128 random bits, URL-safe: a code cannot be guessed or counted through."""
    return secrets.token_urlsafe(16)


class Certificate(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("member"),
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    code = models.CharField(
        _("verification code"), max_length=32, unique=True, default=new_code, editable=False
    )
    full_name = models.CharField(_("name on the certificate"), max_length=150, editable=False)
    course_titles = models.JSONField(_("course title"), default=dict, editable=False)
    mentor_name = models.CharField(_("mentor"), max_length=150, blank=True, editable=False)
    hours = models.PositiveSmallIntegerField(
        _("hours of study"), null=True, blank=True, editable=False
    )
    language = models.CharField(
        _("language"), max_length=2, choices=settings.LANGUAGES, editable=False
    )
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now, editable=False)
    revoked = models.BooleanField(
        _("revoked"),
        default=False,
        help_text=_("A revoked certificate shows as revoked on its verification page."),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)
    revocation_reason = models.TextField(
        _("reason for revoking"),
        blank=True,
        help_text=_("Shown on the verification page. Leave empty to show no reason."),
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        # Certificates are issued only by completing a course and go only with an account.
        default_permissions = ("change", "view")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="courses_one_certificate")
        ]

    def __str__(self):
        return f"{self.full_name} · {self.course_title()}"

    def save(self, *args, **kwargs):
        if self.revoked and self.revoked_at is None:
            self.revoked_at = timezone.now()
        elif not self.revoked:
            self.revoked_at = None
        super().save(*args, **kwargs)

    def course_title(self, language=None):
        """The course's title in `language`, else in the language it was issued in."""
        titles = self.course_titles or {}
        return titles.get(language or self.language) or titles.get(self.language) or ""

    @property
    def is_valid(self):
        return not self.revoked
