"""The Club's learning events as xAPI 1.0.3 statements (sent by home/outbox/xapi.py when an
LRS is configured): lesson completed, knowledge check passed, package completed or passed
(with its score), reflection submitted, certificate issued.

The actor is her account on this site (its number under SITE_BASE_URL), never her name or
email. Each statement's id is derived from the event, so an event is stated once.
"""

import uuid

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from home.outbox.xapi import lrs_enabled, queue_statement

from ..models import Certificate, CheckAttempt, LessonCompletion
from ..reflections.models import Reflection, Status

ADL = "http://adlnet.gov/expapi"
VERBS = {
    "completed": f"{ADL}/verbs/completed",
    "passed": f"{ADL}/verbs/passed",
    "scored": f"{ADL}/verbs/scored",
    "submitted": "http://activitystrea.ms/schema/1.0/submit",
    "earned": "http://id.tincanapi.com/verb/earned",
}
TYPES = {
    "lesson": f"{ADL}/activities/lesson",
    "check": f"{ADL}/activities/assessment",
    "package": f"{ADL}/activities/module",
    "reflection": f"{ADL}/activities/question",
    "course": f"{ADL}/activities/course",
}


def activity_id(kind, *parts):
    return "/".join([settings.SITE_BASE_URL, "xapi", "activities", kind, *map(str, parts)])


def build(user, event, verb, kind, parts, result=None, when=None):
    base = settings.SITE_BASE_URL
    statement = {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{base}/xapi/events/{event}")),
        "version": "1.0.3",
        "actor": {"objectType": "Agent", "account": {"homePage": base, "name": str(user.pk)}},
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": {
            "objectType": "Activity",
            "id": activity_id(kind, *parts),
            "definition": {"type": TYPES[kind]},
        },
        "timestamp": (when or timezone.now()).isoformat(),
    }
    if result:
        statement["result"] = result
    return statement


def state(user, event, verb, kind, parts, result=None, when=None):
    if lrs_enabled():
        queue_statement(user.pk, build(user, event, verb, kind, parts, result, when))


def score_result(percent, success=None):
    result = {"completion": True}
    if percent is not None:
        result["score"] = {"scaled": round(max(0, min(percent, 100)) / 100, 4)}
    if success is not None:
        result["success"] = success
    return result


def package_finished(attempt):
    """Her package is completed or passed (called once, when it first is)."""
    state(
        attempt.user,
        f"package/{attempt.user_id}/{attempt.package.folder}",
        "passed" if attempt.status == "passed" else "completed",
        "package",
        [attempt.package.folder],
        score_result(attempt.score, attempt.status == "passed" or None),
        attempt.completed_at,
    )


@receiver(post_save, sender=LessonCompletion)
def lesson_completed(sender, instance, created, raw=False, **kwargs):
    if created and not raw:  # loaddata (a restore) sends nothing: it was sent before
        state(
            instance.user,
            f"lesson/{instance.pk}",
            "completed",
            "lesson",
            [instance.lesson_key],
            when=instance.completed_at,
        )


@receiver(post_save, sender=CheckAttempt)
def check_passed(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.passed:
        state(
            instance.user,
            f"check/{instance.pk}",
            "passed",
            "check",
            [instance.lesson_key, instance.check_id],
            score_result(instance.score, True),
            instance.created_at,
        )


@receiver(post_save, sender=Reflection)
def reflection_submitted(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if instance.status in (Status.SUBMITTED, Status.RESUBMITTED) and instance.submitted_at:
        state(
            instance.user,
            f"reflection/{instance.pk}/{instance.submitted_at.isoformat()}",
            "submitted",
            "reflection",
            [instance.lesson_key],
            when=instance.submitted_at,
        )


@receiver(post_save, sender=Certificate)
def certificate_issued(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        state(
            instance.user,
            f"certificate/{instance.pk}",
            "earned",
            "course",
            [instance.course_key],
            when=instance.issued_at,
        )
