"""Admin menu, admin URLs, the member dashboard panel and the privacy export."""

from django.contrib.auth.models import Permission
from django.db import transaction
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.admin_home import panel_hook

from . import admin_urls, demo, demo_conversation, demo_shared
from .conversation_panel import add_unanswered_messages_panel
from .home_panels import mentor_panel
from .panels import dashboard_panel, erase_messages, export_member_data
from .reminders import mentor_digests
from .report_figures import refresh_if_stale, request_refresh
from .scope import is_reviewer
from .sharing import attachment_provider, club_panel


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return is_reviewer(request.user)


@hooks.register("register_permissions")
def register_reflection_permissions():
    """Offer "review reflections" and "view progress reports" in Settings → Groups."""
    return Permission.objects.filter(
        content_type__app_label="reflections",
        codename__in=["review_reflection", "view_progress_reports"],
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("club/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewMenuItem(
        _("Reflections to review"),
        reverse("reflections_review:index"),
        name="reflections-review",
        icon_name="comment",
        order=250,
    )


hooks.register("register_member_dashboard_panel", dashboard_panel, order=30)
# The admin home: reflections waiting for her feedback, members who have gone quiet.
hooks.register("construct_homepage_panels", panel_hook(mentor_panel))
hooks.register("register_member_data_export", export_member_data)
hooks.register("register_member_data_erasure", erase_messages)
# The admin home: members' answers in the conversation waiting for this reviewer.
hooks.register("construct_homepage_panels", add_unanswered_messages_panel)
# `manage.py send_reminders`: the mentor's weekly digest.
hooks.register("register_reminder", mentor_digests)

# The Club space (home/club): her stakeholder maps attach to her initiatives; the latest
# shared reflections on the Club's front page.
hooks.register("register_club_attachment_provider", attachment_provider)
hooks.register("register_club_panel", club_panel, order=20)

# `manage.py seed_demo`: reflections on the courses' lessons.
hooks.register("register_demo_seeder", demo.seed, order=30)
hooks.register("register_demo_seeder", demo_conversation.seed, order=31)
# One shared reflection with members' comments, after the Club's demo members are listed.
hooks.register("register_demo_seeder", demo_shared.seed, order=65)


# The scheduler's pass recomputes the reports' figures once they are too old.
hooks.register("register_scheduled_job", refresh_if_stale)


@hooks.register("register_member_data_erasure")
def recount_without_her(user):
    """The reports' summary counts her until it is recomputed: queue that once she is gone."""
    transaction.on_commit(request_refresh)
