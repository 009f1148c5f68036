"""Django's ModelBackend, with permissions in one query per request, or none on most pages.

ModelBackend loads a person's own and her groups' permissions in two queries the first time
a request asks `has_perm`; this one loads both in one (kept on the user for the request).
The permissions nearly every page asks (is she a Club member? may she reach the admin, for
Wagtail's user bar?) come with her account itself, so such a page makes no permission query.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef, Q

#: Asked on nearly every page: answered from the account's own query (`get_user`).
EVERY_PAGE = ("members.club_member", "wagtailadmin.access_admin")


def _held(perm):
    """Exists: the account of the outer query holds `perm` herself or through a group."""
    app_label, codename = perm.split(".")
    held = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    return Exists(held.filter(Q(user=OuterRef("pk")) | Q(group__user=OuterRef("pk"))))


class PermissionsInOneQuery(ModelBackend):
    def get_user(self, user_id):
        """Her account (a signed-in session's), with her EVERY_PAGE permissions beside it."""
        model = get_user_model()
        names = {perm: f"holds_{number}" for number, perm in enumerate(EVERY_PAGE)}
        accounts = model._default_manager.annotate(
            **{name: _held(perm) for perm, name in names.items()}
        )
        try:
            user = accounts.get(pk=user_id)
        except model.DoesNotExist:
            return None
        if not self.user_can_authenticate(user):
            return None
        user._every_page_perms = {perm: getattr(user, name) for perm, name in names.items()}
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
