"""Admin menu, permissions, moderation log, panels, privacy and demo of the Club space."""

from django.contrib.auth.models import Permission
from wagtail import hooks

from home.admin_home import panel_hook

from . import demo
from .admin_viewsets import ClubSpaceGroup
from .home_panels import open_reports_panel
from .moderation import LOG_ACTIONS
from .panels import dashboard_panel
from .privacy import erase_club_data, export_club_data


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


# The admin home: reports of posts waiting for a decision.
hooks.register("construct_homepage_panels", panel_hook(open_reports_panel))


hooks.register("register_member_dashboard_panel", dashboard_panel, order=35)
hooks.register("register_member_data_export", export_club_data)
hooks.register("register_member_data_erasure", erase_club_data)

# `manage.py seed_demo`: directory entries, initiatives, offers and comments of demo members.
hooks.register("register_demo_seeder", demo.seed, order=60)
