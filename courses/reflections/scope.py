"""Who may read which reflections: a permission, then the reviewer's scope.

`reflections.review_reflection` lets a person review at all; she then sees the reflections
of the courses she mentors (any language: the course's `translation_key`) and those of the
members she follows (every member with `members.view_all_members`, else the oblasts editors
assigned to her). Drafts are never shown to reviewers. Anyone else sees nothing (404).
"""

from django.apps import apps
from django.db.models import Q

from home.members.access import NOTHING, follows_all_members, member_scope
from home.members.models import MemberProfile

from .models import Reflection

REVIEW_REFLECTIONS = "reflections.review_reflection"
VIEW_REPORTS = "reflections.view_progress_reports"


def is_reviewer(user):
    return user.is_authenticated and user.is_active and user.has_perm(REVIEW_REFLECTIONS)


def can_view_reports(user):
    return user.is_authenticated and user.is_active and user.has_perm(VIEW_REPORTS)


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
    return Q(user__in=members) | Q(course_key__in=mentored_course_keys(user))


def reviewable_reflections(user):
    if not is_reviewer(user):
        return Reflection.objects.none()
    return Reflection.objects.submitted().filter(reflection_scope(user))
