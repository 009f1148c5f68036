"""Admin → Circles, the circle panels (member dashboard, admin home), reminders and demo."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component

from . import demo
from .access import mentored_circle_member_ids
from .admin_viewsets import CircleViewSet
from .panels import dashboard_panel, export_member_data
from .progress import QUIET_DAYS, circles_progress
from .reminders import meeting_reminders


@hooks.register("register_admin_viewset")
def register_circles_admin():
    return CircleViewSet()


hooks.register("register_member_dashboard_panel", dashboard_panel, order=20)
hooks.register("register_member_data_export", export_member_data)
# The progress reports of a mentor cover the members of the circles she leads.
hooks.register("register_report_scope_members", mentored_circle_member_ids)
# `manage.py send_reminders`: a circle's meeting, 24 hours before.
hooks.register("register_reminder", meeting_reminders)


class CircleProgressPanel(Component):
    """On the admin home of a mentor: each of her circles, how far it is, who has gone quiet."""

    name = "club_circle_progress"
    template_name = "circles/admin/progress_panel.html"
    order = 60

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        return {
            "rows": self.rows,
            "quiet_days": QUIET_DAYS,
            "report_url": reverse("progress_reports:members"),
        }


@hooks.register("construct_homepage_panels")
def add_circle_progress_panel(request, panels):
    rows = circles_progress(request.user)
    if rows:
        panels.append(CircleProgressPanel(rows))


# `manage.py seed_demo`: two demo circles, after the accounts and courses exist.
hooks.register("register_demo_seeder", demo.seed, order=35)
