"""Certificates in the Wagtail admin: editors find one and revoke it (or restore it).

Certificates are issued only by completing a course and leave only with the member's
account, so the admin offers no "add", "copy" or "delete" — for superusers neither.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import Certificate


class ChangeOnlyPolicy(ModelPermissionPolicy):
    """Model permissions restricted to viewing and changing."""

    actions = frozenset({"change", "view"})

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, self.actions.intersection(actions))

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(self.actions.intersection(actions))


register_permission_policy(Certificate, ChangeOnlyPolicy(Certificate), exact_class=True)


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "tick-inverse"
    menu_label = _("Certificates")
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "club/certificates"
    list_display = [
        "full_name",
        Column("course", label=_("course"), accessor="course_title"),
        DateColumn("issued_at", label=_("issued at")),
        "revoked",
    ]
    list_filter = ["revoked", "language"]
    search_fields = ["full_name", "code"]
    form_fields = ["revoked", "revocation_reason"]
    copy_view_enabled = False
