"""Who may review and read reports is decided by permissions editors grant in Settings → Groups;
whose data she sees is decided by editors too, never by what she edits about herself."""

import re

import pytest
from django.contrib.auth.models import Group, Permission, User

from home.members.models import MemberProfile, OblastAssignment

from .test_review import QUEUE, submitted

pytestmark = pytest.mark.django_db

MEMBER_LIST = "/admin/club-members/"
ASSIGNMENTS = "/admin/club-coordinator-oblasts/"
ANSWERS = ("We held a hearing.", "Invite more people.")


def hidden_inputs(html):
    """The hidden fields of an admin form (management forms of Wagtail's permission formsets)."""
    fields = {}
    for tag in re.findall(r"<input[^>]*>", html):
        if 'type="hidden"' in tag and 'name="' in tag:
            name = re.search(r'name="([^"]*)"', tag).group(1)
            value = re.search(r'value="([^"]*)"', tag)
            fields[name] = value.group(1) if value else ""
    return fields


def permission(code):
    app_label, codename = code.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_in_admin(client, name, codes):
    """A superuser creates a group with `codes` through Settings → Groups → Add a group."""
    html = client.get("/admin/groups/new/").content.decode()
    data = hidden_inputs(html)
    data.update({"name": name, "permissions": [permission(code).pk for code in codes]})
    for code in codes:
        assert f'value="{permission(code).pk}"' in html, f"{code} is not offered in the admin"
    response = client.post("/admin/groups/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Group.objects.get(name=name)


def test_a_new_group_given_the_review_permission_in_the_admin_can_review(client, people, courses):
    reflection = submitted(people["member"], courses["lesson"], courses["course"], ANSWERS)
    client.force_login(User.objects.create_superuser("root", "root@example.org", "x"))
    trainers = grant_in_admin(
        client,
        "AMUCA trainers",
        [
            "wagtailadmin.access_admin",
            "reflections.review_reflection",
            "members.view_all_members",
        ],
    )
    trainer = User.objects.create_user("trainer", "trainer@example.org", "x")
    trainer.groups.add(trainers)
    client.force_login(trainer)
    assert "Course budget" in client.get(QUEUE).content.decode()
    response = client.post(f"{QUEUE}{reflection.pk}/", {"text": "Well argued."})
    assert response.status_code == 302
    assert reflection.feedback.get().text == "Well argued."


def test_an_admin_user_without_the_review_permission_cannot_review(client, people, courses):
    reflection = submitted(people["member"], courses["lesson"], courses["course"], ANSWERS)
    staff = Group.objects.create(name="Website staff")
    staff.permissions.add(permission("wagtailadmin.access_admin"))
    # A name that sounds right changes nothing: only permissions count.
    lookalike = Group.objects.create(name="Mentors of everything")
    user = User.objects.create_user("staff", "staff@example.org", "x")
    user.groups.add(staff, lookalike)
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    assert client.get(QUEUE, follow=True).status_code == 404
    detail = client.get(f"{QUEUE}{reflection.pk}/", follow=True)
    assert "We held a hearing" not in detail.content.decode()
    client.post(f"{QUEUE}{reflection.pk}/", {"text": "Sneaky."})
    assert not reflection.feedback.exists()


def test_a_coordinator_changing_her_own_oblast_widens_nothing(client, people, courses):
    """coord2 follows Naryn (assigned by editors); she sets Osh on her own profile."""
    reflection = submitted(people["member"], courses["lesson"], courses["course"], ANSWERS)
    coordinator = people["other_coordinator"]
    client.force_login(coordinator)
    response = client.post(
        "/en/account/",
        {
            "full_name": "Coord2 Full",
            "email": coordinator.email,
            "role": "deputy",
            "oblast": "osh",
            "preferred_language": "ru",
        },
    )
    assert response.status_code == 302
    assert MemberProfile.objects.get(user=coordinator).oblast == "osh"

    members = client.get(MEMBER_LIST).content.decode()
    assert "Aigul Full" not in members
    export = b"".join(client.get(f"{MEMBER_LIST}?export=csv").streaming_content).decode()
    assert people["member"].email not in export
    assert "Aigul Full" not in client.get(QUEUE).content.decode()
    detail = client.get(f"{QUEUE}{reflection.pk}/", follow=True)
    assert "We held a hearing" not in detail.content.decode()
    report = client.get("/admin/club/progress-reports/members/").content.decode()
    assert "Aigul Full" not in report


def test_only_editors_assign_oblasts_and_that_widens_the_scope(client, people, courses):
    reflection = submitted(people["member"], courses["lesson"], courses["course"], ANSWERS)
    coordinator = people["other_coordinator"]

    client.force_login(coordinator)
    client.post(f"{ASSIGNMENTS}new/", {"user": coordinator.pk, "oblast": "osh"})
    assert not OblastAssignment.objects.filter(user=coordinator, oblast="osh").exists()
    assert client.get(ASSIGNMENTS).status_code == 302  # no permission: back to the dashboard

    client.force_login(people["editor"])
    response = client.post(f"{ASSIGNMENTS}new/", {"user": coordinator.pk, "oblast": "osh"})
    assert response.status_code == 302
    assignment = OblastAssignment.objects.get(user=coordinator, oblast="osh")
    assert assignment.assigned_by == people["editor"]

    client.force_login(coordinator)
    assert "Aigul Full" in client.get(MEMBER_LIST).content.decode()
    assert "We held a hearing" in client.get(f"{QUEUE}{reflection.pk}/").content.decode()
    # Naryn, assigned before, still counts: more than one oblast.
    assert set(coordinator.oblast_assignments.values_list("oblast", flat=True)) == {
        "naryn",
        "osh",
    }


def test_a_mentor_cannot_make_herself_the_mentor_of_another_course(client, people, courses):
    other = courses["other_course"]
    client.force_login(people["mentor"])
    response = client.get(f"/admin/pages/{other.pk}/edit/")
    assert response.status_code in (302, 403)
    assert type(other).objects.get(pk=other.pk).mentor == people["other_mentor"]
