"""The course and oblast reports' figures, kept as one summary refreshed in the background.

Counting every enrolment, reflection and feedback on each view grows with the Club (at 20,000
reflections the oblast report took 2.6 times as long as at 2,000). The reports read one row
instead: counts per (course, oblast) cell, which add up for any scope and filter, and the
median wait to feedback per cell, per course and per oblast (medians do not add up; a
reviewer who follows several oblasts, but not all, gets hers computed on the spot).

The summary is recomputed by a task: the scheduler's pass when it is older than
`CLUB_REPORT_FIGURES_MAX_AGE`, a report view that finds it that old (showing the figures it
has, and as of when), and the reports' "Refresh now" button. Only the first view on a new
site, with no summary yet, computes them during the request.
"""

import logging
import statistics
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django_tasks import task

from courses.models import Enrollment, LessonCompletion
from home.members.models import MemberProfile

from .models import Feedback, ProgressFigures, Reflection

ALL = "*"
OBLAST = "user__member_profile__oblast"
REFRESH_LOCK = "club:report-figures:refreshing"
LOCK_SECONDS = 5 * 60
logger = logging.getLogger(__name__)


def has_started():
    """An enrolment counts as started once one of the course's lessons is completed."""
    return Exists(
        LessonCompletion.objects.filter(user=OuterRef("user"), course_key=OuterRef("course_key"))
    )


def median_days(seconds):
    values = [s for s in seconds if s is not None]
    return round(statistics.median(values) / 86400, 1) if values else None


def median_days_by(waits, *keys):
    """{value of `keys` (a tuple when several): median days to feedback} over `waits`
    (Feedback rows).

    The database ranks each group's waits and returns only the middle one or two, so the
    rows read do not grow with the feedback given.
    """
    partition = {"partition_by": [F(key) for key in keys]}
    buckets = {f"bucket_{n}": F(key) for n, key in enumerate(keys)}
    middle = (
        waits.filter(response_seconds__isnull=False)
        .annotate(
            **buckets,
            position=Window(RowNumber(), order_by=F("response_seconds").asc(), **partition),
            total=Window(Count("pk"), **partition),
        )
        .annotate(twice=F("position") * 2)  # the middle: total <= 2 × position <= total + 2
        .filter(twice__gte=F("total"), twice__lte=F("total") + 2)
        .order_by()
        .values_list(*buckets, "response_seconds")
    )
    seconds = {}
    for *bucket, value in middle:
        seconds.setdefault(bucket[0] if len(keys) == 1 else tuple(bucket), []).append(value)
    return {bucket: median_days(values) for bucket, values in seconds.items()}


def cell(course=ALL, oblast=ALL):
    return f"{course}|{oblast}"


def compute_figures():
    """Every cell's figures: counts in two grouped queries, medians in three, members in one."""
    counted = [
        Enrollment.objects.values("course_key", OBLAST).annotate(
            enrolled=Count("pk"),
            started=Count("pk", filter=has_started()),
            completed=Count("pk", filter=Q(completed_at__isnull=False)),
        ),
        Reflection.objects.submitted()
        .values("course_key", OBLAST)
        .annotate(submitted=Count("pk"), answered=Count("pk", filter=Q(answered_at__isnull=False))),
    ]
    figures = {}
    for rows in counted:
        for row in rows.order_by():
            course, oblast = str(row.pop("course_key")), row.pop(OBLAST) or ""
            for key in (cell(course, oblast), cell(course), cell(oblast=oblast)):
                totals = figures.setdefault(key, {})
                for name, value in row.items():
                    totals[name] = totals.get(name, 0) + value
    members = MemberProfile.objects.values("oblast").annotate(n=Count("pk")).order_by()
    for oblast, count in members.values_list("oblast", "n"):
        figures.setdefault(cell(oblast=oblast), {})["members"] = count
    course, oblast = "reflection__course_key", f"reflection__{OBLAST}"
    waits = Feedback.objects.all()
    medians = {
        cell(str(c), o or ""): days
        for (c, o), days in median_days_by(waits, course, oblast).items()
    }
    medians.update({cell(str(c)): d for c, d in median_days_by(waits, course).items()})
    medians.update({cell(oblast=o or ""): d for o, d in median_days_by(waits, oblast).items()})
    for key, days in medians.items():
        figures.setdefault(key, {})["median_days"] = days
    return figures


def refresh_figures():
    """Compute the figures and keep them as the one summary row; returns it."""
    values = {"figures": compute_figures(), "computed_at": timezone.now()}
    try:
        with transaction.atomic():
            summary, _created = ProgressFigures.objects.update_or_create(pk=1, defaults=values)
    except IntegrityError:  # another refresh created the row at the same moment
        summary, _created = ProgressFigures.objects.update_or_create(pk=1, defaults=values)
    return summary


@task()
def refresh_figures_task():
    try:
        refresh_figures()
    finally:
        cache.delete(REFRESH_LOCK)


def request_refresh():
    """Queue one refresh (a second request while one is queued or running adds nothing)."""
    if cache.add(REFRESH_LOCK, True, LOCK_SECONDS):
        try:
            refresh_figures_task.enqueue()
        except Exception:  # the queue is down: the scheduler's pass will refresh them
            cache.delete(REFRESH_LOCK)
            logger.exception("Could not queue the report figures' refresh")


def max_age():
    return timedelta(seconds=settings.CLUB_REPORT_FIGURES_MAX_AGE)


def is_stale(summary, now=None):
    return summary.computed_at <= (now or timezone.now()) - max_age()


def current_figures():
    """The summary for a report view: refreshed in the background once it is too old, and
    computed now only when there is none yet."""
    summary = ProgressFigures.objects.first()
    if summary is None:
        return refresh_figures()
    if is_stale(summary):
        request_refresh()
        summary = ProgressFigures.objects.first() or summary  # a worker-less queue ran it
    return summary


def refresh_if_stale(now):
    """The scheduler's pass (`register_scheduled_job`): recompute figures that are too old."""
    summary = ProgressFigures.objects.first()
    if summary is not None and is_stale(summary, now):
        refresh_figures()
