"""The coordinator's panel on the admin home: applications waiting in her oblasts and her
oblasts' members, each linking to its list (the lists keep the same scope)."""

from urllib.parse import urlencode

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from home.admin_home import Line, WaitingPanel, count_line
from home.permissions import may

from .access import assigned_oblasts, follows_all_members, limit_to_member_scope
from .choices import Oblast
from .models import MemberProfile, MembershipApplication

VIEW_APPLICATIONS = "members.view_membershipapplication"
VIEW_MEMBERS = "members.view_memberprofile"
APPLICATIONS_SHOWN = 5


def list_url(url_name, user, **query):
    """The list, filtered to her oblast when she follows exactly one."""
    oblasts = assigned_oblasts(user)
    if not follows_all_members(user) and len(oblasts) == 1:
        query["oblast"] = next(iter(oblasts))
    return reverse(url_name) + (f"?{urlencode(query)}" if query else "")


def applications_line(user):
    pending = limit_to_member_scope(
        user, MembershipApplication.objects.filter(status=MembershipApplication.Status.PENDING)
    )
    line = count_line(
        pending,
        "submitted_at",
        ngettext_lazy(
            "%(count)s application waits for a decision; it has waited %(since)s.",
            "%(count)s applications wait for a decision; the oldest has waited %(since)s.",
            "count",
        ),
        _("No application waits for a decision."),
        list_url("club_applications:index", user, status="pending"),
        _("Open the applications"),
    )
    if line.count:  # the oldest few, each opening its review
        line.items = tuple(
            (f"{name} · {oblast_label(oblast)}", reverse("club_applications:review", args=(pk,)))
            for pk, name, oblast in pending.order_by("submitted_at", "pk").values_list(
                "pk", "full_name", "oblast"
            )[:APPLICATIONS_SHOWN]
        )
    return line


def oblast_label(value):
    return dict(Oblast.choices).get(value, value)


def members_line(user):
    start = timezone.localtime().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    found = limit_to_member_scope(user, MemberProfile.objects.all()).aggregate(
        total=Count("pk"), new=Count("pk", filter=Q(created_at__gte=start))
    )
    text = ngettext_lazy(
        "%(count)s member; %(new)s joined this month.",
        "%(count)s members; %(new)s joined this month.",
        "count",
    ) % {"count": found["total"], "new": found["new"]}
    return Line(text, list_url("memberprofile:index", user), str(_("Open the members")))


def coordinator_panel(user):
    lines = []
    if may(user, VIEW_APPLICATIONS):
        lines.append(applications_line(user))
    if may(user, VIEW_MEMBERS):
        lines.append(members_line(user))
    if not lines:
        return None
    heading = _("The Club's members") if follows_all_members(user) else _("Your oblasts")
    return WaitingPanel("club_members_waiting", heading, lines, order=50)
