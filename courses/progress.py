"""A member's progress through a course, keyed on the pages' translation keys."""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import IntegrityError, transaction
from django.db.models import DateTimeField, F, Value
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language

from home.cache import shared_cached

from .access import can_read_course, can_track_progress
from .certificates import certificate_of, issue_certificate
from .check_display import lesson_checks
from .checks import check_states
from .circles.pacing import circle_start
from .models.progress import Enrollment, LessonCompletion
from .pacing import lesson_lock

ENROLLED, COMPLETED = "enrolled", "completed"  # the two kinds of rows of _records()


@dataclass
class CourseProgress:
    """Progress through the live lessons of one course (in one language)."""

    lessons: list
    completed_keys: set = field(default_factory=set)
    enrolled: bool = False
    # Pacing (members only): lessons in order, when she started, courses to finish first.
    tracking: bool = False
    in_order: bool = False
    started_at: datetime | None = None
    waiting_for: list = field(default_factory=list)
    # The start of her circle for this course, which replaces her own start (courses/circles).
    circle_started_on: date | None = None

    @property
    def total(self):
        return len(self.lessons)

    @property
    def done(self):
        return sum(1 for lesson in self.lessons if lesson.translation_key in self.completed_keys)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self):
        return self.total > 0 and self.done == self.total

    @property
    def next_lesson(self):
        """Where to continue: the first lesson not done yet (None when all are done)."""
        for lesson in self.lessons:
            if lesson.translation_key not in self.completed_keys:
                return lesson
        return None

    @property
    def pacing_start(self):
        """The day "days after the start" counts from: her circle's start, else her own."""
        if self.circle_started_on is not None:
            return self.circle_started_on
        return timezone.localdate(self.started_at) if self.started_at else None

    @property
    def started(self):
        return self.enrolled or self.done > 0

    def is_done(self, lesson):
        return lesson.translation_key in self.completed_keys

    @cached_property
    def _positions(self):
        return {lesson.pk: number for number, lesson in enumerate(self.lessons, start=1)}

    def position(self, lesson):
        """Her lesson's number in the course (None if not among its live lessons).

        A dict, not a scan: `items` asks once per lesson, so a scan made the outline of a
        long course quadratic."""
        return self._positions.get(lesson.pk)

    @cached_property
    def today(self):
        """Her date in the Club's time zone, asked once for all the lessons of the outline."""
        return timezone.localdate()

    def lock(self, lesson):
        """Why `lesson` is not open for her progress yet (None: open)."""
        return lesson_lock(self, lesson, self.today)

    @cached_property
    def items(self):
        """Each lesson with whether she has done it and what keeps it closed."""
        return [
            {"lesson": lesson, "done": self.is_done(lesson), "lock": self.lock(lesson)}
            for lesson in self.lessons
        ]


def completed_keys(user, course_key):
    if not can_track_progress(user):
        return set()
    return set(
        LessonCompletion.objects.filter(user=user, course_key=course_key).values_list(
            "lesson_key", flat=True
        )
    )


def _records(user, course_key, enrollment_keys):
    """({course key: Enrollment} of hers among `enrollment_keys`, the keys of the lessons of
    `course_key` she completed), in one query: a UNION of both tables' few columns."""
    dated = DateTimeField()
    enrolled = (
        Enrollment.objects.filter(user=user, course_key__in=enrollment_keys)
        .annotate(kind=Value(ENROLLED), key=F("course_key"), since=F("started_at"))
        .values_list("kind", "key", "since", "completed_at")
    )
    completed = (
        LessonCompletion.objects.filter(user=user, course_key=course_key)
        .annotate(kind=Value(COMPLETED), key=F("lesson_key"), since=Value(None, dated))
        .values_list("kind", "key", "since", "completed_at")
    )
    enrollments, done = {}, set()
    for kind, key, since, completed_at in enrolled.union(completed, all=True):
        key = key if isinstance(key, uuid.UUID) else uuid.UUID(str(key))
        if kind == COMPLETED:
            done.add(key)
        else:
            enrollments[key] = Enrollment(
                user=user, course_key=key, started_at=since, completed_at=completed_at
            )
    return enrollments, done


