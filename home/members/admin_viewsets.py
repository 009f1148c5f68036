"""Wagtail admin: the member list (filters, search, CSV/XLSX export) and the applications queue."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .access import limit_to_member_scope
from .admin_forms import InviteForm, MemberProfileAdminForm
from .admin_views import (
    AssignOblastView,
    InviteMemberView,
    MemberEditView,
    MemberInspectView,
    ReviewApplicationView,
)
from .choices import ClubRole, Oblast
from .models import MemberProfile, MembershipApplication, MemberStatus, OblastAssignment

PROFILE_EXPORT = [
    "full_name",
    "user.email",
    "get_role_display",
    "get_oblast_display",
    "municipality",
    "preferred_language",
    "phone",
    "telegram_username",
    "get_status_display",
    "created_at",
]


class MemberFilterSet(WagtailFilterSet):
    role = django_filters.ChoiceFilter(label=_("Role in the Club"), choices=ClubRole.choices)
    oblast = django_filters.ChoiceFilter(label=_("Oblast"), choices=Oblast.choices)
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=MemberStatus.choices, method="filter_status"
    )

    class Meta:
        model = MemberProfile
        fields = ["role", "oblast"]

    def filter_status(self, queryset, name, value):
        if value == MemberStatus.INACTIVE:
            return queryset.filter(user__is_active=False)
        active = queryset.filter(user__is_active=True)
        if value == MemberStatus.INVITED:
            return active.filter(user__password__startswith="!")
        return active.exclude(user__password__startswith="!")


class MemberIndexView(IndexView):
    add_item_label = _("Invite a member")

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("user")
        return limit_to_member_scope(self.request.user, queryset)


class MemberProfileViewSet(ModelViewSet):
    model = MemberProfile
    icon = "group"
    menu_label = _("Members")
    url_prefix = "club-members"
    index_view_class = MemberIndexView
    inspect_view_class = MemberInspectView
    edit_view_class = MemberEditView
    add_view_class = InviteMemberView
    filterset_class = MemberFilterSet
    search_fields = ["full_name", "user__email", "municipality", "phone", "telegram_username"]
    list_display = ["full_name", "email", "role", "oblast", "municipality", "status"]
    list_export = PROFILE_EXPORT
    export_headings = {
        "user.email": _("Email"),
        "get_role_display": _("Role in the Club"),
        "get_oblast_display": _("Oblast"),
        "get_status_display": _("Status"),
    }
    export_filename = "club-members"
    inspect_view_enabled = True
    inspect_view_fields_exclude = ["id", "user"]

    def get_form_class(self, for_update=False):
        return MemberProfileAdminForm if for_update else InviteForm


class ApplicationFilterSet(WagtailFilterSet):
    class Meta:
        model = MembershipApplication
        fields = ["status", "role", "oblast"]


class ApplicationIndexView(IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("decided_by")
        return limit_to_member_scope(self.request.user, queryset)

    def get_edit_url(self, instance):
        return reverse("club_applications:review", args=(instance.pk,))


class MembershipApplicationViewSet(ModelViewSet):
    model = MembershipApplication
    icon = "form"
    menu_label = _("Applications")
    url_prefix = "club-applications"
    url_namespace = "club_applications"
    index_view_class = ApplicationIndexView
    filterset_class = ApplicationFilterSet
    search_fields = ["full_name", "email", "municipality", "phone"]
    list_display = ["full_name", "email", "role", "oblast", "status", "submitted_at"]
    list_export = [
        "full_name",
        "email",
        "phone",
        "get_role_display",
        "get_oblast_display",
        "municipality",
        "motivation",
        "preferred_language",
        "get_status_display",
        "submitted_at",
        "decided_at",
    ]
    export_headings = {
        "get_role_display": _("Role in the Club"),
        "get_oblast_display": _("Oblast"),
        "get_status_display": _("Status"),
    }
    export_filename = "club-applications"
    form_fields = ["full_name", "email", "phone", "role", "oblast", "municipality"]

    def get_urlpatterns(self):
        review = self.construct_view(
            ReviewApplicationView, **self.get_inspect_view_kwargs(template_name=None)
        )
        return super().get_urlpatterns() + [path("review/<int:pk>/", review, name="review")]

    def get_inspect_view_kwargs(self, **kwargs):
        kwargs = super().get_inspect_view_kwargs(**kwargs)
        if kwargs.get("template_name") is None:
            kwargs.pop("template_name")
        return kwargs


class OblastAssignmentViewSet(ModelViewSet):
    """Which oblasts each regional coordinator follows: set here by editors only."""

    model = OblastAssignment
    icon = "site"
    menu_label = _("Coordinators' oblasts")
    url_prefix = "club-coordinator-oblasts"
    url_namespace = "club_oblast_assignments"
    add_view_class = AssignOblastView
    form_fields = ["user", "oblast"]
    list_display = ["user", "oblast", "assigned_at", "assigned_by"]
    list_filter = ["oblast"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "user__email"]
    copy_view_enabled = False


class ClubMembersGroup(ModelViewSetGroup):
    menu_label = _("Club members")
    menu_icon = "group"
    menu_order = 250
    items = (MemberProfileViewSet, MembershipApplicationViewSet, OblastAssignmentViewSet)
