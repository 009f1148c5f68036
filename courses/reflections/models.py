"""Reflections on lessons, mentor feedback and stakeholder maps.

Private learner data: plain Django models, never pages, snippets or indexed models, so they
never reach search, feeds, sitemaps, the page cache or the public API. A reflection is keyed
to the lesson across its translations by the lesson page's `translation_key`.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from courses.stakeholders import Degree, Level, StakeholderType
from home.club.models import Comment, Report
from home.club.posts import EXCERPT_CHARS, ClubPost

ANSWER_MAX_LENGTH = 5000
QUESTIONS_MAX = 20


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    FEEDBACK_GIVEN = "feedback_given", _("Feedback given")
    REVISION_REQUESTED = "revision_requested", _("Revision requested")
    RESUBMITTED = "resubmitted", _("Resubmitted")


# Waiting for a mentor's answer.
AWAITING_FEEDBACK = (Status.SUBMITTED, Status.RESUBMITTED)
# The member may still change her text.
EDITABLE = (Status.DRAFT, Status.SUBMITTED, Status.REVISION_REQUESTED, Status.RESUBMITTED)


class ReflectionQuerySet(models.QuerySet):
    def submitted(self):
        """Everything a reviewer may see: drafts stay private to their author."""
        return self.exclude(status=Status.DRAFT)

    def awaiting_feedback(self):
        return self.filter(status__in=AWAITING_FEEDBACK)

    def shared(self):
        """Shared with the Club by their authors: members read them under the lesson."""
        return self.filter(shared_at__isnull=False, status=Status.FEEDBACK_GIVEN)


class Reflection(ClubPost, models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reflections",
        verbose_name=_("member"),
    )
    lesson_key = models.UUIDField(_("lesson"), db_index=True)
    course_key = models.UUIDField(_("course"))  # indexed below, with what reports count
    language = models.CharField(_("language"), max_length=8, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )  # no index of its own: SQLite chose it over the queue's indexes and sorted every match
    # [{"question": "...", "answer": "..."}, ...]: plain text, escaped wherever shown.
    answers = models.JSONField(_("answers"), default=list, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, db_index=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    # Set while she shares it with the Club (after her mentor's feedback; revocable).
    shared_at = models.DateTimeField(_("shared with the Club"), null=True, blank=True)

    # Members' comments and reports on it once shared; deleted with it.
    club_comments = GenericRelation(Comment)
    club_reports = GenericRelation(Report)

    objects = ReflectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        ordering = ["submitted_at", "pk"]
        indexes = [
            # The reports' counts per course (submitted, answered) from the index alone.
            models.Index(
                fields=["course_key", "status", "answered_at"], name="reflections_course_counts"
            ),
            # The review queue pages through these in its order (oldest or newest first)
            # without sorting: the waiting ones by default, every submitted one under a filter.
            # Status comes last so the page's ids (and the counts per status) come from the
            # index alone.
            models.Index(
                fields=["submitted_at", "id", "status"],
                condition=models.Q(status__in=AWAITING_FEEDBACK),
                name="reflections_awaiting_queue",
            ),
            models.Index(
                fields=["submitted_at", "id", "status"],
                condition=~models.Q(status=Status.DRAFT),
                name="reflections_submitted_queue",
            ),
            # Under a lesson, the latest reflections members shared: a few rows of this index,
            # however many reflections the lesson has.
            models.Index(
                fields=["lesson_key", "-shared_at"],
                condition=models.Q(shared_at__isnull=False),
                name="reflections_shared_on_lesson",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="reflections_one_per_member_and_lesson"
            )
        ]
        permissions = [
            ("review_reflection", _("Can review reflections and write feedback")),
            ("view_progress_reports", _("Can view learning progress reports")),
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_key}"

    @property
    def is_editable(self):
        return self.status in EDITABLE

    @property
    def awaits_feedback(self):
        return self.status in AWAITING_FEEDBACK

    def answer_texts(self):
        return [item.get("answer", "") for item in self.answers if isinstance(item, dict)]

    @property
    def can_be_shared(self):
        return self.status == Status.FEEDBACK_GIVEN

    @property
    def is_shared(self):
        return self.shared_at is not None and self.can_be_shared

    # --- As a Club post (home/club/posts.py): comments, reports, moderation -----------------

    def club_author(self):
        return self.user

    def club_excerpt(self):
        return Truncator(" ".join(self.answer_texts())).chars(EXCERPT_CHARS)

    def club_url(self):
        return reverse("reflections:shared", args=[self.pk])

    def club_texts(self):
        return [
            (item.get("question", ""), item.get("answer", ""))
            for item in self.answers
            if isinstance(item, dict)
        ]

    def is_hidden(self):
        return not self.is_shared

    def is_visible_to(self, user):
        """In the Club only what she shares, for everyone: she reads her drafts on her
        lesson's reflection page, reviewers in the admin's review (within their scope)."""
        return self.is_shared

    def set_hidden(self, hidden):
        """Moderators can stop the sharing; only she can share again."""
        if not hidden or self.shared_at is None:
            return False
        self.shared_at = None
        self.save(update_fields=["shared_at", "updated_at"])
        return True


class Feedback(models.Model):
    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("reflection")
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("mentor"),
    )
    text = models.TextField(_("feedback"), max_length=ANSWER_MAX_LENGTH)
    asks_revision = models.BooleanField(_("asks for a revision"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    # Seconds from the (re)submission to this answer: the reports' "time to feedback".
    response_seconds = models.PositiveIntegerField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.reflection_id} · {self.created_at:%Y-%m-%d}"


class StakeholderEntry(models.Model):
    reflection = models.ForeignKey(
        Reflection,
        on_delete=models.CASCADE,
        related_name="stakeholders",
        verbose_name=_("reflection"),
    )
    position = models.PositiveSmallIntegerField(default=0)
    stakeholder = models.CharField(_("stakeholder"), max_length=200)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    kind = models.CharField(_("type"), max_length=16, choices=StakeholderType.choices)
    interests = models.TextField(_("interests"), max_length=1000)
    influence = models.CharField(_("influence"), max_length=8, choices=Degree.choices)
    interest = models.CharField(_("interest"), max_length=8, choices=Degree.choices)
    cooperation = models.TextField(_("possible cooperation"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("stakeholder")
        verbose_name_plural = _("stakeholders")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.stakeholder


class ProgressFigures(models.Model):
    """The course and oblast reports' figures, recomputed in the background (one row).

    `figures` maps "course_key|oblast" ("*" for all) to counts and a median wait; see
    `report_figures`. Aggregates only: no member can be told apart in them.
    """

    computed_at = models.DateTimeField(_("computed at"))
    figures = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("progress figures")
        verbose_name_plural = _("progress figures")

    def __str__(self):
        return f"{self.computed_at:%Y-%m-%d %H:%M}"


MESSAGE_MAX_LENGTH = 3000


class ReflectionMessage(models.Model):
    """One message of the conversation after feedback: the member asks, her mentor replies.

    Never changes the reflection's status. `read_at` is when the other side first saw it,
    so her dashboard can say "your mentor replied". Deleted with the reflection.
    """

    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="messages", verbose_name=_("reflection")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    # Her side or the reviewers' side (the author's account may be gone).
    by_member = models.BooleanField(_("written by the member"))
    body = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    class Meta:
        verbose_name = _("message on a reflection")
        verbose_name_plural = _("messages on reflections")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["reflection", "created_at"], name="reflection_thread")]

    def __str__(self):
        return f"{self.reflection_id} · {self.created_at:%Y-%m-%d %H:%M}"
