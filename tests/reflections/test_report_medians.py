"""The reports' median time to feedback on a known set of waits: odd and even counts, a
member's several answers, waits without a time, and the reviewer's scope and filters."""

import csv
import io

import pytest

from courses.reflections.models import Feedback, Reflection, Status
from home.members.choices import Oblast
from home.members.roles import MEMBERS

from .conftest import make_user

REPORTS = "/admin/club/progress-reports/"
DAY = 86400

pytestmark = pytest.mark.usefixtures("english_admin")


def answered(user, lesson, course, *days):
    reflection = Reflection.objects.create(
        user=user,
        lesson_key=lesson.translation_key,
        course_key=course.translation_key,
        status=Status.FEEDBACK_GIVEN,
    )
    for wait in days:
        Feedback.objects.create(
            reflection=reflection,
            text="Answer",
            response_seconds=None if wait is None else round(wait * DAY),
        )


@pytest.fixture
def waits(courses, people, django_user_model):
    """Budget course (Osh): 1, 4, 2 and 10 days → 3.0; gender course (Naryn): 0.5, 7 and 1
    day → 1.0. A feedback without a recorded wait counts nowhere."""
    course, other = courses["course"], courses["other_course"]
    naryn = make_user(django_user_model, "nurzhan", MEMBERS, Oblast.NARYN)
    answered(people["member"], courses["lesson"], course, 1, 4, None)
    answered(people["member"], courses["lesson2"], course, 2)
    answered(people["other_member"], courses["lesson"], course, 10)
    answered(naryn, courses["other_lesson"], other, 0.5, 7, 1)


def medians(client, report, **params):
    """{first column: last column} of the report's CSV export."""
    response = client.get(REPORTS + report, {**params, "export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    return {row[0]: row[-1] for row in list(csv.reader(io.StringIO(content)))[1:]}


def test_medians_per_course_oblast_and_member(client, people, waits):
    client.force_login(people["editor"])
    assert medians(client, "courses/") == {"Course budget": "3.0", "Course gender": "1.0"}
    oblasts = medians(client, "oblasts/")
    assert oblasts["Osh oblast"] == "3.0" and oblasts["Naryn oblast"] == "1.0"
    members = medians(client, "members/")
    assert members["Aigul Full"] == "2.0"
    assert members["Gulnara Full"] == "10.0"
    assert members["Nurzhan Full"] == "1.0"
    assert members["Saliya Full"] == ""


def test_medians_follow_the_filters_and_the_scope(client, people, courses, waits):
    client.force_login(people["editor"])
    course = str(courses["course"].translation_key)
    members = medians(client, "members/", course=course)
    assert members["Aigul Full"] == "2.0" and members["Nurzhan Full"] == ""
    assert medians(client, "courses/", oblast=Oblast.NARYN)["Course budget"] == ""
    client.force_login(people["coordinator"])  # Osh only
    assert medians(client, "courses/") == {"Course budget": "3.0", "Course gender": ""}
    assert medians(client, "oblasts/") == {"Osh oblast": "3.0"}


def test_a_page_of_the_member_report_shows_its_members_medians(client, people, waits):
    client.force_login(people["editor"])
    html = client.get(REPORTS + "members/", {"member": "nurzhan"}).content.decode()
    assert "Nurzhan Full" in html and "Aigul Full" not in html
    assert ">1.0<" in html.replace(" ", "").replace("\n", "")
