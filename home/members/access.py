"""Who may do what: Django permissions first, then whose data.

Permissions are granted to groups in Settings → Groups (the Club's four groups get theirs
from members migration 0005); group names are labels only. On top of a permission, the
scope says whose data a person may follow: everyone with `members.view_all_members`, else
the oblasts an editor assigned to her (`OblastAssignment`). Nothing a person edits about
herself (her profile's oblast, for one) widens that scope.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.views import redirect_to_login
from django.db.models import Exists, OuterRef, Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from home.cache import keep_private

from .models import OblastAssignment

CLUB_MEMBER = "members.club_member"
VIEW_ALL_MEMBERS = "members.view_all_members"
NOTHING = Q(pk__in=[])


def is_club_member(user):
    """Signed in, active and holding the Club membership permission (through any group).

    Kept on the user object for the request: a page asks it several times, and each
    `has_perm` walks every authentication backend."""
    if not (user.is_authenticated and user.is_active):
        return False
    if not hasattr(user, "_club_member"):
        user._club_member = user.has_perm(CLUB_MEMBER)
    return user._club_member


def holds_club_membership(to_user=""):
    """Q: the account is what `is_club_member` says yes to. `to_user` leads from the queried
    model to the account ("user__" on a model pointing at her; empty on users).

    Checked row by row (EXISTS), so a page of a long list ordered by an index reads only
    its own rows' memberships, not a list of every member first."""
    app_label, codename = CLUB_MEMBER.split(".")
    permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    User = get_user_model()
    user_id = OuterRef(f"{to_user}pk")
    groups = Group.permissions.through.objects.filter(permission__in=permission)
    in_group = User.groups.through.objects.filter(
        user_id=user_id, group_id__in=groups.values("group_id")
    )
    direct = User.user_permissions.through.objects.filter(
        user_id=user_id, permission__in=permission
    )
    holds = Q(**{f"{to_user}is_superuser": True}) | Exists(in_group) | Exists(direct)
    return Q(**{f"{to_user}is_active": True}) & holds


def club_member_users():
    """The accounts `is_club_member` says yes to, as one queryset (for lists of members);
    each once, however many of her groups hold the membership."""
    return get_user_model().objects.filter(holds_club_membership())


def follows_all_members(user):
    return user.is_authenticated and user.is_active and user.has_perm(VIEW_ALL_MEMBERS)


def assigned_oblasts(user):
    """The oblasts editors assigned to `user` (cached on the user for the request)."""
    if not user.is_authenticated:
        return frozenset()
    if not hasattr(user, "_club_assigned_oblasts"):
        user._club_assigned_oblasts = frozenset(
            OblastAssignment.objects.filter(user=user).values_list("oblast", flat=True)
        )
    return user._club_assigned_oblasts


def member_scope(user, oblast_field="user__member_profile__oblast"):
    """Q limiting a member-related queryset to the members `user` may follow.

    `oblast_field` leads from the queried model to the member's oblast.
    """
    if follows_all_members(user):
        return Q()
    oblasts = assigned_oblasts(user) if user.is_active else ()
    if oblasts:
        return Q(**{f"{oblast_field}__in": sorted(oblasts)})
    return NOTHING


def limit_to_member_scope(user, queryset, oblast_field="oblast"):
    return queryset.filter(member_scope(user, oblast_field))


def members_only_page(request, reason="", overview=None):
    """The one "for Club members" page (403, private) every members-only thing answers with."""
    context = {
        "reason": reason or _("This page is open to members of the Club only."),
        "overview": overview,
    }
    return keep_private(TemplateResponse(request, "home/members_only.html", context, status=403))


def members_only_refusal(request, reason="", overview=None, next_url=None):
    """None for a Club member. Visitors go to sign in (and come back to `next_url`, else this
    page); signed-in people outside the Club get the members-only page."""
    if is_club_member(request.user):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(next_url or request.get_full_path())
    return members_only_page(request, reason, overview)
