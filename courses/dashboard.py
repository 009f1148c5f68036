"""The courses app's panels of the member dashboard (home/dashboard.py): 'My learning' (her
courses with progress) and 'My certificates'."""

from django.template.loader import render_to_string
from django.utils.translation import get_language

from home.cache import active_locale
from home.models import Track

from .models import Certificate, CoursePage, Enrollment, LessonCompletion, live_lessons_by_course
from .progress import CourseProgress


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
    lessons = live_lessons_by_course(list(courses.values()))
    done = {}
    last_activity = {}
    completions = LessonCompletion.objects.filter(user=user, course_key__in=keys)
    for lesson_key, course_key, completed_at in completions.values_list(
        "lesson_key", "course_key", "completed_at"
    ):
        done.setdefault(course_key, set()).add(lesson_key)
        last_activity[course_key] = max(completed_at, last_activity.get(course_key, completed_at))
    tracks = Track.by_translation_key(locale)
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


def my_learning_panel(request):
    """Her courses: where to continue, in progress, completed (a constant number of queries)."""
    items = course_items(request.user, active_locale())
    in_progress = [item for item in items if not item["progress"].is_complete]
    context = {
        "in_progress": in_progress,
        "completed": [item for item in items if item["progress"].is_complete],
        "continue_item": in_progress[0] if in_progress else None,
    }
    return render_to_string("courses/includes/dashboard_panel.html", context, request=request)


def certificates_panel(request):
    """'My certificates': each with its PDF in three languages and its verification page."""
    certificates = list(Certificate.objects.filter(user=request.user).order_by("-issued_at"))
    language = get_language()
    for certificate in certificates:
        certificate.title_here = certificate.course_title(language)
    return render_to_string(
        "courses/includes/certificates_panel.html",
        {"certificates": certificates},
        request=request,
    )
