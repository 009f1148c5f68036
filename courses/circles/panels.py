"""Her circles on the member's dashboard: name, mentors, the next meeting, the others by name.

Only the circles she is a member of; the people are named by the Club's one display name
(`member_name`), nothing else about them. One query when she is in no circle, four otherwise.
"""

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q
from django.template.loader import render_to_string

from home.members.access import is_club_member
from home.members.models import member_name

from .models import Circle, CircleMeeting


def her_circles(user):
    people = (
        get_user_model()
        .objects.filter(is_active=True)
        .select_related("member_profile")
        .order_by("member_profile__full_name", "username")
    )
    circles = list(
        Circle.objects.filter(members=user).prefetch_related(
            Prefetch("mentors", queryset=people),
            Prefetch("members", queryset=people.exclude(pk=user.pk), to_attr="others"),
            Prefetch("meetings", queryset=CircleMeeting.objects.upcoming(), to_attr="upcoming"),
        )
    )
    for circle in circles:
        circle.mentor_names = [member_name(mentor) for mentor in circle.mentors.all()]
        circle.other_names = [member_name(member) for member in circle.others]
        circle.next_meeting = circle.upcoming[0] if circle.upcoming else None
    return circles


def dashboard_panel(request):
    if not is_club_member(request.user):
        return None
    circles = her_circles(request.user)
    if not circles:
        return None
    return render_to_string("circles/dashboard_panel.html", {"circles": circles}, request=request)


def export_member_data(user):
    """Section "circles" of her data download: the circles she belongs to or leads.

    (Her place in a circle goes with her account: the membership rows cascade.)"""
    led = Circle.mentors.through.objects.filter(user=user).values("circle_id")
    joined = Circle.members.through.objects.filter(user=user).values("circle_id")
    circles = Circle.objects.filter(Q(pk__in=led) | Q(pk__in=joined)).prefetch_related("meetings")
    return "circles", [
        {
            "name": circle.name,
            "oblast": circle.oblast,
            "starts_on": circle.starts_on.isoformat(),
            "schedule": circle.schedule,
            "meets_online": circle.meets_online,
            "place": circle.place,
            "meetings": [
                {"starts_at": meeting.starts_at.isoformat(), "topic": meeting.topic}
                for meeting in circle.meetings.all()
            ],
        }
        for circle in circles.order_by("starts_on", "pk")
    ]
