"""One gate for whatever a member does on a lesson: complete it, answer its check, save or
submit her reflection (the page, the "add a row" button and autosave alike).

Reading is decided by access.py; acting is decided here, by her pacing (pacing.py): a lesson
that is not open for her yet refuses every action with the same sentence, and nothing she
sent is recorded. Visitors and accounts outside the Club track no progress, so no lock
applies to them (each action decides what they may do).
"""

from django.contrib import messages

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


def refused(request, lesson):
    """The Lock refusing this action (her error message queued), or None: she may act."""
    lock = lesson_lock_for(request.user, lesson)
    if lock is not None:
        refuse(request, lock)
    return lock