def progress_for(user, course, lessons=None):
    """Her progress through `course`: lessons, prerequisites, enrollments and completions,
    four queries for a member whatever the size of the course (five when a lesson opens some
    days after the start: her circle's start date)."""
    lessons = course.live_lessons() if lessons is None else lessons
    if not can_track_progress(user):
        return CourseProgress(lessons=lessons)
    prerequisites = course.prerequisite_courses()
    keys = [course.translation_key, *(page.translation_key for page in prerequisites)]
    enrollments, done = _records(user, course.translation_key, keys)
    enrollment = enrollments.get(course.translation_key)
    finished = {key for key, e in enrollments.items() if e.completed_at is not None}
    return CourseProgress(
        lessons=lessons,
        completed_keys=done,
        enrolled=enrollment is not None,
        tracking=True,
        in_order=course.lessons_in_order,
        started_at=enrollment.started_at if enrollment else None,
        waiting_for=[page for page in prerequisites if page.translation_key not in finished],
        circle_started_on=circle_start(user, course.translation_key)
        if any(lesson.opens_after_days for lesson in lessons)
        else None,
    )


def enroll(user, course):
    """Start a course once; safe under concurrent requests."""
    try:
        with transaction.atomic():
            enrollment, _created = Enrollment.objects.get_or_create(
                user=user, course_key=course.translation_key
            )
    except IntegrityError:
        enrollment = Enrollment.objects.get(user=user, course_key=course.translation_key)
    return enrollment


def mark_complete(user, lesson, course):
    """Record the lesson as done; a double click or concurrent requests leave one record."""
    enroll(user, course)
    try:
        with transaction.atomic():
            completion, created = LessonCompletion.objects.get_or_create(
                user=user,
                lesson_key=lesson.translation_key,
                defaults={"course_key": course.translation_key},
            )
    except IntegrityError:
        completion = LessonCompletion.objects.get(user=user, lesson_key=lesson.translation_key)
        created = False
    _sync_course_completion(user, course)
    return completion, created


def undo_complete(user, lesson, course):
    deleted, _per_model = LessonCompletion.objects.filter(
        user=user, lesson_key=lesson.translation_key
    ).delete()
    _sync_course_completion(user, course)
    return bool(deleted)


def _sync_course_completion(user, course):
    """Stamp the enrollment when every live lesson is done (and issue her certificate);
    clear the stamp after an undo. A certificate once issued stays hers."""
    complete = progress_for(user, course).is_complete
    enrollments = Enrollment.objects.filter(user=user, course_key=course.translation_key)
    if complete:
        enrollments.filter(completed_at__isnull=True).update(completed_at=timezone.now())
        issue_certificate(user, course)
    else:
        enrollments.exclude(completed_at=None).update(completed_at=None)


def course_track(course):
    """The course's track in the active language (the same for everyone: kept per site
    generation)."""
    if not course.track_id:
        return None
    return shared_cached(
        "course-track", [course.pk, get_language()], lambda: course.track.localized
    )


def course_page_context(request, course):
    progress = progress_for(request.user, course)
    return {
        "track": course_track(course),
        "progress": progress,
        "can_read": can_read_course(request.user, course),
        "can_track": progress.tracking,
        "certificate": certificate_of(request.user, course) if progress.tracking else None,
    }


def lesson_page_context(request, lesson, submission=None):
    """The lesson's progress, pacing and checks; a check adds two queries at most."""
    course = lesson.course
    progress = progress_for(request.user, course)
    position = progress.position(lesson)
    lessons = progress.lessons
    previous_lesson = lessons[position - 2] if position and position > 1 else None
    following_lesson = lessons[position] if position and position < len(lessons) else None
    lock = progress.lock(lesson)
    checks = lesson_checks(
        lesson, records=progress.tracking, locked=lock is not None, request=request
    )
    checks.submission = submission
    if progress.tracking and checks.checks:
        checks.states = check_states(request.user, lesson)
    return {
        "course": course,
        "progress": progress,
        "position": position,
        "lesson_done": progress.is_done(lesson),
        "previous_lesson": previous_lesson,
        "next_lesson": following_lesson,
        "can_track": progress.tracking,
        "lock": lock,
        "hide_body": lock is not None and course.members_only,
        "knowledge_checks": checks,
        "can_complete": progress.tracking and lock is None and checks.requirement_met,
    }
