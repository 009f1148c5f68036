"""The courses app's reminders: a new course in her tracks, and a nudge back to a course.

New course: a course first published in the last NEW_COURSE_WINDOW, to every member whose
Club profile lists its track (tracks match across languages by translation key), once per
course. Nudge: a course she started and has not touched for `ClubSettings.inactivity_nudge_days`
days (0 = off), once per quiet spell (the key holds her last activity).
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce

from home.emails import preferred_language
from home.models import ClubSettings
from home.reminders import Reminder, already_sent, wants

from .models import CoursePage, Enrollment, LessonCompletion

NEW_COURSE = "new_course"
NUDGE = "course_nudge"
NEW_COURSE_WINDOW = timedelta(days=7)


def _by_language(courses):
    """{translation_key: {language: live page}}."""
    found = {}
    for course in courses:
        found.setdefault(course.translation_key, {})[course.locale.language_code] = course
    return found


def _in_her_language(pages, user):
    return pages.get(preferred_language(user)) or next(iter(pages.values()))


def new_course_notifications(now):
    recent = (
        CoursePage.objects.live()
        .filter(first_published_at__gt=now - NEW_COURSE_WINDOW, track__isnull=False)
        .select_related("locale", "track")
        .order_by("first_published_at", "pk")
    )
    courses = _by_language(recent)
    sent = already_sent(NEW_COURSE, {str(key) for key in courses})
    users = get_user_model().objects.filter(is_active=True).select_related("member_profile")
    for key, pages in courses.items():
        track_key = next(iter(pages.values())).track.translation_key
        for user in users.filter(club_profile__tracks__translation_key=track_key).distinct():
            if (user.pk, str(key)) in sent or not wants(user, "notify_new_courses"):
                continue
            yield Reminder(
                NEW_COURSE,
                user,
                str(key),
                "courses/emails/new_course",
                {"course": _in_her_language(pages, user)},
            )


def inactivity_nudges(now):
    days = ClubSettings.for_default_site().inactivity_nudge_days
    if not days:
        return
    last_done = LessonCompletion.objects.filter(
        user=OuterRef("user"), course_key=OuterRef("course_key")
    ).order_by("-completed_at")
    quiet = (
        Enrollment.objects.filter(completed_at__isnull=True, user__is_active=True)
        .annotate(
            last_activity=Coalesce(Subquery(last_done.values("completed_at")[:1]), F("started_at"))
        )
        .filter(last_activity__lt=now - timedelta(days=days))
        .select_related("user", "user__member_profile")
    )
    quiet = [e for e in quiet if wants(e.user, "notify_course_nudge")]
    courses = _by_language(
        CoursePage.objects.live()
        .filter(translation_key__in={e.course_key for e in quiet})
        .select_related("locale")
    )
    for enrollment in quiet:
        pages = courses.get(enrollment.course_key)
        if not pages:  # the course was deleted or unpublished
            continue
        yield Reminder(
            NUDGE,
            enrollment.user,
            f"{enrollment.course_key}@{enrollment.last_activity:%Y-%m-%dT%H:%M}",
            "courses/emails/nudge",
            {"course": _in_her_language(pages, enrollment.user), "days": days},
        )
