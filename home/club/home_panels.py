"""The editor's moderation panel on the admin home: reports of Club posts waiting for her."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from home.admin_home import WaitingPanel, count_line

from .access import can_moderate_posts
from .models import Report, ReportStatus

OPEN_REPORTS_SHOWN = 10


def open_reports_panel(user):
    if not can_moderate_posts(user):
        return None
    waiting = Report.objects.filter(status=ReportStatus.OPEN)
    line = count_line(
        waiting,
        "created_at",
        ngettext_lazy(
            "%(count)s report of a post waits for a decision; it has waited %(since)s.",
            "%(count)s reports of posts wait for a decision; the oldest has waited %(since)s.",
            "count",
        ),
        _("No report of a post waits for a decision."),
        reverse("club_reports:index") + "?status=open",
        _("Open the reports"),
    )
    if line.count:
        shown = waiting.select_related("content_type").order_by("created_at")
        line.items = tuple(
            (
                f"{str(report.content_type.name).capitalize()}: {report.get_reason_display()}",
                reverse("club_reports:edit", args=(report.pk,)),
            )
            for report in shown[:OPEN_REPORTS_SHOWN]
        )
    return WaitingPanel("club_open_reports", _("Reports of Club posts"), [line], order=60)
