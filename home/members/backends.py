"""Django's ModelBackend, with permissions in one query per request, or none on most pages.

ModelBackend loads a person's own and her groups' permissions in two queries the first time
a request asks `has_perm`; this one loads both in one (kept on the user for the request).
The permissions nearly every page asks (is she a Club member? may she reach the admin, for
Wagtail's user bar?) are kept in the cache per account under the PERMISSIONS generation
(home/generations.py), which any change of groups, their permissions or an account's own
moves on: such a page reads her account alone, with no permission query.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from home import generations
from home.cache import shared_cached

#: Asked on nearly every page: answered from the cache (`get_user`).
EVERY_PAGE = ("members.club_member", "wagtailadmin.access_admin")
#: An entry outlives no change (the generation moves on); this bounds what a change made
#: where no signal is sent (a database edited by hand) can leave behind.
EVERY_PAGE_SECONDS = 300


def every_page_permissions(user_id):
    """{permission: held} of EVERY_PAGE for the account, herself or through a group."""
    wanted = Q(pk__in=[])
    for perm in EVERY_PAGE:
        app_label, codename = perm.split(".")
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    held = set(
        Permission.objects.filter(Q(user=user_id) | Q(group__user=user_id))
        .filter(wanted)
        .values_list("content_type__app_label", "codename")
        .order_by()
        .distinct()
    )
    return {perm: tuple(perm.split(".")) in held for perm in EVERY_PAGE}


class PermissionsInOneQuery(ModelBackend):
    def get_user(self, user_id):
        """Her account (a signed-in session's), with her EVERY_PAGE permissions beside it."""
        model = get_user_model()
        try:
            user = model._default_manager.get(pk=user_id)
        except model.DoesNotExist:
            return None
        if not self.user_can_authenticate(user):
            return None
        user._every_page_perms = shared_cached(
            "every-page-permissions",
            [user.pk],
            lambda: every_page_permissions(user.pk),
            seconds=EVERY_PAGE_SECONDS,
            generation=generations.PERMISSIONS,
        )
        return user

    def has_perm(self, user_obj, perm, obj=None):
        known = getattr(user_obj, "_every_page_perms", {})
        if obj is None and perm in known:  # the same rules as get_all_permissions' below
            return user_obj.is_active and (user_obj.is_superuser or known[perm])
        return super().has_perm(user_obj, perm, obj)

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                permissions = permissions.filter(Q(user=user_obj) | Q(group__user=user_obj))
            user_obj._perm_cache = {
                f"{app_label}.{codename}"
                for app_label, codename in permissions.values_list(
                    "content_type__app_label", "codename"
                )
                .order_by()  # a set: Permission's ordering only added a join column and a sort
                .distinct()
            }
        return user_obj._perm_cache


def _permissions_changed(sender, **kwargs):
    if kwargs.get("action", "post_").startswith("post_"):
        generations.bump(generations.PERMISSIONS)


def connect():
    """Called once from HomeConfig.ready: whatever changes who holds a permission."""
    model = get_user_model()
    for through in (
        model.groups.through,
        model.user_permissions.through,
        Group.permissions.through,
    ):
        uid = f"every-page-permissions-{through._meta.label_lower}"
        m2m_changed.connect(_permissions_changed, sender=through, dispatch_uid=uid)
        post_save.connect(_permissions_changed, sender=through, dispatch_uid=f"{uid}-saved")
        post_delete.connect(_permissions_changed, sender=through, dispatch_uid=f"{uid}-deleted")
    for sender in (Group, Permission):
        uid = f"every-page-permissions-{sender._meta.label_lower}"
        post_delete.connect(_permissions_changed, sender=sender, dispatch_uid=uid)
    # Migrations grant permissions with historical models, which send no signal above.
    post_migrate.connect(_permissions_changed, dispatch_uid="every-page-permissions-migrated")
