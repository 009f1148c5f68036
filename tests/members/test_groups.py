"""The four groups exist with their permissions; code checks permissions, not group names."""

import pytest
from django.apps import apps as global_apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupPagePermission, Page

from courses.reflections.scope import can_view_reports, is_reviewer
from home.members.access import club_member_users, follows_all_members, is_club_member
from home.members.roles import (
    CLUB_GROUPS,
    EDITORS,
    GROUP_PERMISSIONS,
    MEMBERS,
    MENTORS,
    REGIONAL_COORDINATORS,
    grant,
)

from .conftest import make_member

pytestmark = pytest.mark.django_db


def codes(group_name):
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=group_name).permissions.select_related("content_type")
    }


@pytest.mark.parametrize("group_name", CLUB_GROUPS)
def test_a_fresh_install_gives_each_group_what_the_one_table_says(group_name):
    assert {f"{label}.{codename}" for label, codename in GROUP_PERMISSIONS[group_name]} <= codes(
        group_name
    )


def test_granting_adds_only_the_tables_share_of_new_permissions_and_only_once():
    editors = Group.objects.get(name=EDITORS)
    editors.permissions.remove(
        *Permission.objects.filter(codename__in=["send_newsletterissue", "moderate_post"])
    )
    new = [("news", "send_newsletterissue"), ("circles", "view_circle"), ("gone", "x_y")]
    grant(global_apps, new)
    grant(global_apps, new)  # again: nothing more, and an app not installed is skipped
    assert "news.send_newsletterissue" in codes(EDITORS)
    assert "club.moderate_post" not in codes(EDITORS)  # taken away in Settings → Groups: stays
    assert "news.send_newsletterissue" not in codes(MENTORS)  # not hers in the table
    assert codes(MEMBERS) == {"members.club_member"}


def test_all_club_groups_exist():
    assert set(Group.objects.filter(name__in=CLUB_GROUPS).values_list("name", flat=True)) == set(
        CLUB_GROUPS
    )


def test_members_have_no_admin_permission():
    assert codes(MEMBERS) == {"members.club_member"}


def test_mentors_and_coordinators_may_enter_the_admin():
    for name in (MENTORS, REGIONAL_COORDINATORS):
        assert "wagtailadmin.access_admin" in codes(name)


def test_editors_publish_pages_and_manage_media_and_members():
    editor_codes = codes(EDITORS)
    assert {
        "wagtailadmin.access_admin",
        "wagtaildocs.add_document",
        "wagtailimages.add_image",
        "members.change_membershipapplication",
        "members.add_memberprofile",
    } <= editor_codes
    root = Page.get_first_root_node()
    page_codenames = set(
        GroupPagePermission.objects.filter(group__name=EDITORS, page=root).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page", "publish_page"} <= page_codenames
    assert (
        Group.objects.get(name=EDITORS)
        .collection_permissions.filter(collection=Collection.get_first_root_node())
        .exists()
    )


def test_access_helpers_follow_the_groups_permissions():
    member = make_member("m1")
    mentor = make_member("m2", group=MENTORS)
    coordinator = make_member("m3", group=REGIONAL_COORDINATORS)
    editor = make_member("m4", group=EDITORS)
    assert is_club_member(member) and not is_reviewer(member) and not can_view_reports(member)
    # Mentors read the reports of their scope (members migration 0007).
    assert is_club_member(mentor) and is_reviewer(mentor) and can_view_reports(mentor)
    assert is_reviewer(coordinator) and can_view_reports(coordinator)
    assert not follows_all_members(coordinator)
    assert follows_all_members(editor) and is_reviewer(editor) and can_view_reports(editor)


def test_a_member_in_two_groups_is_listed_once():
    mentor = make_member("m6", group=MENTORS)
    mentor.groups.add(Group.objects.get(name=MEMBERS))
    outsider = make_member("m7")
    outsider.groups.clear()
    assert list(club_member_users().filter(username__in=["m6", "m7"])) == [mentor]


def test_a_group_name_alone_grants_nothing():
    Group.objects.get(name=MEMBERS).permissions.clear()
    assert not is_club_member(make_member("m5"))


def test_admin_access_by_role(client):
    for group, status in [(MEMBERS, 302), (MENTORS, 200), (EDITORS, 200)]:
        user = make_member(f"user-{group[:3].lower()}", group=group)
        client.force_login(user)
        assert client.get("/admin/").status_code == status, group


def test_member_and_mentor_cannot_open_the_member_list(client, member):
    client.force_login(member)
    assert client.get("/admin/club-members/").status_code == 302
    mentor = make_member("mentor", group=MENTORS)
    client.force_login(mentor)
    response = client.get("/admin/club-members/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
