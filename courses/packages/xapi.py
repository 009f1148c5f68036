"""The Club's learning events as xAPI 1.0.3 statements (sent by home/outbox/xapi.py when an
LRS is configured): lesson completed, knowledge check passed, package completed or passed
(with its score), reflection submitted, certificate issued.

The actor is her account on this site (its number under SITE_BASE_URL), never her name or
email. Each statement's id is derived from the event, so an event is stated once.
"""

import uuid

from django.conf import settings
from django.db.models.signals import post_save
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


def build(user_id, event, verb, kind, parts, result=None, when=None):
    base = settings.SITE_BASE_URL
    statement = {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{base}/xapi/events/{event}")),
        "version": "1.0.3",
        "actor": {"objectType": "Agent", "account": {"homePage": base, "name": str(user_id)}},
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


def state(user_id, event, verb, kind, parts, result=None, when=None):
    """Queue the statement of her event, when a learning record store is set (her account
    number is all it names: no query for her account)."""
    if lrs_enabled():
        queue_statement(user_id, build(user_id, event, verb, kind, parts, result, when))


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
        attempt.user_id,
        f"package/{attempt.user_id}/{attempt.package.folder}",
        "passed" if attempt.status == "passed" else "completed",
        "package",
        [attempt.package.folder],
        score_result(attempt.score, attempt.status == "passed" or None),
        attempt.completed_at,
    )


def sends_on_save(model, statement):
    """On saving a `model` instance, `statement(instance, created)` gives the arguments of
    `state` after her account, or None for nothing to say. A restore (loaddata's raw saves)
    sends nothing: it was sent before."""

    def saved(sender, instance, created, raw=False, **kwargs):
        if raw or not lrs_enabled():
            return
        arguments = statement(instance, created)
        if arguments:
            state(instance.user_id, *arguments)

    uid = f"xapi-{model._meta.label_lower}"
    post_save.connect(saved, sender=model, weak=False, dispatch_uid=uid)


def _lesson_completed(completion, created):
    if created:
        lesson = [completion.lesson_key]
        return (
            f"lesson/{completion.pk}",
            "completed",
            "lesson",
            lesson,
            None,
            completion.completed_at,
        )
    return None


def _check_passed(attempt, created):
    if created and attempt.passed:
        check = [attempt.lesson_key, attempt.check_id]
        result = score_result(attempt.score, True)
        return f"check/{attempt.pk}", "passed", "check", check, result, attempt.created_at
    return None


def _reflection_submitted(reflection, created):
    submitted = reflection.submitted_at
    if reflection.status in (Status.SUBMITTED, Status.RESUBMITTED) and submitted:
        event = f"reflection/{reflection.pk}/{submitted.isoformat()}"
        return event, "submitted", "reflection", [reflection.lesson_key], None, submitted
    return None


def _certificate_issued(certificate, created):
    if created:
        course = [certificate.course_key]
        return (
            f"certificate/{certificate.pk}",
            "earned",
            "course",
            course,
            None,
            certificate.issued_at,
        )
    return None


sends_on_save(LessonCompletion, _lesson_completed)
sends_on_save(CheckAttempt, _check_passed)
sends_on_save(Reflection, _reflection_submitted)
sends_on_save(Certificate, _certificate_issued)
