"""Admin menus and privacy hooks of the members app."""

from wagtail import hooks

from home.admin_home import panel_hook

from . import demo, privacy
from .admin_viewsets import ClubMembersGroup
from .home_panels import coordinator_panel


@hooks.register("register_admin_viewset")
def register_members_admin():
    return ClubMembersGroup()


# Our own sections of a member's data export; other apps register theirs the same way.
hooks.register("register_member_data_export", privacy.profile_section)
hooks.register("register_member_data_export", privacy.applications_section)


# The admin home: applications waiting and members, within her oblasts.
hooks.register("construct_homepage_panels", panel_hook(coordinator_panel))


# `manage.py seed_demo`: demo accounts, which later seeders look up.
hooks.register("register_demo_seeder", demo.seed, order=10)
