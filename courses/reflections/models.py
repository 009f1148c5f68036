"""Reflections on lessons, mentor feedback and stakeholder maps.

Private learner data: plain Django models, never pages, snippets or indexed models, so they
never reach search, feeds, sitemaps, the page cache or the public API. A reflection is keyed
to the lesson across its translations by the lesson page's `translation_key`.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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


class Level(models.TextChoices):
    NATIONAL = "national", _("National")
    LOCAL = "local", _("Local")


class StakeholderType(models.TextChoices):
    STATE_BODY = "state", _("State body")
    INTERNATIONAL = "international", _("International organisation")
    CIVIL_SOCIETY = "civil_society", _("Civil-society organisation")
    INFORMAL_GROUP = "informal", _("Informal group")


class Degree(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class ReflectionQuerySet(models.QuerySet):
    def submitted(self):
        """Everything a reviewer may see: drafts stay private to their author."""
        return self.exclude(status=Status.DRAFT)

    def awaiting_feedback(self):
        return self.filter(status__in=AWAITING_FEEDBACK)


class Reflection(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reflections",
        verbose_name=_("member"),
    )
    lesson_key = models.UUIDField(_("lesson"), db_index=True)
    course_key = models.UUIDField(_("course"), db_index=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    # [{"question": "...", "answer": "..."}, ...]: plain text, escaped wherever shown.
    answers = models.JSONField(_("answers"), default=list, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, db_index=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    objects = ReflectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        ordering = ["submitted_at", "pk"]
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
