"""Her circles' progress, for the mentor's admin home.

Per circle she mentors: its members, the lessons they completed of the circle's courses out
of all they have to do, and the members who have gone quiet (no lesson completed and no
reflection written or changed in QUIET_DAYS days). A fixed number of queries however many
circles, members and courses.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from wagtail.models import Page

from courses.models import CoursePage, LessonCompletion, LessonPage
from courses.reflections.models import Reflection
from home.members.models import member_name

from .access import members_of_mentored_circles
from .models import Circle

QUIET_DAYS = 14


@dataclass
class CircleProgress:
    circle: Circle
    members: int = 0
    done: int = 0
    total: int = 0
    quiet: list = field(default_factory=list)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0


def lessons_per_course(keys):
    """{course key: number of its live lessons} (lessons counted across languages once)."""
    courses = (
        CoursePage.objects.live()
        .filter(translation_key__in=keys)
        .values_list("path", "depth", "translation_key")
    )
    by_path = {path: key for path, _depth, key in courses}
    condition = Q()
    for path, depth, _key in courses:
        condition |= Q(path__startswith=path, depth=depth + 1)
    if not by_path:
        return {}
    lessons = {}
    for path, lesson_key in (
        LessonPage.objects.live().filter(condition).values_list("path", "translation_key")
    ):
        lessons.setdefault(by_path[path[: -Page.steplen]], set()).add(lesson_key)
    return {key: len(found) for key, found in lessons.items()}


def circles_progress(user, now=None):
    """CircleProgress of each circle `user` mentors (empty when she mentors none)."""
    people = get_user_model().objects.filter(is_active=True).select_related("member_profile")
    circles = list(
        Circle.objects.filter(mentors=user).prefetch_related(
            Prefetch("members", queryset=people), "course_links"
        )
    )
    if not circles:
        return []
    members = members_of_mentored_circles(user)
    keys = {link.course_key for circle in circles for link in circle.course_links.all()}
    lessons = lessons_per_course(keys)
    completions = LessonCompletion.objects.filter(user__in=members, course_key__in=keys)
    done = {
        (row["user"], row["course_key"]): row["n"]
        for row in completions.values("user", "course_key").annotate(n=Count("pk"))
    }
    since = (now or timezone.now()) - timedelta(days=QUIET_DAYS)
    active = set(
        LessonCompletion.objects.filter(user__in=members, completed_at__gte=since).values_list(
            "user", flat=True
        )
    ) | set(
        Reflection.objects.filter(user__in=members, updated_at__gte=since).values_list(
            "user", flat=True
        )
    )
    rows = []
    for circle in circles:
        course_keys = [link.course_key for link in circle.course_links.all()]
        people_here = list(circle.members.all())
        row = CircleProgress(circle, members=len(people_here))
        for member in people_here:
            for key in course_keys:
                count = lessons.get(key, 0)
                row.total += count
                row.done += min(done.get((member.pk, key), 0), count)
            if member.pk not in active:
                row.quiet.append(member_name(member))
        row.quiet.sort()
        rows.append(row)
    return rows
