"""A member's progress through a course, keyed on the pages' translation keys."""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from .access import can_read_course, can_track_progress
from .models import Enrollment, LessonCompletion, LessonPage


@dataclass
class CourseProgress:
    """Progress through the live lessons of one course (in one language)."""

    lessons: list
    completed_keys: set = field(default_factory=set)
    enrolled: bool = False

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
    def started(self):
        return self.enrolled or self.done > 0

    def is_done(self, lesson):
        return lesson.translation_key in self.completed_keys

    def position(self, lesson):
        for number, candidate in enumerate(self.lessons, start=1):
            if candidate.pk == lesson.pk:
                return number
        return None


def live_lessons(course):
    """The live lessons of a course in page-tree order (one query)."""
    return list(LessonPage.objects.live().child_of(course).order_by("path"))


def completed_keys(user, course_key):
    if not can_track_progress(user):
        return set()
    return set(
        LessonCompletion.objects.filter(user=user, course_key=course_key).values_list(
            "lesson_key", flat=True
        )
    )


def progress_for(user, course, lessons=None):
    lessons = live_lessons(course) if lessons is None else lessons
    if not can_track_progress(user):
        return CourseProgress(lessons=lessons)
    enrolled = Enrollment.objects.filter(user=user, course_key=course.translation_key).exists()
    return CourseProgress(
        lessons=lessons,
        completed_keys=completed_keys(user, course.translation_key),
        enrolled=enrolled,
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
    """Stamp the enrollment when every live lesson is done; clear it after an undo."""
    complete = progress_for(user, course).is_complete
    enrollments = Enrollment.objects.filter(user=user, course_key=course.translation_key)
    if complete:
        enrollments.filter(completed_at__isnull=True).update(completed_at=timezone.now())
    else:
        enrollments.exclude(completed_at=None).update(completed_at=None)


def course_page_context(request, course):
    progress = progress_for(request.user, course)
    return {
        "track": course.track.localized if course.track_id else None,
        "progress": progress,
        "can_read": can_read_course(request.user, course),
        "can_track": can_track_progress(request.user),
    }


def lesson_page_context(request, lesson):
    course = lesson.course
    progress = progress_for(request.user, course)
    position = progress.position(lesson)
    lessons = progress.lessons
    previous_lesson = lessons[position - 2] if position and position > 1 else None
    following_lesson = lessons[position] if position and position < len(lessons) else None
    return {
        "course": course,
        "progress": progress,
        "position": position,
        "lesson_done": progress.is_done(lesson),
        "previous_lesson": previous_lesson,
        "next_lesson": following_lesson,
        "can_track": can_track_progress(request.user),
    }
