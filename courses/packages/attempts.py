"""Her record of a package: what a SCORM commit or an H5P result says, kept per member and
package; completion or a pass completes the lesson through the "mark complete" code."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from ..progress import mark_complete
from ..views import completion_refused
from .inspection import SCORM12
from .models import PackageAttempt
from .xapi import package_finished

DONE = {"completed", "passed"}


def attempt_of(user, package, lesson):
    try:
        with transaction.atomic():
            attempt, _created = PackageAttempt.objects.get_or_create(
                user=user,
                package=package,
                defaults={
                    "lesson_key": lesson.translation_key,
                    "course_key": lesson.course.translation_key if lesson.course else None,
                },
            )
    except IntegrityError:
        attempt = PackageAttempt.objects.get(user=user, package=package)
    return attempt


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def percent(score):
    """A 0–100 score from a SCORM or xAPI score object (scaled, else raw of max, else raw)."""
    if not isinstance(score, dict):
        return None
    scaled = _number(score.get("scaled"))
    if scaled is not None:
        return round(100 * scaled, 1)
    raw, top = _number(score.get("raw")), _number(score.get("max"))
    if raw is None:
        return None
    return round(100 * raw / top, 1) if top else raw


def _scorm_fields(kind, cmi):
    """(location, suspend data) from the commit's CMI data."""
    if kind == SCORM12:
        return str(cmi.get("core", {}).get("lesson_location", "")), str(cmi.get("suspend_data", ""))
    return str(cmi.get("location", "")), str(cmi.get("suspend_data", ""))


def _status(completion, success):
    if success in ("passed", "failed"):
        return success
    return completion if completion in ("completed", "incomplete") else ""


def record_scorm_commit(attempt, commit):
    """Keep one commit of scorm-again's common format (runtimeData, completionStatus,
    successStatus, score, totalTimeSeconds); return whether the package is now done."""
    cmi = (commit.get("runtimeData") or {}).get("cmi") or {}
    attempt.cmi = cmi
    attempt.location, attempt.suspend_data = _scorm_fields(attempt.package.kind, cmi)
    attempt.location = attempt.location[:1000]
    status = _status(commit.get("completionStatus"), commit.get("successStatus"))
    return _keep(attempt, status, percent(commit.get("score")), commit.get("totalTimeSeconds"))


def record_xapi_result(attempt, statement):
    """Keep an H5P xAPI statement's verb and result (completed, passed, failed, scored)."""
    verb = str((statement.get("verb") or {}).get("id", "")).rsplit("/", 1)[-1]
    result = statement.get("result") or {}
    if verb in ("passed", "failed"):
        status = verb
    elif verb == "completed" or result.get("completion") is True:
        status = "completed"
    else:
        status = ""
    if result.get("success") is True and status:
        status = "passed"
    return _keep(attempt, status, percent(result.get("score")), None)


def _keep(attempt, status, score, total_seconds):
    # Once done, stays done: a later "incomplete" (a review) does not undo her completion.
    if status and not (attempt.status in DONE and status not in DONE):
        attempt.status = status
    if score is not None:
        attempt.score = score
    if total_seconds:
        attempt.session_seconds = int(float(total_seconds))
    attempt.commits += 1
    done = attempt.status in DONE
    first_time = done and attempt.completed_at is None
    if first_time:
        attempt.completed_at = timezone.now()
    attempt.save()
    if first_time:
        package_finished(attempt)
    return done


def complete_lesson_for(request, lesson):
    """The lesson complete for her as if she pressed "mark complete" (same rules: a locked
    lesson or an unpassed required check is not completed). True when it is complete."""
    if completion_refused(request, lesson) is not None:
        return False
    mark_complete(request.user, lesson, lesson.course)
    return True


def resume_data(attempt):
    """What the runtime loads before she starts: where she was, her suspend data, status,
    score and time so far; `entry` says she resumes."""
    cmi = attempt.cmi or {}
    if attempt.package.kind == SCORM12:
        core = cmi.get("core", {})
        keep = {k: core[k] for k in ("lesson_location", "lesson_status", "total_time") if k in core}
        if core.get("score"):
            keep["score"] = {k: v for k, v in core["score"].items() if k in ("raw", "min", "max")}
        keep["entry"] = "resume" if attempt.suspend_data or attempt.location else ""
        return {"core": keep, "suspend_data": attempt.suspend_data}
    names = ("location", "completion_status", "success_status", "total_time")
    keep = {k: cmi[k] for k in names if k in cmi}
    if cmi.get("score"):
        keep["score"] = {
            k: v for k, v in cmi["score"].items() if k in ("scaled", "raw", "min", "max")
        }
    keep["entry"] = "resume" if attempt.suspend_data or attempt.location else ""
    keep["suspend_data"] = attempt.suspend_data
    return keep
