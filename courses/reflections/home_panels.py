"""The mentor's panel on the admin home: reflections waiting for her feedback, and members of
her scope who have gone quiet (registered in wagtail_hooks through `construct_homepage_panels`).

Both follow the review scope (`reflection_scope`): the courses she mentors and the members she
follows. Three queries, whatever the number of reflections and members.
"""

from datetime import timedelta
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from courses.models import Enrollment, LessonCompletion
from home.admin_home import Line, WaitingPanel, count_line
from home.members.models import member_name

from .models import Reflection
from .scope import can_view_reports, is_reviewer, reflection_scope, reviewable_reflections

QUIET_DAYS = 14
QUIET_SHOWN = 5


def waiting_line(user):
    waiting = reviewable_reflections(user).awaiting_feedback()
    return count_line(
        waiting,
        "submitted_at",
        ngettext_lazy(
            "%(count)s reflection waits for feedback; it has waited %(since)s.",
            "%(count)s reflections wait for feedback; the oldest has waited %(since)s.",
            "count",
        ),
        _("No reflection waits for feedback."),
        reverse("reflections_review:index"),
        _("Open the review queue"),
    )


def quiet_members(user, now=None):
    """Members of her scope enrolled in a course they have not finished, with no lesson
    completed and no reflection written for `QUIET_DAYS` days (and enrolled before that)."""
    since = (now or timezone.now()) - timedelta(days=QUIET_DAYS)
    active = LessonCompletion.objects.filter(user=OuterRef("user"), completed_at__gte=since)
    writing = Reflection.objects.filter(user=OuterRef("user"), updated_at__gte=since)
    enrolments = Enrollment.objects.filter(
        reflection_scope(user),
        completed_at__isnull=True,
        started_at__lt=since,
        user__is_active=True,
    ).exclude(Exists(active) | Exists(writing))
    return get_user_model().objects.filter(pk__in=enrolments.values("user"))


def quiet_line(user):
    quiet = quiet_members(user)
    total = quiet.count()
    report = reverse("progress_reports:members") if can_view_reports(user) else ""
    if not total:
        return Line(str(_("No member has gone quiet.")), report, "")
    shown = quiet.select_related("member_profile").order_by("member_profile__full_name", "pk")
    items = []
    for person in shown[:QUIET_SHOWN]:
        name = member_name(person)
        items.append((name, f"{report}?{urlencode({'member': name})}" if report else ""))
    text = ngettext_lazy(
        "%(count)s member has done nothing in her courses for %(days)s days.",
        "%(count)s members have done nothing in their courses for %(days)s days.",
        "count",
    ) % {"count": total, "days": QUIET_DAYS}
    return Line(text, report, str(_("Open the member report")) if report else "", tuple(items))


def mentor_panel(user):
    if not is_reviewer(user):
        return None
    return WaitingPanel(
        "club_mentor_waiting",
        _("Your members' reflections and progress"),
        [waiting_line(user), quiet_line(user)],
        order=40,
    )
