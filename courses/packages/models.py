"""Packages from elsewhere (SCORM 1.2 / 2004, H5P) and each member's record of one.

A package is a library item like an image or a document (title, language, collection),
placed in lessons with a block; its files live under `packages/<folder>/` in the site's
media storage. A member's record (`PackageAttempt`) is private learner data: a plain model,
never indexed, read only by its owner and the progress reports.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import CollectionMember
from wagtail.search import index

from .inspection import H5P, SCORM12, SCORM2004


class PackageKind(models.TextChoices):
    SCORM12 = SCORM12, "SCORM 1.2"
    SCORM2004 = SCORM2004, "SCORM 2004"
    H5P = H5P, "H5P"


class LearningPackage(CollectionMember, index.Indexed, models.Model):
    title = models.CharField(_("title"), max_length=255)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    kind = models.CharField(_("kind"), max_length=10, choices=PackageKind.choices, editable=False)
    folder = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    launch = models.CharField(_("launch file"), max_length=500, blank=True, editable=False)
    file_count = models.PositiveIntegerField(_("files"), default=0, editable=False)
    unpacked_bytes = models.PositiveBigIntegerField(_("size"), default=0, editable=False)
    # Each file's name and size: what "Save this course for offline" fetches.
    files = models.JSONField(default=list, blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("learning package")
        verbose_name_plural = _("learning packages")
        ordering = ["title", "pk"]

    def __str__(self):
        return self.title

    @property
    def is_scorm(self):
        return self.kind in (SCORM12, SCORM2004)

    def storage_path(self, name=""):
        return f"packages/{self.folder}/{name}"


class PackageAttempt(models.Model):
    """Her SCORM data (or H5P result) for one package: one row per member and package, so
    she resumes where she left off on any device."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="package_attempts"
    )
    package = models.ForeignKey(LearningPackage, on_delete=models.CASCADE, related_name="attempts")
    lesson_key = models.UUIDField(db_index=True)
    course_key = models.UUIDField(null=True, db_index=True)  # the reports' scope
    cmi = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=20, blank=True)
    score = models.FloatField(null=True, blank=True)  # scaled 0–100
    location = models.CharField(max_length=1000, blank=True)
    suspend_data = models.TextField(blank=True)
    session_seconds = models.PositiveIntegerField(default=0)
    commits = models.PositiveIntegerField(default=0)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "package"], name="packages_attempt_once")
        ]

    def __str__(self):
        return f"{self.package} ({self.status or '—'})"
