"""Who may read a lesson and who may track progress."""

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse

from home.members.access import is_club_member


def can_read_course(user, course):
    """Public courses are open to everyone; members-only ones to Club members."""
    return course is not None and (not course.members_only or is_club_member(user))


def can_track_progress(user):
    return is_club_member(user)


def lesson_access_denied(request, lesson):
    """None if the visitor may open the lesson, else the response refusing it.

    Anonymous visitors of a members-only lesson go to sign in (and come back); signed-in
    people who are not Club members get a 403 page pointing at the course overview.
    """
    course = lesson.course
    if can_read_course(request.user, course):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    response = TemplateResponse(
        request, "courses/members_only.html", {"page": lesson, "course": course}, status=403
    )
    response["Cache-Control"] = "private, no-cache"
    return response
