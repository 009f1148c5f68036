"""Whose circles a person sees, and the members a mentor follows through her circles.

Like everything else, a permission (`circles.view_circle` and friends) says what she may do;
the scope here says which circles: every circle for whoever follows every member
(`members.view_all_members`), else the circles of the oblasts editors assigned to her and
the circles she mentors.
"""

from django.db.models import Q

from home.members.access import assigned_oblasts, follows_all_members

from .models import Circle


def circles_in_scope(user):
    if not (user.is_authenticated and user.is_active):
        return Circle.objects.none()
    if follows_all_members(user):
        return Circle.objects.all()
    led = Circle.mentors.through.objects.filter(user=user).values("circle_id")
    return Circle.objects.filter(Q(oblast__in=sorted(assigned_oblasts(user))) | Q(pk__in=led))


def circle_choices(user):
    """(id, name) of the circles in her scope, for the filters of lists and reports."""
    return [(str(pk), name) for pk, name in circles_in_scope(user).values_list("pk", "name")]


def members_of_mentored_circles(user):
    """Subquery of the user ids of the members of the circles `user` mentors."""
    led = Circle.mentors.through.objects.filter(user=user).values("circle_id")
    return Circle.members.through.objects.filter(circle_id__in=led).values("user_id")


def mentored_circle_member_ids(user):
    """The members a mentor reads in the progress reports through the circles she leads
    (the `register_report_scope_members` hook of courses/reflections/scope.py)."""
    return members_of_mentored_circles(user).values_list("user_id", flat=True)


def members_of_circle(circle_id):
    """Subquery of the user ids of one circle's members (for a filter already validated)."""
    return Circle.members.through.objects.filter(circle_id=circle_id).values("user_id")
