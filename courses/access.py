"""Who may read a lesson and who may track progress."""

from django.utils.translation import gettext_lazy as _

from home.members.access import is_club_member, members_only_refusal


def can_read_course(user, course):
    """Public courses are open to everyone; members-only ones to Club members."""
    return course is not None and (not course.members_only or is_club_member(user))


def can_track_progress(user):
    return is_club_member(user)


def lesson_access_denied(request, lesson):
    """None if the visitor may open the lesson, else the members-only answer."""
    course = lesson.course
    if can_read_course(request.user, course):
        return None
    return members_only_refusal(
        request,
        reason=_(
            "This lesson is open to members of the Club of Women Deputies. "
            "Your account is not a Club membership yet."
        ),
        overview=course,
    )
