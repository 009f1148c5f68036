"""The mentor's admin home: her circles' progress (members, lessons completed of the circle's
courses out of all, who has gone quiet), each linking to the member report of that circle;
the same number of queries however many circles and members."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import LessonCompletion
from courses.reflections.models import Reflection
from home.members.choices import Oblast
from home.members.roles import MEMBERS
from tests.reflections.conftest import make_user

from .conftest import make_circle

pytestmark = pytest.mark.django_db


def complete(user, lesson, course, days_ago=0):
    completion = LessonCompletion.objects.create(
        user=user, lesson_key=lesson.translation_key, course_key=course.translation_key
    )
    when = timezone.now() - timedelta(days=days_ago)
    LessonCompletion.objects.filter(pk=completion.pk).update(completed_at=when)


def panel_of(html):
    start = html.find('id="club-circle-progress-section"')
    return html[start : start + 6000] if start >= 0 else ""


def home_queries(client):
    client.get("/admin/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/")
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.fixture
def circle(people, courses):
    member, other = people["member"], people["other_member"]
    course = courses["course"]  # two lessons
    complete(member, courses["lesson"], course, days_ago=2)
    complete(other, courses["lesson"], course, days_ago=30)  # quiet since
    return make_circle(
        "Osh circle", Oblast.OSH, [people["other_mentor"]], [member, other], [course]
    )


def test_her_circles_progress_and_who_has_gone_quiet(client, people, circle, english_admin):
    client.force_login(people["other_mentor"])
    _count, html = home_queries(client)
    panel = panel_of(html)
    assert "Osh circle" in panel
    cells = re.findall(r"<td>(.*?)</td>", panel, re.S)
    assert [cell.strip() for cell in cells[1:4]] == ["2", "2 / 4 (50%)", "Gulnara Full"]
    assert f'href="/admin/club/progress-reports/members/?circle={circle.pk}"' in panel

    # A reflection written lately counts as activity as much as a completed lesson.
    Reflection.objects.create(
        user=people["other_member"],
        lesson_key=circle.course_links.get().course_key,
        course_key=circle.course_links.get().course_key,
    )
    panel = panel_of(home_queries(client)[1])
    assert "Gulnara Full" not in panel


def test_no_panel_for_whoever_leads_no_circle(client, people, circle, english_admin):
    client.force_login(people["mentor"])
    assert panel_of(home_queries(client)[1]) == ""


def test_the_panel_costs_the_same_queries_for_more_circles_and_members(
    client, people, circle, courses, django_user_model, english_admin
):
    client.force_login(people["other_mentor"])
    small, _html = home_queries(client)
    for number in range(3):
        members = [make_user(django_user_model, f"c{number}m{n}", MEMBERS) for n in range(4)]
        for member in members:
            complete(member, courses["lesson2"], courses["course"])
        make_circle(
            f"Circle {number}",
            Oblast.OSH,
            [people["other_mentor"]],
            members,
            [courses["course"], courses["other_course"]],
        )
    large, html = home_queries(client)
    assert "Circle 2" in panel_of(html) and "4 / 12 (33%)" in panel_of(html)
    assert large == small
