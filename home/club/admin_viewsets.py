"""The "Club space" admin menu: initiatives to feature or hide, reports of posts to decide."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .admin_views import (
    HandleReportView,
    ModerateInitiativeView,
    ReportDecisionForm,
    ReportIndexView,
    author_name,
    person,
)
from .models import Initiative, Report


class ModerationViewSet(ModelViewSet):
    """Moderators change what they decide and read the rest; the permissions they need are
    offered once in Settings → Groups (wagtail_hooks), not add/change/delete per model."""

    copy_view_enabled = False
    inspect_view_enabled = True

    def get_permissions_to_register(self):
        return Permission.objects.none()


class InitiativeViewSet(ModerationViewSet):
    model = Initiative
    icon = "pick"
    menu_label = _("Initiatives")
    url_prefix = "club-initiatives"
    url_namespace = "club_initiatives"
    edit_view_class = ModerateInitiativeView
    form_fields = ["featured", "hidden"]
    list_display = [
        "title",
        Column("author", label=_("Author"), accessor=author_name),
        "oblast",
        "status",
        "featured",
        "hidden",
        "created_at",
    ]
    list_filter = ["status", "oblast", "featured", "hidden"]
    search_fields = ["title", "municipality"]
    inspect_view_fields = ["title", "problem", "goal", "help_needed", "municipality", "oblast"]


def _post_excerpt(report):
    post = report.target
    return post.club_excerpt() if post is not None else _("(deleted)")


class ReportViewSet(ModerationViewSet):
    model = Report
    icon = "warning"
    menu_label = _("Reports of posts")
    url_prefix = "club-reports"
    url_namespace = "club_reports"
    index_view_class = ReportIndexView
    edit_view_class = HandleReportView
    form_fields = ["note"]
    list_display = [
        Column("post", label=_("Post"), accessor=_post_excerpt),
        Column("kind", label=_("Kind"), accessor=lambda r: r.content_type.name),
        "reason",
        Column("reporter", label=_("Reported by"), accessor=lambda r: person(r.reporter)),
        "status",
        "created_at",
    ]
    list_filter = ["status", "reason"]

    def get_form_class(self, for_update=False):
        return ReportDecisionForm


class ClubSpaceGroup(ModelViewSetGroup):
    menu_label = _("Club space")
    menu_icon = "group"
    menu_order = 260
    items = (InitiativeViewSet, ReportViewSet)
