"""Admin menus and privacy hooks of the members app."""

from wagtail import hooks
from wagtail.admin.ui.components import Component

from . import demo, privacy
from .admin_viewsets import ClubMembersGroup
from .models import MembershipApplication


@hooks.register("register_admin_viewset")
def register_members_admin():
    return ClubMembersGroup()


# Our own sections of a member's data export; other apps register theirs the same way.
hooks.register("register_member_data_export", privacy.profile_section)
hooks.register("register_member_data_export", privacy.applications_section)


class PendingApplicationsPanel(Component):
    """On the admin home page: applications waiting for an editor's decision."""

    name = "club_pending_applications"
    template_name = "members/admin/pending_applications_panel.html"
    order = 50

    def __init__(self, applications, total):
        self.applications = applications
        self.total = total

    def get_context_data(self, parent_context):
        return {"applications": self.applications, "total": self.total}


@hooks.register("construct_homepage_panels")
def add_pending_applications_panel(request, panels):
    if not request.user.has_perm("members.change_membershipapplication"):
        return
    pending = MembershipApplication.objects.filter(status=MembershipApplication.Status.PENDING)
    total = pending.count()
    if total:
        panels.append(PendingApplicationsPanel(list(pending.order_by("submitted_at")[:10]), total))


# `manage.py seed_demo`: demo accounts, which later seeders look up.
hooks.register("register_demo_seeder", demo.seed, order=10)
