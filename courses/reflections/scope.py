"""Who may read which reflections: the reviewer's scope, applied to every admin queryset.

Mentors see the reflections of the courses they mentor (any language: the course's
`translation_key`), regional coordinators those of members of their own oblast, editors all.
Drafts are never shown to reviewers. Anyone else sees nothing (the views answer 404).
"""

from django.db.models import Q

from home.members.access import is_editor, is_mentor, is_regional_coordinator

from .models import Reflection

NOTHING = Q(pk__in=[])


def mentored_course_keys(user):
    from courses.models import CoursePage

    return CoursePage.objects.filter(mentor=user).values("translation_key")


def coordinator_oblast(user):
    profile = getattr(user, "member_profile", None)
    return getattr(profile, "oblast", "") or ""


def member_scope(user, prefix="user__"):
    """Q restricting a member-related queryset to the members a reviewer may follow.

    `prefix` leads from the queried model to the member's User ("" for User itself).
    Editors: everyone; coordinators: their oblast; mentors are scoped by course, not member.
    """
    if not user.is_authenticated:
        return NOTHING
    if is_editor(user):
        return Q()
    if is_regional_coordinator(user):
        oblast = coordinator_oblast(user)
        if oblast:
            return Q(**{f"{prefix}member_profile__oblast": oblast})
    return NOTHING


def reflection_scope(user):
    """Q selecting the reflections `user` may review (drafts excluded separately)."""
    if not user.is_authenticated or not user.is_active:
        return NOTHING
    if is_editor(user):
        return Q()
    condition = NOTHING
    if is_mentor(user):
        condition |= Q(course_key__in=mentored_course_keys(user))
    if is_regional_coordinator(user):
        oblast = coordinator_oblast(user)
        if oblast:
            condition |= Q(user__member_profile__oblast=oblast)
    return condition


def is_reviewer(user):
    return user.is_authenticated and (
        is_editor(user) or is_mentor(user) or is_regional_coordinator(user)
    )


def can_view_reports(user):
    return user.is_authenticated and (is_editor(user) or is_regional_coordinator(user))


def reviewable_reflections(user):
    if not is_reviewer(user):
        return Reflection.objects.none()
    return Reflection.objects.submitted().filter(reflection_scope(user))
