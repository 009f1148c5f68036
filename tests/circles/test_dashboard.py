"""Her circle on her dashboard: name, mentor, the next meeting in Bishkek time, where, and the
other members by name; nothing for a member outside the circle; constant queries."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from courses.circles.models import CircleMeeting
from courses.circles.panels import dashboard_panel
from home.members.choices import Oblast
from home.members.roles import MEMBERS
from tests.reflections.conftest import make_user

from .conftest import make_circle

pytestmark = pytest.mark.django_db


def at_utc(days, hour):
    day = timezone.now().date() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def panel_of(html):
    start = html.find('class="section dashboard-panel circles-panel"')
    if start < 0:
        return ""
    return html[start : html.find("</section>", start)]


@pytest.fixture
def circle(people, courses):
    circle = make_circle(
        "Osh budget circle",
        Oblast.OSH,
        [people["mentor"]],
        [people["member"], people["other_member"]],
        [courses["course"]],
        meets_online="https://meet.example.org/osh",
        schedule="First Tuesday of the month",
    )
    CircleMeeting.objects.create(circle=circle, starts_at=at_utc(-2, 9), topic="Past meeting")
    CircleMeeting.objects.create(circle=circle, starts_at=at_utc(2, 9), topic="Budget hearing")
    CircleMeeting.objects.create(circle=circle, starts_at=at_utc(30, 9), topic="Later meeting")
    return circle


def test_her_circle_her_mentor_the_next_meeting_and_the_others(client, people, circle):
    client.force_login(people["member"])
    panel = panel_of(client.get(reverse("home:dashboard")).content.decode())
    assert "Osh budget circle" in panel
    assert "Saliya Full" in panel  # her mentor
    assert "Gulnara Full" in panel  # the other member, by her display name
    assert "Aigul Full" not in panel  # not herself among "the others"
    assert "Budget hearing" in panel and "15:00" in panel  # 09:00 UTC is 15:00 in Bishkek
    assert "Past meeting" not in panel and "Later meeting" not in panel
    assert 'href="https://meet.example.org/osh"' in panel
    assert "First Tuesday of the month" in panel
    assert "gulnara@example.org" not in panel  # names only, nothing else about them


def test_a_member_outside_the_circle_sees_nothing_of_it(client, people, circle):
    client.force_login(people["coordinator"])  # a Club member too, in Osh, not in the circle
    html = client.get(reverse("home:dashboard")).content.decode()
    assert panel_of(html) == "" and "Osh budget circle" not in html


def test_the_panel_takes_five_queries_however_many_circles_members_and_meetings(
    people, circle, courses, django_user_model, django_assert_num_queries
):
    request = RequestFactory().get("/ky/dashboard/")
    request.user = people["member"]
    with django_assert_num_queries(5):  # her membership, then four
        small = dashboard_panel(request)
    assert "Gulnara Full" in small
    others = [make_user(django_user_model, f"m{n}", MEMBERS) for n in range(6)]
    second = make_circle(
        "Second circle", Oblast.OSH, [people["other_mentor"]], [people["member"], *others]
    )
    for days in range(1, 6):
        CircleMeeting.objects.create(circle=second, starts_at=at_utc(days, 10))
    request.user = type(people["member"]).objects.get(pk=people["member"].pk)
    with django_assert_num_queries(5):  # her membership, then four
        large = dashboard_panel(request)
    assert "Second circle" in large and "M5 Full" in large and "Mentor2 Full" in large


def test_her_circles_are_in_her_data_download(client, people, circle):
    client.force_login(people["member"])
    sections = json.loads(client.get("/ky/account/export/").content)["sections"]
    assert [c["name"] for c in sections["circles"]] == ["Osh budget circle"]
    topics = [m["topic"] for m in sections["circles"][0]["meetings"]]
    assert topics == ["Past meeting", "Budget hearing", "Later meeting"]
    client.force_login(people["coordinator"])
    assert json.loads(client.get("/ky/account/export/").content)["sections"]["circles"] == []
