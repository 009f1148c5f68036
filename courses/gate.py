"""One gate for whatever a member does on a lesson: complete it, answer its check, save or
submit her reflection (the page, the "add a row" button and autosave alike).

Reading is decided by access.py; acting is decided here, by her pacing (pacing.py): a lesson
that is not open for her yet refuses every action with the same sentence, and nothing she
sent is recorded. Visitors and accounts outside the Club track no progress, so no lock
applies to them (each action decides what they may do).
"""

from django.contrib import messages

from home.cache import keep_private

from .progress import progress_for


def lesson_lock_for(user, lesson):
    """The Lock keeping her from acting on `lesson` now (None: she may act)."""
    course = lesson.course
    if course is None:  # an orphan lesson's preview: no progress to keep
        return None
    return progress_for(user, course).lock(lesson)


def refuse(request, lock):
    """The answer to any action on a closed lesson: why, and when it opens, as her error."""
    messages.error(request, lock.message)


# --- Refusals: what a refused action answers -----------------------------------------------
#
# A refused action never answers the success redirect: it answers a 4xx status with the page
# explaining why (her input kept, nothing recorded), so a person, a form posted without
# JavaScript and a fetch() client all tell a refusal from a success. The `X-Refused` header
# names the kind for scripts (the offline queue drops a refused action instead of retrying):
#   403 locked   — not allowed now: the lesson is not open for her yet, or the course waits
#                  for others first;
#   409 conflict — the action clashes with the state of her record: the required check is
#                  not passed yet, the reflection is closed, the check has changed;
#   400 invalid  — what she sent cannot be accepted as it is (unanswered, tampered, errors).
LOCKED, CONFLICT, INVALID = 403, 409, 400
KINDS = {LOCKED: "locked", CONFLICT: "conflict", INVALID: "invalid"}


def refusal(response, status):
    """`response` (the page explaining why) as the refusal `status`, never stored."""
    response.status_code = status
    response["X-Refused"] = KINDS[status]
    return keep_private(response)


def refuse_on_page(request, page, message, status, **context):
    """Her error on `page` rendered again (with `context`, e.g. what she sent) as a refusal."""
    messages.error(request, message)
    return refusal(page.render(request, **context), status)
