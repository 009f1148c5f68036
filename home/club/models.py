"""The Club's own space: her directory entry, initiatives, offers of help, comments, reports.

Members' posts are plain Django models (never pages, snippets or indexed models), so they never
reach search, feeds, the sitemap, the page cache or the public API. Comments and reports point
at any post through a generic relation, so a feature's posts (shared reflections) use them too.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.members.choices import Oblast
from home.members.models import MemberProfile
from home.tracks import Track

from .access import can_moderate_initiatives
from .posts import ClubPost

ABOUT_MAX_LENGTH = 600
TITLE_MAX_LENGTH = 150
TEXT_MAX_LENGTH = 3000
MESSAGE_MAX_LENGTH = 1000
COMMENT_MAX_LENGTH = 2000


def sort_name_of(user_id):
    """Her member profile's full name, None without one (as the directory sorted by before)."""
    names = MemberProfile.objects.filter(user_id=user_id).values_list("full_name", flat=True)
    return names.first()


class ClubProfile(models.Model):
    """Whether and how she appears in the members' directory. Off until she opts in.

    Name, role, oblast and municipality come from her member profile; her contacts are shown
    only as far as she chose, and only to members.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="club_profile",
        verbose_name=_("member"),
    )
    listed = models.BooleanField(_("show me in the Club's directory"), default=False)
    about = models.TextField(_("about me"), max_length=ABOUT_MAX_LENGTH, blank=True)
    tracks = models.ManyToManyField(
        Track, blank=True, related_name="club_profiles", verbose_name=_("tracks of interest")
    )
    show_telegram = models.BooleanField(_("my Telegram username"), default=False)
    show_phone = models.BooleanField(_("my phone number"), default=False)
    show_email = models.BooleanField(_("my email address"), default=False)
    notify_replies = models.BooleanField(
        _("email me when members offer help or comment on my posts"), default=True
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Her member profile's full name (None without one), copied so that the directory reads
    # one page in name order from an index of this table instead of sorting every member
    # across the join; kept in step by names.py.
    sort_name = models.CharField(max_length=150, null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("Club profile")
        verbose_name_plural = _("Club profiles")
        indexes = [
            models.Index(
                fields=["sort_name", "id"], condition=Q(listed=True), name="club_directory_order"
            )
        ]

    def __str__(self):
        return str(self.user)

    def save(self, *args, **kwargs):
        self.sort_name = sort_name_of(self.user_id)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "sort_name"}
        super().save(*args, **kwargs)


class InitiativeStatus(models.TextChoices):
    IDEA = "idea", _("Idea")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")


class Initiative(ClubPost, models.Model):
    # Kept without an author when she deletes her account and others had answered it.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="club_initiatives",
        verbose_name=_("author"),
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    problem = models.TextField(_("the problem"), max_length=TEXT_MAX_LENGTH)
    goal = models.TextField(_("the goal"), max_length=TEXT_MAX_LENGTH)
    municipality = models.CharField(_("municipality"), max_length=150)
    oblast = models.CharField(_("oblast"), max_length=20, choices=Oblast.choices)
    track = models.ForeignKey(
        Track,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="club_initiatives",
        verbose_name=_("track"),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=InitiativeStatus.choices,
        default=InitiativeStatus.IDEA,
    )
    help_needed = models.TextField(_("help needed"), max_length=TEXT_MAX_LENGTH)
    # "<provider>:<id>", e.g. a stakeholder map from one of her reflections (attachments.py).
    attachment = models.CharField(_("attachment"), max_length=80, blank=True, editable=False)
    language = models.CharField(_("language"), max_length=8, blank=True, editable=False)
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Featured initiatives come first.")
    )
    hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("Hidden initiatives are shown to no member.")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    comments = GenericRelation("club.Comment")
    reports = GenericRelation("club.Report")

    club_text_field = "problem"

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["-featured", "-created_at", "-pk"]
        # The list's order for the visible ones: a page reads (and counts the offers and
        # comments of) its own rows only, however many initiatives there are.
        indexes = [
            models.Index(
                fields=["-featured", "-created_at", "-id"],
                condition=Q(hidden=False),
                name="club_initiative_order",
            )
        ]
        permissions = [("moderate_initiative", _("Can feature or hide initiatives in the Club"))]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("club:initiative", args=[self.pk])

    def club_url(self):
        return self.get_absolute_url()

    def club_texts(self):
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in ("title", "problem", "goal", "help_needed")
        ]

    def is_visible_to(self, user):
        return super().is_visible_to(user) or can_moderate_initiatives(user)


class OfferOfHelp(ClubPost, models.Model):
    """ "I can help": one per member and initiative."""

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="offers", verbose_name=_("initiative")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="club_offers",
        verbose_name=_("member"),
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    hidden = models.BooleanField(_("hidden"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)

    reports = GenericRelation("club.Report")

    club_text_field = "message"

    class Meta:
        verbose_name = _("offer of help")
        verbose_name_plural = _("offers of help")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "author"], name="club_one_offer_per_member"
            )
        ]

    def __str__(self):
        return f"{self.initiative_id} · {self.author_id}"

    def club_url(self):
        return f"{self.initiative.get_absolute_url()}#offer-{self.pk}"

    def club_parent(self):
        return self.initiative


class Comment(ClubPost, models.Model):
    """A comment on any Club post: an initiative, or a feature's post (a shared reflection)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="club_comments",
        verbose_name=_("author"),
    )
    text = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH)
    hidden = models.BooleanField(_("hidden"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)

    reports = GenericRelation("club.Report")

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "created_at"])]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} · {self.author_id}"

    def club_url(self):
        return f"{self.target.club_url()}#comment-{self.pk}" if self.target else ""

    def club_parent(self):
        return self.target


class ReportReason(models.TextChoices):
    OFFENSIVE = "offensive", _("Offensive or hostile")
    PERSONAL_DATA = "personal_data", _("Shares someone's personal data")
    SPAM = "spam", _("Advertising or spam")
    MISLEADING = "misleading", _("False or misleading")
    OTHER = "other", _("Something else")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Waiting for an editor")
    HIDDEN = "hidden", _("Post hidden")
    KEPT = "kept", _("Post kept")


class Report(models.Model):
    """A member's report of a post, decided by an editor in the admin."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="club_reports",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("details"), max_length=MESSAGE_MAX_LENGTH, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ReportStatus.choices,
        default=ReportStatus.OPEN,
        db_index=True,
    )
    note = models.TextField(_("note for other editors"), max_length=MESSAGE_MAX_LENGTH, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("decided by"),
    )
    handled_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("reported"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("report of a post")
        verbose_name_plural = _("reports of posts")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "reporter"], name="club_one_report_per_post"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        permissions = [
            ("moderate_post", _("Can see reports of Club posts and hide or keep the posts"))
        ]

    def __str__(self):
        return str(_("Report %(number)s")) % {"number": self.pk}
