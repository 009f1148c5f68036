"""A member's answers to the knowledge checks of lessons: private learner data, plain models.

An attempt names its lesson by `translation_key` and its check and questions by their
StreamField block ids, which wagtail-localize keeps in every translation: answering the
Kyrgyz lesson counts for its Russian and English versions too. One `QuestionResult` row per
question answered lets the reports count success rates in the database.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CheckAttempt(models.Model):
    """One submission of a knowledge check (every retry is a new attempt)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="check_attempts",
        verbose_name=_("member"),
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"), db_index=True)
    check_id = models.CharField(_("knowledge check"), max_length=64)
    answers = models.JSONField(_("answers"), default=dict)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"), default=False)
    created_at = models.DateTimeField(_("answered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("knowledge check attempt")
        verbose_name_plural = _("knowledge check attempts")
        indexes = [
            models.Index(
                fields=["user", "lesson_key", "check_id"], name="courses_attempt_member_check"
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {self.lesson_key} · {self.check_id} · {self.score}%"


class QuestionResult(models.Model):
    """Whether one question of an attempt was answered right (for the anonymous reports)."""

    attempt = models.ForeignKey(
        CheckAttempt, on_delete=models.CASCADE, related_name="results", verbose_name=_("attempt")
    )
    question_id = models.CharField(_("question"), max_length=64, db_index=True)
    correct = models.BooleanField(_("correct"))

    class Meta:
        verbose_name = _("question result")
        verbose_name_plural = _("question results")

    def __str__(self):
        return f"{self.question_id}: {self.correct}"
