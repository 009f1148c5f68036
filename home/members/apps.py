from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class MembersConfig(AppConfig):
    default = True  # beside ClubUsersConfig below
    name = "home.members"
    label = "members"
    verbose_name = _("Members")

    def ready(self):
        """Any change of who holds a permission moves the PERMISSIONS generation on, so the
        every-page permissions kept per account are read again (home/members/backends.py)."""
        from . import backends

        backends.connect()


class ClubUsersConfig(WagtailUsersAppConfig):
    """Named in INSTALLED_APPS instead of "wagtail.users": Wagtail's users and groups admin,
    with the Club's groups named in the editor's language (home/members/admin_groups.py)."""

    group_viewset = "home.members.admin_groups.GroupViewSet"
    user_viewset = "home.members.admin_groups.UserViewSet"
