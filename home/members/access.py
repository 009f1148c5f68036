"""Who may do what: Django permissions first, then whose data.

Permissions are granted to groups in Settings → Groups (the Club's four groups get theirs
from members migration 0005 and the feature apps' own migrations) and asked through
home/permissions.py; group names are labels only. On top of a permission, the
scope says whose data a person may follow: everyone with `members.view_all_members`, else
the oblasts an editor assigned to her (`OblastAssignment`). Nothing a person edits about
herself (her profile's oblast, for one) widens that scope.

The members-only gate answers one way per situation, wherever it stands (a page's `serve`, a
route, a view): Club member → the thing itself; visitor → the sign-in page with `next`;
signed-in non-member → the 403 "for Club members" page (`members_only_refusal`, or the
`members_only` decorator around a view). Privacy beats uniformity: what belongs to someone
else and is not shared (her draft or unshared reflection, her certificate's PDF, another
person's discussion) stays a 404 even for members, so that nobody learns it exists.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from home.cache import keep_private, private_view
from home.permissions import holds_permission, may, users_with_permission

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
        user._club_member = may(user, CLUB_MEMBER)
    return user._club_member


def holds_club_membership(to_user=""):
    """Q: the account is what `is_club_member` says yes to. `to_user` leads from the queried
    model to the account ("user__" on a model pointing at her; empty on users)."""
    return holds_permission(CLUB_MEMBER, to_user)


def club_member_users():
    """The accounts `is_club_member` says yes to, as one queryset (for lists of members);
    each once, however many of her groups hold the membership."""
    return users_with_permission(CLUB_MEMBER)


def follows_all_members(user):
    return may(user, VIEW_ALL_MEMBERS)


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
        return keep_private(redirect_to_login(next_url or request.get_full_path()))
    return members_only_page(request, reason, overview)


def members_only(view=None, *, reason=""):
    """Decorator: the view runs for Club members only; everyone else gets the gate's answer
    (`members_only_refusal`). Every answer is private. `@members_only` or
    `@members_only(reason=_("..."))`."""

    def decorator(view):
        @private_view
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            refusal = members_only_refusal(request, reason)
            if refusal is not None:
                return refusal
            return view(request, *args, **kwargs)

        return wrapped

    return decorator(view) if view is not None else decorator
