"""Models of the home/members app: a member's profile and her application to join.

Both are plain Django models (never pages, snippets or indexed): this is personal data.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import ClubRole, Oblast
from .validators import validate_kyrgyz_phone, validate_telegram_username


def member_name(user):
    """How a person is named everywhere: her profile's full name, else her account's."""
    profile = getattr(user, "member_profile", None)  # None when the account has no profile
    return getattr(profile, "full_name", "") or user.get_full_name() or user.get_username()


class MemberProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member_profile",
        verbose_name=_("user"),
    )
    full_name = models.CharField(_("full name"), max_length=150)
    role = models.CharField(_("role in the Club"), max_length=20, choices=ClubRole.choices)
    oblast = models.CharField(_("oblast"), max_length=20, choices=Oblast.choices)
    municipality = models.CharField(
        _("municipality"),
        max_length=150,
        blank=True,
        help_text=_("Aiyl okmotu or city."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=2,
        choices=settings.LANGUAGES,
        default="ky",
        help_text=_("The site and our emails switch to this language after you sign in."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        validators=[validate_kyrgyz_phone],
        help_text=_("Format: +996 XXX XXX XXX"),
    )
    telegram_username = models.CharField(
        _("Telegram username"),
        max_length=33,
        blank=True,
        validators=[validate_telegram_username],
    )
    is_example = models.BooleanField(
        _("example account"),
        default=False,
        help_text=_(
            "Demo content: this person, her contacts and her posts are made up, and members "
            "see them marked as an example."
        ),
    )
    notify_feedback = models.BooleanField(
        _("email me when my mentor answers a reflection"), default=True
    )
    notify_events = models.BooleanField(_("email me about upcoming events"), default=True)
    notify_news = models.BooleanField(_("email me the Club's news"), default=False)
    notify_new_courses = models.BooleanField(
        _("email me when a new course is published in my tracks"), default=True
    )
    notify_course_nudge = models.BooleanField(
        _("remind me of a course I started and left for a while"), default=True
    )
    notify_reflection_digest = models.BooleanField(
        _("mentors: email me a weekly digest of reflections waiting for my feedback"),
        default=True,
    )
    created_at = models.DateTimeField(_("joined"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")
        ordering = ["full_name"]
        indexes = [models.Index(fields=["oblast", "role"])]
        # Granted to groups in Settings → Groups; checked in home/members/access.py.
        permissions = [
            ("club_member", _("Takes part in the Club: members-only content and progress")),
            ("view_all_members", _("Can follow every member, in every oblast")),
        ]

    def __str__(self):
        return self.full_name or self.user.get_username()

    @property
    def email(self):
        return self.user.email

    @property
    def status(self):
        return member_status(self.user)

    def get_status_display(self):
        return MemberStatus(self.status).label

    email.fget.short_description = _("email")
    status.fget.short_description = _("status")


class OblastAssignment(models.Model):
    """An oblast a regional coordinator follows: made by editors, never by herself.

    The oblast on her own profile says where she lives and widens nothing.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="oblast_assignments",
        verbose_name=_("coordinator"),
    )
    oblast = models.CharField(_("oblast"), max_length=20, choices=Oblast.choices)
    assigned_at = models.DateTimeField(_("assigned"), auto_now_add=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("assigned by"),
    )

    class Meta:
        verbose_name = _("coordinator's oblast")
        verbose_name_plural = _("coordinators' oblasts")
        ordering = ["user__username", "oblast"]
        constraints = [
            models.UniqueConstraint(fields=["user", "oblast"], name="members_unique_assignment")
        ]

    def __str__(self):
        return f"{member_name(self.user)}: {self.get_oblast_display()}"


class MembershipApplication(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    full_name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(
        _("phone"),
        max_length=20,
        validators=[validate_kyrgyz_phone],
        help_text=_("Format: +996 XXX XXX XXX"),
    )
    role = models.CharField(_("role in the Club"), max_length=20, choices=ClubRole.choices)
    oblast = models.CharField(_("oblast"), max_length=20, choices=Oblast.choices)
    municipality = models.CharField(
        _("municipality"), max_length=150, help_text=_("Aiyl okmotu or city.")
    )
    motivation = models.TextField(
        _("why do you want to join the Club?"),
        max_length=2000,
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=settings.LANGUAGES, default="ky"
    )
    consent = models.BooleanField(_("consent to data processing"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="membership_applications",
        verbose_name=_("account"),
    )

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["status", "-submitted_at"])]

    def __str__(self):
        return f"{self.full_name} <{self.email}>"


class MemberStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    INVITED = "invited", _("Invited, no password yet")
    INACTIVE = "inactive", _("Deactivated")


def member_status(user):
    if not user.is_active:
        return MemberStatus.INACTIVE
    if not user.has_usable_password():
        return MemberStatus.INVITED
    return MemberStatus.ACTIVE
