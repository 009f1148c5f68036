"""Admin → Circles: editors create anywhere, coordinators only in their oblasts, mentors read
the circles they lead; anything else is refused (404/403), never a 500."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.circles.models import Circle
from home.members.choices import Oblast
from tests.reflections.conftest import make_user

from .conftest import CIRCLES, make_circle

pytestmark = pytest.mark.django_db


def refused(response):
    return response.status_code == 302 and response.url == "/admin/"


def circle_data(people, courses, oblast=Oblast.OSH, members=("member",), **extra):
    data = {
        "name": "Budget circle",
        "oblast": oblast,
        "mentors": [people["mentor"].pk],
        "members": [people[name].pk for name in members],
        "courses": [str(courses["course"].translation_key)],
        "starts_on": "2026-10-01",
        "schedule": "First Tuesday, 15:00",
        "meets_online": "https://meet.example.org/budget",
        "place": "",
        "meetings-TOTAL_FORMS": "1",
        "meetings-INITIAL_FORMS": "0",
        "meetings-MIN_NUM_FORMS": "0",
        "meetings-MAX_NUM_FORMS": "1000",
        "meetings-0-id": "",
        "meetings-0-starts_at": "2026-12-20 15:00",
        "meetings-0-topic": "Hearing plans",
    }
    data.update(extra)
    return data


def test_an_editor_creates_a_circle_with_mentor_members_course_and_meeting(
    client, people, courses, english_admin
):
    client.force_login(people["editor"])
    form = client.get(CIRCLES + "new/").content.decode()
    assert "Naryn oblast" in form and "Osh oblast" in form  # every oblast for editors
    response = client.post(CIRCLES + "new/", circle_data(people, courses, Oblast.NARYN))
    assert response.status_code == 302, response.content.decode()[:3000]
    circle = Circle.objects.get()
    assert circle.oblast == Oblast.NARYN
    assert list(circle.mentors.all()) == [people["mentor"]]
    assert list(circle.members.all()) == [people["member"]]
    assert [link.course_key for link in circle.course_links.all()] == [
        courses["course"].translation_key
    ]
    meeting = circle.meetings.get()
    assert meeting.topic == "Hearing plans"
    assert meeting.starts_at.isoformat() == "2026-12-20T09:00:00+00:00"  # 15:00 in Bishkek
    listing = client.get(CIRCLES).content.decode()
    assert "Budget circle" in listing and "Saliya Full" in listing


def test_a_coordinator_creates_circles_only_in_her_oblasts_with_her_members(
    client, people, courses, english_admin
):
    naryn_member = make_user(type(people["member"]), "nurzhan", "Members", Oblast.NARYN)
    client.force_login(people["coordinator"])  # assigned Osh
    form = client.get(CIRCLES + "new/").content.decode()
    assert "Osh oblast" in form and "Naryn oblast" not in form
    assert "Aigul Full" in form and "Nurzhan Full" not in form
    assert "Saliya Full" in form  # mentors come from anywhere: whoever may review

    response = client.post(CIRCLES + "new/", circle_data(people, courses, Oblast.NARYN))
    assert response.status_code == 200 and not Circle.objects.exists()
    data = circle_data(people, courses, members=("member",))
    data["members"].append(naryn_member.pk)
    response = client.post(CIRCLES + "new/", data)
    assert response.status_code == 200 and not Circle.objects.exists()
    assert "Budget circle" in response.content.decode()  # her input stays in the form

    response = client.post(CIRCLES + "new/", circle_data(people, courses))
    assert response.status_code == 302
    assert Circle.objects.get().oblast == Oblast.OSH


def test_a_coordinator_cannot_open_or_change_another_oblasts_circle(
    client, people, courses, english_admin
):
    naryn = make_circle("Naryn circle", Oblast.NARYN, [people["mentor"]], [])
    osh = make_circle("Osh circle", Oblast.OSH, [people["mentor"]], [people["member"]])
    client.force_login(people["coordinator"])
    listing = client.get(CIRCLES).content.decode()
    assert "Osh circle" in listing and "Naryn circle" not in listing
    assert client.get(f"{CIRCLES}edit/{naryn.pk}/").status_code == 404
    assert client.post(f"{CIRCLES}delete/{naryn.pk}/").status_code == 404
    assert client.get(f"{CIRCLES}inspect/{naryn.pk}/").status_code == 404
    assert Circle.objects.filter(pk=naryn.pk).exists()
    assert client.get(f"{CIRCLES}edit/{osh.pk}/").status_code == 200
    junk = "9" * 40
    assert client.get(f"{CIRCLES}edit/{junk}/").status_code == 404
    assert client.get(f"{CIRCLES}?oblast=x&mentor={junk}&course=nope").status_code == 200


def test_a_mentor_reads_the_circles_she_leads_and_changes_nothing(
    client, people, courses, english_admin
):
    hers = make_circle("Her circle", Oblast.OSH, [people["mentor"]], [people["member"]])
    other = make_circle("Other circle", Oblast.OSH, [people["other_mentor"]], [])
    client.force_login(people["mentor"])
    listing = client.get(CIRCLES).content.decode()
    assert "Her circle" in listing and "Other circle" not in listing
    inspect = client.get(f"{CIRCLES}inspect/{hers.pk}/")
    assert inspect.status_code == 200 and "Aigul Full" in inspect.content.decode()
    assert client.get(f"{CIRCLES}inspect/{other.pk}/").status_code == 404
    # Wagtail refuses a missing permission by sending her back to the admin home.
    assert refused(client.get(f"{CIRCLES}edit/{hers.pk}/"))
    assert refused(client.post(f"{CIRCLES}edit/{hers.pk}/", {"name": "Renamed"}))
    assert refused(client.get(CIRCLES + "new/"))
    hers.refresh_from_db()
    assert hers.name == "Her circle"


def test_a_plain_member_has_no_circles_admin(client, people):
    client.force_login(people["member"])
    assert client.get(CIRCLES).status_code == 302
    assert client.post(CIRCLES + "new/", {"name": "Mine"}).status_code == 302
    assert not Circle.objects.exists()


def test_the_list_filters_by_oblast_mentor_and_course(client, people, courses, english_admin):
    make_circle("Budget circle", Oblast.OSH, [people["mentor"]], [], [courses["course"]])
    make_circle(
        "Gender circle", Oblast.NARYN, [people["other_mentor"]], [], [courses["other_course"]]
    )
    client.force_login(people["editor"])

    def listed(**query):
        html = client.get(CIRCLES, query).content.decode()
        return {name for name in ("Budget circle", "Gender circle") if name in html}

    assert listed() == {"Budget circle", "Gender circle"}
    assert listed(oblast=Oblast.NARYN) == {"Gender circle"}
    assert listed(mentor=people["mentor"].pk) == {"Budget circle"}
    assert listed(course=str(courses["other_course"].translation_key)) == {"Gender circle"}


def test_the_admin_menu_offers_circles_to_those_who_may_see_them(client, people):
    staff = type(people["member"]).objects.create_user("staff", "staff@example.org", "x")
    staff.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    people = {**people, "staff": staff}
    for who, shown in [("editor", True), ("coordinator", True), ("mentor", True), ("staff", False)]:
        client.force_login(people[who])
        assert ('"/admin/club-circles/"' in client.get("/admin/").content.decode()) is shown, who


def test_the_list_takes_the_same_queries_for_more_circles(
    client, people, courses, django_user_model, english_admin
):
    client.force_login(people["editor"])

    def count():
        client.get(CIRCLES)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(CIRCLES).status_code == 200
        return len(queries)

    make_circle("Circle 0", Oblast.OSH, [people["mentor"]], [people["member"]])
    small = count()
    for number in range(1, 6):
        members = [make_user(django_user_model, f"c{number}m{n}", "Members") for n in range(3)]
        make_circle(
            f"Circle {number}",
            Oblast.NARYN,
            [people["mentor"], people["other_mentor"]],
            members,
            [courses["course"]],
        )
    assert count() == small
    assert "Mentor2 Full" in client.get(CIRCLES).content.decode()


def test_a_coordinator_edits_her_circle_and_its_meetings(client, people, courses, english_admin):
    # An editor put a member from another oblast in this Osh circle: she stays on an edit.
    naryn_member = make_user(type(people["member"]), "nurzhan", "Members", Oblast.NARYN)
    circle = make_circle(
        "Osh circle", Oblast.OSH, [people["mentor"]], [people["member"], naryn_member]
    )
    client.force_login(people["coordinator"])
    assert "Nurzhan Full" in client.get(f"{CIRCLES}edit/{circle.pk}/").content.decode()
    data = circle_data(people, courses, name="Osh circle, autumn")
    data["members"] = [people["member"].pk, naryn_member.pk, people["other_member"].pk]
    response = client.post(f"{CIRCLES}edit/{circle.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    circle = Circle.objects.get(pk=circle.pk)
    assert circle.name == "Osh circle, autumn"
    assert set(circle.members.values_list("username", flat=True)) == {
        "aigul",
        "gulnara",
        "nurzhan",
    }
    assert list(circle.meetings.values_list("topic", flat=True)) == ["Hearing plans"]
    assert circle.course_links.get().course_key == courses["course"].translation_key

    data["courses"] = []  # and a course taken off the circle goes
    client.post(f"{CIRCLES}edit/{circle.pk}/", {**data, "meetings-INITIAL_FORMS": "0"})
    assert not circle.course_links.exists()
