"""A person's own and her groups' permissions are loaded in one query per request."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.members.access import CLUB_MEMBER, is_club_member

pytestmark = pytest.mark.django_db


def permission(name):
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def fresh(user):
    return User.objects.get(pk=user.pk)


def test_group_and_own_permissions_in_one_query():
    group = Group.objects.create(name="Readers of the test")
    group.permissions.add(permission(CLUB_MEMBER))
    user = User.objects.create_user("nurzhan-perms")
    user.groups.add(group)
    user.user_permissions.add(permission("members.view_all_members"))
    user = fresh(user)
    with CaptureQueriesContext(connection) as queries:
        assert is_club_member(user)
        assert user.has_perm("members.view_all_members")
        assert not user.has_perm("wagtailadmin.access_admin")
    assert len(queries) == 1


def test_without_the_permission_inactive_and_superuser():
    user = User.objects.create_user("no-perms")
    assert not is_club_member(fresh(user))
    user.user_permissions.add(permission(CLUB_MEMBER))
    assert is_club_member(fresh(user))
    user.is_active = False
    user.save()
    assert not is_club_member(fresh(user))
    admin = User.objects.create_superuser("root-perms", password="x")
    assert is_club_member(fresh(admin))
