"""Pacing: when a lesson opens for a member's progress.

A course may ask for its lessons in order, open a lesson on a date (the day of the Club's
monthly online session) or some days after she started the course (or after her circle
started, when she learns it with a circle: courses/circles), and require other
courses first. Gating applies to members' progress only: whoever may read a lesson still
reads it; a locked lesson cannot be completed or its check answered, and says why and when
it opens. A lesson she has already completed stays open.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

ORDER = "order"
DATE = "date"
AFTER_START = "after_start"
PREREQUISITES = "prerequisites"


@dataclass(frozen=True)
class Lock:
    """Why a lesson is not open yet; `opens_on` when a date is known."""

    reason: str
    opens_on: date | None = None
    days: int = 0
    lesson: object = None
    courses: tuple = ()

    @property
    def message(self):
        return lock_message(self)


def lesson_lock(progress, lesson, today=None):
    """The Lock keeping `lesson` closed for this progress, or None when it is open."""
    if not progress.tracking or progress.is_done(lesson):
        return None
    if progress.waiting_for:
        return Lock(PREREQUISITES, courses=tuple(progress.waiting_for))
    today = today or timezone.localdate()
    if progress.in_order:
        position = progress.position(lesson)
        previous = progress.lessons[position - 2] if position and position > 1 else None
        if previous is not None and not progress.is_done(previous):
            return Lock(ORDER, lesson=previous)
    if lesson.opens_on and today < lesson.opens_on:
        return Lock(DATE, opens_on=lesson.opens_on)
    if lesson.opens_after_days:
        start = progress.pacing_start  # her circle's start, else her own
        if start is None:
            return Lock(AFTER_START, days=lesson.opens_after_days)
        opens = start + timedelta(days=lesson.opens_after_days)
        if today < opens:
            return Lock(DATE, opens_on=opens)
    return None


def lock_message(lock):
    """Why the lesson is closed and when it opens, in one sentence of the active language."""
    if lock.reason == PREREQUISITES:
        titles = ", ".join(f"“{course.title}”" for course in lock.courses)
        return _("This course opens when you have finished %(titles)s.") % {"titles": titles}
    if lock.reason == ORDER:
        return _("This lesson opens when you complete the lesson “%(title)s”.") % {
            "title": lock.lesson.title
        }
    if lock.reason == AFTER_START:
        return ngettext(
            "This lesson opens %(days)d day after you start the course.",
            "This lesson opens %(days)d days after you start the course.",
            lock.days,
        ) % {"days": lock.days}
    return _("This lesson opens on %(date)s.") % {
        "date": formats.date_format(
            lock.opens_on, "CLUB_DATE_FORMAT"
        )  # no "г." before the full stop
    }
