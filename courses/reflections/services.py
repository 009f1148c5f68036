"""State changes of a reflection: save a draft, submit, answer as a mentor."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from home.emails import send_member_email

from .models import Feedback, Reflection, StakeholderEntry, Status


class ReflectionClosed(Exception):
    """The mentor has answered: the member can no longer change her reflection."""


# What "save draft" and "submit" turn each editable state into.
ON_DRAFT = {
    Status.DRAFT: Status.DRAFT,
    Status.SUBMITTED: Status.DRAFT,
    Status.REVISION_REQUESTED: Status.REVISION_REQUESTED,
    Status.RESUBMITTED: Status.REVISION_REQUESTED,
}
ON_SUBMIT = {
    Status.DRAFT: Status.SUBMITTED,
    Status.SUBMITTED: Status.SUBMITTED,
    Status.REVISION_REQUESTED: Status.RESUBMITTED,
    Status.RESUBMITTED: Status.RESUBMITTED,
}


def get_or_create_reflection(user, lesson_key, course_key, language=""):
    """The member's reflection on this lesson (race-safe through the unique constraint)."""
    defaults = {"course_key": course_key, "language": language}
    try:
        with transaction.atomic():
            reflection, _created = Reflection.objects.get_or_create(
                user=user, lesson_key=lesson_key, defaults=defaults
            )
    except IntegrityError:
        reflection = Reflection.objects.get(user=user, lesson_key=lesson_key)
    return reflection


def save(reflection, answers=None, rows=None, submit=False, language=""):
    """Store the texts and move the reflection to its next state. Returns the new status."""
    with transaction.atomic():
        # Re-read under a row lock: the mentor may have answered since the page was loaded.
        current = Reflection.objects.select_for_update().only("status").get(pk=reflection.pk)
        reflection.status = current.status
        if not reflection.is_editable:
            raise ReflectionClosed
        if answers is not None:
            reflection.answers = answers
        if language:
            reflection.language = language
        new_status = (ON_SUBMIT if submit else ON_DRAFT)[reflection.status]
        if submit and reflection.status not in (Status.SUBMITTED, Status.RESUBMITTED):
            reflection.submitted_at = timezone.now()
        reflection.status = new_status
        reflection.save()
        if rows is not None:
            reflection.stakeholders.all().delete()
            StakeholderEntry.objects.bulk_create(
                StakeholderEntry(reflection=reflection, position=index, **row)
                for index, row in enumerate(rows)
            )
    return reflection.status


def autosave(reflection, answers=None, rows=None):
    """Keep the texts without changing the state (drafts and revisions only)."""
    with transaction.atomic():
        current = Reflection.objects.select_for_update().only("status").get(pk=reflection.pk)
        if current.status not in (Status.DRAFT, Status.REVISION_REQUESTED):
            raise ReflectionClosed
        if answers is not None:
            reflection.answers = answers
        reflection.save(update_fields=["answers", "updated_at"])
        if rows is not None:
            reflection.stakeholders.all().delete()
            StakeholderEntry.objects.bulk_create(
                StakeholderEntry(reflection=reflection, position=index, **row)
                for index, row in enumerate(rows)
            )


def give_feedback(reflection, mentor, text, asks_revision=False, lesson_title="", lesson_url=""):
    """Record the mentor's answer, update the state and email the member in her language."""
    now = timezone.now()
    with transaction.atomic():
        reflection = Reflection.objects.select_for_update().get(pk=reflection.pk)
        started = reflection.submitted_at or reflection.created_at
        feedback = Feedback.objects.create(
            reflection=reflection,
            mentor=mentor,
            text=text,
            asks_revision=asks_revision,
            created_at=now,
            response_seconds=max(0, int((now - started).total_seconds())),
        )
        reflection.status = Status.REVISION_REQUESTED if asks_revision else Status.FEEDBACK_GIVEN
        reflection.answered_at = now
        reflection.save(update_fields=["status", "answered_at", "updated_at"])
    profile = getattr(reflection.user, "member_profile", None)
    if reflection.user.email and getattr(profile, "notify_feedback", True):
        send_member_email(
            reflection.user,
            "reflections/emails/feedback",
            {
                "reflection": reflection,
                "feedback": feedback,
                "lesson_title": lesson_title,
                "lesson_url": lesson_url,
            },
        )
    return feedback
