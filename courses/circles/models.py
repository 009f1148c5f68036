"""Circles: a mentor and a group of members going through courses together.

A circle is operational, private data (who learns with whom, when they meet): plain Django
models, never pages, snippets or search-indexed. Its courses are kept by the course page's
`translation_key`, so every language version of a course counts.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from home.members.choices import Oblast


class Circle(ClusterableModel):
    name = models.CharField(_("name"), max_length=150)
    oblast = models.CharField(_("oblast"), max_length=20, choices=Oblast.choices)
    mentors = ParentalManyToManyField(
        settings.AUTH_USER_MODEL, related_name="mentored_circles", verbose_name=_("mentors")
    )
    members = ParentalManyToManyField(
        settings.AUTH_USER_MODEL, related_name="circles", verbose_name=_("members"), blank=True
    )
    starts_on = models.DateField(
        _("start date"),
        help_text=_("Lessons that open some days after the start count from this date."),
    )
    meets_online = models.URLField(_("online meeting link"), blank=True)
    place = models.CharField(_("meeting place"), max_length=200, blank=True)
    schedule = models.CharField(
        _("schedule"),
        max_length=200,
        blank=True,
        help_text=_("When the circle usually meets, e.g. “first Tuesday of the month, 15:00”."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("circle")
        verbose_name_plural = _("circles")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name


class CircleCourse(models.Model):
    """One course of a circle, by the course page's translation key (any language)."""

    circle = ParentalKey(Circle, on_delete=models.CASCADE, related_name="course_links")
    course_key = models.UUIDField(_("course"), db_index=True)

    class Meta:
        verbose_name = _("course of a circle")
        verbose_name_plural = _("courses of circles")
        constraints = [
            models.UniqueConstraint(fields=["circle", "course_key"], name="circles_course_once")
        ]

    def __str__(self):
        return str(self.course_key)


class CircleMeetingQuerySet(models.QuerySet):
    def upcoming(self):
        return self.filter(starts_at__gte=timezone.now()).order_by("starts_at", "pk")


class CircleMeeting(models.Model):
    """A dated meeting of the circle (shown in Asia/Bishkek time, the site's time zone)."""

    circle = ParentalKey(Circle, on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField(_("starts at"))
    topic = models.CharField(_("topic"), max_length=200, blank=True)

    objects = CircleMeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["circle", "starts_at"], name="circles_meeting_when")]

    def __str__(self):
        return self.topic or str(self.starts_at)
