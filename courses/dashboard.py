"""The member dashboard: her courses with progress, then the other apps' panels."""

from django.db.models import Q
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.models import Locale, Page

from home.models import Track

from .models import CoursePage, Enrollment, LessonCompletion, LessonPage
from .progress import CourseProgress

PANEL_HOOK = "register_member_dashboard_panel"


def localized_tracks(locale):
    """Tracks of `locale` keyed by translation key, to localise any course's track (1 query)."""
    return {track.translation_key: track for track in Track.objects.filter(locale=locale)}


def lessons_by_course(courses):
    """The live lessons of several courses in one query, keyed by the course's path."""
    result = {course.path: [] for course in courses}
    if not courses:
        return result
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path, depth=course.depth + 1)
    lesson_pages = LessonPage.objects.live().filter(condition).defer_streamfields()
    for lesson in lesson_pages.order_by("path"):
        result[lesson.path[: -Page.steplen]].append(lesson)
    return result


def _courses_for_keys(keys, locale):
    """For each course key, its live page in `locale`, or in another language if untranslated."""
    chosen = {}
    pages = CoursePage.objects.live().filter(translation_key__in=keys).select_related("track")
    for course in pages.order_by("path"):
        current = chosen.get(course.translation_key)
        if current is None or (course.locale_id == locale.pk and current.locale_id != locale.pk):
            chosen[course.translation_key] = course
    return chosen


def course_items(user, locale):
    enrollments = list(Enrollment.objects.filter(user=user).order_by("-started_at"))
    keys = [enrollment.course_key for enrollment in enrollments]
    courses = _courses_for_keys(keys, locale)
    lessons = lessons_by_course(list(courses.values()))
    done = {}
    last_activity = {}
    completions = LessonCompletion.objects.filter(user=user, course_key__in=keys)
    for lesson_key, course_key, completed_at in completions.values_list(
        "lesson_key", "course_key", "completed_at"
    ):
        done.setdefault(course_key, set()).add(lesson_key)
        last_activity[course_key] = max(completed_at, last_activity.get(course_key, completed_at))
    tracks = localized_tracks(locale)
    items = []
    for enrollment in enrollments:
        course = courses.get(enrollment.course_key)
        if course is None:
            continue  # unpublished or deleted since she started it
        track = course.track
        if track is not None:
            track = tracks.get(track.translation_key, track)
        progress = CourseProgress(
            lessons=lessons[course.path],
            completed_keys=done.get(course.translation_key, set()),
            enrolled=True,
        )
        latest = max(
            enrollment.started_at, last_activity.get(course.translation_key, enrollment.started_at)
        )
        items.append({"course": course, "track": track, "progress": progress, "latest": latest})
    items.sort(key=lambda item: item["latest"], reverse=True)
    return items


def hook_panels(request):
    """The HTML of every app's dashboard panel, in the hooks' `order`."""
    functions = sorted(hooks.get_hooks(PANEL_HOOK), key=lambda fn: getattr(fn, "order", 100))
    panels = []
    for function in functions:
        html = function(request)
        if html:
            panels.append(mark_safe(html))  # rendered by the app's own template
    return panels


def dashboard_context(request):
    items = course_items(request.user, Locale.get_active())
    in_progress = [item for item in items if not item["progress"].is_complete]
    completed = [item for item in items if item["progress"].is_complete]
    return {
        "in_progress": in_progress,
        "completed": completed,
        "continue_item": in_progress[0] if in_progress else None,
        "lessons_done": sum(item["progress"].done for item in items),
        "panels": hook_panels(request),
    }
