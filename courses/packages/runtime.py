"""/packages/runtime/<lesson>/<package>/: her saved state (GET) and her commits (POST).

GET answers what the player loads before the package starts (her CMI data to resume, or
nothing for a visitor, whose attempt is not kept). POST takes a SCORM commit in
scorm-again's common format (`{"runtimeData": {"cmi": …}, "completionStatus": …}`) or an
H5P xAPI statement (`{"xapi": {…}}`); the answer is what scorm-again expects.
"""

import json

from django.http import HttpResponseNotAllowed, JsonResponse

from home.cache import keep_private
from home.members.models import member_name

from ..access import can_track_progress
from ..models import LessonCompletion
from .attempts import (
    attempt_of,
    complete_lesson_for,
    record_scorm_commit,
    record_xapi_result,
    resume_data,
)
from .models import PackageAttempt
from .serving import package_in_lesson

SCORM_GENERAL_ERROR = 101


def _answer(data, status=200):
    return keep_private(JsonResponse(data, status=status))


def _refused(status):
    return _answer({"result": False, "errorCode": SCORM_GENERAL_ERROR}, status)


def runtime(request, lesson_id, package_id):
    if request.method not in ("GET", "POST"):
        return keep_private(HttpResponseNotAllowed(["GET", "POST"]))
    lesson, package, refusal = package_in_lesson(request, lesson_id, pk=package_id)
    if refusal is not None:
        return _refused(403)
    tracking = can_track_progress(request.user)
    if request.method == "GET":
        return _state(request, lesson, package, tracking)
    if not tracking:
        return _refused(403)
    try:
        body = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return _refused(400)
    if not isinstance(body, dict):
        return _refused(400)
    attempt = attempt_of(request.user, package, lesson)
    if package.is_scorm:
        done = record_scorm_commit(attempt, body)
    else:
        done = record_xapi_result(attempt, body.get("xapi") or {})
    lesson_complete = complete_lesson_for(request, lesson) if done else False
    return _answer({"result": True, "errorCode": 0, "lessonComplete": lesson_complete})


def _state(request, lesson, package, tracking):
    if not tracking:
        return _answer({"tracking": False, "cmi": {}})
    attempt = PackageAttempt.objects.filter(user=request.user, package=package).first()
    done = LessonCompletion.objects.filter(
        user=request.user, lesson_key=lesson.translation_key
    ).exists()
    return _answer(
        {
            "tracking": True,
            "cmi": resume_data(attempt) if attempt else {},
            "learner": {"id": str(request.user.pk), "name": member_name(request.user)},
            "lessonComplete": done,
        }
    )
