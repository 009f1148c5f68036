"""Admin menu, permissions, moderation log, panels, privacy and demo of the Club space."""

from django.contrib.auth.models import Permission
from wagtail import hooks
from wagtail.admin.ui.components import Component

from . import demo
from .access import can_moderate_posts
from .admin_viewsets import ClubSpaceGroup
from .models import Report, ReportStatus
from .moderation import LOG_ACTIONS
from .panels import dashboard_panel
from .privacy import erase_club_data, export_club_data

OPEN_REPORTS_SHOWN = 10


@hooks.register("register_admin_viewset")
def register_club_space_admin():
    return ClubSpaceGroup()


@hooks.register("register_permissions")
def register_club_permissions():
    """Offer "feature or hide initiatives" and "act on reports" in Settings → Groups."""
    return Permission.objects.filter(
        content_type__app_label="club", codename__in=["moderate_initiative", "moderate_post"]
    )


@hooks.register("register_log_actions")
def register_club_log_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


class OpenReportsPanel(Component):
    """On the admin home page: reports of Club posts waiting for an editor's decision."""

    name = "club_open_reports"
    template_name = "club/admin/open_reports_panel.html"
    order = 60

    def __init__(self, reports, total):
        self.reports = reports
        self.total = total

    def get_context_data(self, parent_context):
        return {"reports": self.reports, "total": self.total}


@hooks.register("construct_homepage_panels")
def add_open_reports_panel(request, panels):
    if not can_moderate_posts(request.user):
        return
    waiting = Report.objects.filter(status=ReportStatus.OPEN)
    total = waiting.count()
    if total:
        shown = waiting.select_related("content_type").order_by("created_at")[:OPEN_REPORTS_SHOWN]
        panels.append(OpenReportsPanel(list(shown), total))


hooks.register("register_member_dashboard_panel", dashboard_panel, order=35)
hooks.register("register_member_data_export", export_club_data)
hooks.register("register_member_data_erasure", erase_club_data)

# `manage.py seed_demo`: directory entries, initiatives, offers and comments of demo members.
hooks.register("register_demo_seeder", demo.seed, order=60)
