"""A member's progress: private learner data, plain models (never pages, snippets or indexed).

Progress is keyed on the pages' `translation_key`, so completing the Kyrgyz lesson also
counts for its Russian and English translations.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrollment(models.Model):
    """A member started a course (a CoursePage in any language)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="course_enrollments",
        verbose_name=_("member"),
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="courses_unique_enrollment")
        ]

    def __str__(self):
        return f"{self.user_id} · {self.course_key}"


class LessonCompletion(models.Model):
    """A member marked a lesson (in any language) complete."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
        verbose_name=_("member"),
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"), db_index=True)
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        # "Has she started this course?", asked of every enrolment by the progress reports.
        indexes = [models.Index(fields=["user", "course_key"], name="courses_completion_course")]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="courses_unique_lesson_completion"
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {self.lesson_key}"
