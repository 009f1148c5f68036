"""The catalogue of a CourseIndexPage: courses grouped by track, filterable by track."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

from home.models import Track

from .access import can_track_progress
from .models.progress import LessonCompletion
from .progress import CourseProgress

COVER_FILTER = "fill-640x360"


def catalogue_context(request, index_page):
    """Constant number of queries, whatever the number of courses, lessons or members."""
    user = request.user
    is_member = can_track_progress(user)
    tracks = Track.by_translation_key(index_page.locale)
    courses = (
        index_page.live_courses()
        .select_related("track")
        .prefetch_related(
            Prefetch(
                "cover_image",
                queryset=get_image_model().objects.prefetch_renditions(COVER_FILTER),
            )
        )
    )
    if not is_member:
        # Members-only modules never appear to visitors in listings (team contract).
        courses = courses.filter(members_only=False)
    courses = list(courses)

    lessons = index_page.live_lessons_by_course(courses)

    done = {}
    if is_member and courses:
        keys = [course.translation_key for course in courses]
        for lesson_key, course_key in LessonCompletion.objects.filter(
            user=user, course_key__in=keys
        ).values_list("lesson_key", "course_key"):
            done.setdefault(course_key, set()).add(lesson_key)

    selected_slug = request.GET.get("track", "")
    groups = {}
    for course in courses:
        track = course.track
        if track is not None:
            track = tracks.get(track.translation_key, track)
        if selected_slug and (track is None or track.slug != selected_slug):
            continue
        course.localized_track = track
        course.progress = CourseProgress(
            lessons=lessons[course.path], completed_keys=done.get(course.translation_key, set())
        )
        groups.setdefault(track.translation_key if track else None, (track, []))[1].append(course)

    ordered = sorted(
        groups.values(),
        key=lambda group: (group[0] is None, group[0].sort_order if group[0] else 0),
    )
    return {
        "tracks": sorted(tracks.values(), key=lambda track: (track.sort_order, track.name)),
        "selected_track": selected_slug,
        "groups": ordered,
        "is_member": is_member,
        "cover_filter": COVER_FILTER,
    }
