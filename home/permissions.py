"""One way to ask "may she?": a Django permission ("app_label.codename"), held by an active
account, through any of her groups or given to her directly.

The rules live here only: a deactivated account may nothing, whatever her groups hold; an
active superuser holds every permission (as Django's `has_perm` says), so she is also among
`users_with_permission`. Permissions are granted in Settings → Groups; code never asks a
group's name. Wagtail's permission policies (admin views' add/change/delete) ask `has_perm`
through the same authentication backend (home/members/backends.py), so they follow the same
rules.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Exists, OuterRef, Q


def may(user, permission):
    """True when `user` (signed in and active) holds `permission`, e.g. "members.club_member"."""
    return user.is_authenticated and user.is_active and user.has_perm(permission)


def permission_rows(permission):
    """The Permission rows named "app_label.codename" (one, or none before it is created)."""
    app_label, codename = permission.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)


def holds_permission(permission, to_user=""):
    """Q: the account is one `may(account, permission)` says yes to. `to_user` leads from the
    queried model to the account ("user__" on a model pointing at her; empty on users).

    Checked row by row (EXISTS), so a page of a long list ordered by an index reads only
    its own rows' permissions, and nobody is listed twice for holding it through two groups."""
    rows = permission_rows(permission)
    User = get_user_model()
    user_id = OuterRef(f"{to_user}pk")
    groups = Group.permissions.through.objects.filter(permission__in=rows)
    in_group = User.groups.through.objects.filter(
        user_id=user_id, group_id__in=groups.values("group_id")
    )
    direct = User.user_permissions.through.objects.filter(user_id=user_id, permission__in=rows)
    holds = Q(**{f"{to_user}is_superuser": True}) | Exists(in_group) | Exists(direct)
    return Q(**{f"{to_user}is_active": True}) & holds


def users_with_permission(permission):
    """The accounts `may` says yes to for `permission`, as one queryset, each once."""
    return get_user_model().objects.filter(holds_permission(permission))


def groups_with_permission(permission):
    """The groups granted `permission` (Settings → Groups), whatever their names."""
    return Group.objects.filter(permissions__in=permission_rows(permission)).distinct()
