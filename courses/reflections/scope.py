"""Who may read which reflections: a permission, then the reviewer's scope.

`reflections.review_reflection` lets a person review at all; she then sees the reflections
of the courses she mentors (any language: the course's `translation_key`), those of the
members of the circles she mentors (courses/circles) and those of the members she follows
(every member with `members.view_all_members`, else the oblasts editors assigned to her).
Drafts are never shown to reviewers. Anyone else sees nothing (404).

The progress reports read `report_scope`: the same courses and oblasts, plus the members other
apps add through the `register_report_scope_members` hook (a mentor's circles).
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Q
from wagtail import hooks

from courses.circles.access import members_of_mentored_circles
from home.members.access import NOTHING, assigned_oblasts, follows_all_members, member_scope
from home.members.models import MemberProfile
from home.permissions import may

from .models import Reflection

REVIEW_REFLECTIONS = "reflections.review_reflection"
VIEW_REPORTS = "reflections.view_progress_reports"


def is_reviewer(user):
    return may(user, REVIEW_REFLECTIONS)


def can_view_reports(user):
    return may(user, VIEW_REPORTS)


def mentored_course_keys(user):
    # By name: the lesson page imports the reflection page, which asks this module.
    course_page = apps.get_model("courses", "CoursePage")
    return course_page.objects.filter(mentor=user).values("translation_key")


def reflection_scope(user):
    """Q selecting the reflections `user` may review (drafts excluded separately)."""
    if not is_reviewer(user):
        return NOTHING
    if follows_all_members(user):
        return Q()  # (an empty Q would vanish from the OR below)
    # Her members as a subquery of profiles, not a join of every reflection to its member.
    members = MemberProfile.objects.filter(member_scope(user, "oblast")).values("user")
    return (
        Q(user__in=members)
        | Q(course_key__in=mentored_course_keys(user))
        | Q(user__in=members_of_mentored_circles(user))
    )


def reviewable_reflections(user):
    if not is_reviewer(user):
        return Reflection.objects.none()
    return Reflection.objects.submitted().filter(reflection_scope(user))


@dataclass(frozen=True)
class ReportScope:
    """Whose learning data a person reads in the progress reports and their exports.

    Everything (`members.view_all_members`), else the union of: the members of the oblasts
    editors assigned to her, every member's progress in the courses she mentors, and the
    members listed in `members` (any course; the `register_report_scope_members` hook adds
    them, e.g. her circles' members).
    """

    everything: bool = False
    oblasts: frozenset = frozenset()
    course_keys: frozenset = frozenset()
    members: frozenset = frozenset()

    def covers_course(self, key):
        """True when every member's progress in course `key` is hers to read."""
        return self.everything or str(key) in self.course_keys

    @property
    def courses_only(self):
        """True when she reads nothing beyond the courses she mentors."""
        return not (self.everything or self.oblasts or self.members)

    def rows(self, user_field="user", course_field="course_key"):
        """Q limiting rows of learning data (enrolments, completions, answers) to the scope."""
        if self.everything:
            return Q()
        condition = NOTHING
        if self.oblasts:
            condition |= Q(**{f"{user_field}__member_profile__oblast__in": sorted(self.oblasts)})
        if self.course_keys:
            condition |= Q(**{f"{course_field}__in": sorted(self.course_keys)})
        if self.members:
            condition |= Q(**{f"{user_field}__in": sorted(self.members)})
        return condition

    def rows_of_people(self, user_field="user", course_field="course_key"):
        """`rows`, for the rows of accounts already limited by `people`: only those she
        reaches through her courses alone need their other courses left out."""
        if self.everything or not self.course_keys:
            return Q()
        return self.rows(user_field, course_field)

    def people(self):
        """Q limiting accounts to the members whose rows she may read."""
        if self.everything:
            return Q()
        condition = NOTHING
        if self.oblasts:
            condition |= Q(member_profile__oblast__in=sorted(self.oblasts))
        if self.course_keys:
            enrollment = apps.get_model("courses", "Enrollment")  # by name, as above
            enrolled = enrollment.objects.filter(course_key__in=sorted(self.course_keys))
            condition |= Q(pk__in=enrolled.values("user"))
        if self.members:
            condition |= Q(pk__in=sorted(self.members))
        return condition


def report_scope(user):
    """The one scope every progress report and export reads (see `ReportScope`)."""
    if not can_view_reports(user):
        return ReportScope()
    if follows_all_members(user):
        return ReportScope(everything=True)
    keys = mentored_course_keys(user).values_list("translation_key", flat=True)
    members = set()
    for extend in hooks.get_hooks("register_report_scope_members"):
        members.update(extend(user))
    return ReportScope(
        oblasts=frozenset(assigned_oblasts(user) if user.is_active else ()),
        course_keys=frozenset(str(key) for key in keys),
        members=frozenset(members),
    )
