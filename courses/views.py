"""Views of the courses app: start a course, complete a lesson, answer a knowledge check.

A refused action answers 4xx with the page saying why (gate.py: 403 locked, 409 conflict,
400 invalid), never the success redirect.
"""

from django.contrib import messages
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from home.cache import keep_private
from home.members.access import is_club_member, members_only_refusal
from home.ratelimits import limited, retry_after, too_many_attempts

from .check_display import lesson_checks
from .checks import Submission, Tampered, check_states, read_answers, record_attempt
from .gate import CONFLICT, INVALID, LOCKED, lesson_lock_for, refusal, refuse_on_page
from .pacing import PREREQUISITES, Lock
from .progress import enroll, mark_complete, progress_for, undo_complete


def _refuse(request, page):
    """None if the member may track progress on this course, else the refusal."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    course = page if not hasattr(page, "course") else page.course
    # (Club members may read every course, so the membership gate is the whole rule.)
    return members_only_refusal(
        request,
        reason=_("Only Club members can track their progress."),
        overview=course,
        next_url=page.get_url(request),
    )


def _back(request, default):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(default)


def start_course(request, course):
    """POST course/start/: enrol, then go to the first lesson not done yet."""
    refusal = _refuse(request, course)
    if refusal is not None:
        return keep_private(refusal)
    waiting = progress_for(request.user, course).waiting_for
    if waiting:
        message = Lock(PREREQUISITES, courses=tuple(waiting)).message
        return refuse_on_page(request, course, message, LOCKED)
    enroll(request.user, course)
    progress = progress_for(request.user, course)
    lesson = progress.next_lesson or (progress.lessons[0] if progress.lessons else None)
    target = (lesson or course).get_url(request)
    return keep_private(HttpResponseRedirect(target))


def _check_not_passed(request, lesson):
    """The message refusing to complete a lesson whose required check she has not passed
    yet (None: she may go on). Whatever was posted, nothing is recorded."""
    checks = lesson_checks(lesson, request=request)
    if checks.required and checks.checks:
        checks.states = check_states(request.user, lesson)
        if not checks.requirement_met:
            return _(
                "Pass the knowledge check of this lesson (%(mark)d%% or more) before you "
                "mark it complete."
            ) % {"mark": lesson.pass_mark}
    return None


def completion_refused(request, lesson):
    """(status, message) when she may not complete `lesson` now: it is locked, or its
    required check is not passed; None when she may. The one rule for the "mark complete"
    button and for a package that reports completion (courses/packages/runtime.py)."""
    lock = lesson_lock_for(request.user, lesson)
    if lock is not None:
        return LOCKED, lock.message
    reason = _check_not_passed(request, lesson)
    if reason:
        return CONFLICT, reason
    return None


def complete_lesson(request, lesson):
    """POST lesson/complete/: mark done (idempotent), or undo it with undo=1."""
    refusal = _refuse(request, lesson)
    if refusal is not None:
        return keep_private(refusal)
    course = lesson.course
    if request.POST.get("undo"):
        undo_complete(request.user, lesson, course)
        messages.info(request, _("The lesson is marked as not done."))
        return keep_private(_back(request, lesson.get_url(request)))
    refused = completion_refused(request, lesson)
    if refused is not None:
        status, message = refused
        return refuse_on_page(request, lesson, message, status)
    _completion, created = mark_complete(request.user, lesson, course)
    if created:
        messages.success(request, _("Well done: the lesson is complete."))
    return keep_private(_back(request, lesson.get_url(request)))


def answer_check(request, lesson):
    """POST lesson/check/: grade the answers on the server and show the result.

    A member's attempt is recorded, then she is sent back to the lesson (her result shows
    there); a visitor's answers are graded and shown, never stored. Unanswered questions,
    tampered answers and a retry storm come back with her answers and an error, unrecorded.
    """
    if request.method != "POST":
        return keep_private(HttpResponseNotAllowed(["POST"]))
    check = lesson_checks(lesson, request=request).find(request.POST.get("check", ""))
    if check is None:
        message = _("This knowledge check has changed. Please answer it again.")
        return refuse_on_page(request, lesson, message, CONFLICT)
    member = is_club_member(request.user)
    course = lesson.course
    try:
        answers, missing = read_answers(check, request.POST)
    except Tampered:
        message = _("Your answers did not match the questions of this check. Please answer again.")
        return _show(request, lesson, Submission(check.id, error=message), status=INVALID)
    lock = lesson_lock_for(request.user, lesson) if member else None
    if lock is not None:
        submission = Submission(check.id, answers, error=lock.message)
        return _show(request, lesson, submission, status=LOCKED)
    if missing:
        error = _("Please answer every question.")
        return _show(request, lesson, Submission(check.id, answers, missing, error), INVALID)
    if not member:
        # Not stored, but counted per client address: each graded answer tells what is right.
        about = f"{lesson.translation_key}:{check.id}"
        wait = retry_after(request, "knowledge_check", about=about)
        if wait:
            return _too_many(request, lesson, Submission(check.id, answers), wait)
        return _show(request, lesson, Submission(check.id, answers))
    enroll(request.user, course)
    attempt, wait = record_attempt(request.user, lesson, course, check, answers, lesson.pass_mark)
    if attempt is None:
        return _too_many(request, lesson, Submission(check.id, answers), wait)
    return keep_private(HttpResponseRedirect(f"{lesson.get_url(request)}#check-{check.id}"))


def _too_many(request, lesson, submission, wait):
    """A retry storm: her answers back ungraded, HTTP 429 and when to try again."""
    submission.error = too_many_attempts(wait)
    return limited(_show(request, lesson, submission, status=429), wait)


def _show(request, lesson, submission, status=200):
    """The lesson again, with what she sent shown in its check (a refusal when 4xx)."""
    response = lesson.render(request, submission=submission)
    if status in (LOCKED, CONFLICT, INVALID):
        return refusal(response, status)
    response.status_code = status
    return keep_private(response)
