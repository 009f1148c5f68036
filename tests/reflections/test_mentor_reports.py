"""Mentors read the progress reports of their scope: the courses they mentor, nothing else."""

import io

import pytest
from openpyxl import load_workbook
from wagtail import hooks

from courses.models import Enrollment

from .test_learning_reports import attempt, with_check
from .test_reports import REPORTS, add_members, csv_rows, progress  # noqa: F401

pytestmark = pytest.mark.usefixtures("english_admin")

REPORT_NAMES = ["courses", "members", "oblasts", "funnel", "questions"]


@pytest.fixture
def checks(courses, people, progress):  # noqa: F811
    """A knowledge check in each course, answered by a member of each."""
    budget, gender = with_check(courses["lesson"]), with_check(courses["other_lesson"])
    attempt(people["member"], budget, courses["course"], True, False)
    attempt(progress["naryn"], gender, courses["other_course"], False, False)
    return {"budget": budget, "gender": gender}


def test_the_mentor_finds_the_reports_in_her_menu(client, people):
    client.force_login(people["mentor"])
    html = client.get("/admin/").content.decode()
    for name in REPORT_NAMES:
        assert f"{REPORTS}{name}/" in html


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_each_report_shows_the_mentor_her_courses_only(client, people, courses, checks, name):
    client.force_login(people["mentor"])
    response = client.get(f"{REPORTS}{name}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nurzhan Full" not in html  # a member of the other course only
    assert "Course gender" not in html and "Lesson gender 0" not in html
    if name in ("courses", "funnel", "questions"):
        assert "Course budget" in html
    if name == "members":
        assert "Aigul Full" in html and "Gulnara Full" in html
    if name == "oblasts":
        assert "Osh" in html and "Naryn" not in html


def test_the_other_mentor_sees_her_own_course(client, people, checks):
    client.force_login(people["other_mentor"])
    members = client.get(REPORTS + "members/").content.decode()
    assert "Nurzhan Full" in members and "Aigul Full" not in members
    questions = client.get(REPORTS + "questions/").content.decode()
    assert "Lesson gender 0" in questions and "Lesson budget 0" not in questions


def test_the_mentors_figures_are_her_courses(client, people, courses, progress):  # noqa: F811
    # Aigul also follows the other mentor's course: her progress there is not counted here.
    Enrollment.objects.create(
        user=people["member"], course_key=courses["other_course"].translation_key
    )
    client.force_login(people["mentor"])
    rows = {row[0]: row for row in csv_rows(client.get(REPORTS + "courses/?export=csv"))}
    assert set(rows) == {"Course", "Course budget"}
    assert rows["Course budget"][1:] == ["2", "2", "1", "50", "2", "1", "2.0"]
    members = {row[0]: row for row in csv_rows(client.get(REPORTS + "members/?export=csv"))}
    assert set(members) == {"Member", "Aigul Full", "Gulnara Full"}
    assert members["Aigul Full"][3] == "1"  # enrolled: her course only, not both
    oblasts = {row[0]: row for row in csv_rows(client.get(REPORTS + "oblasts/?export=csv"))}
    assert set(oblasts) == {"Oblast", "Osh oblast"}
    assert oblasts["Osh oblast"][1:4] == ["2", "2", "2"]  # members enrolled, enrolled, started


def test_another_course_asked_by_its_key_gives_nothing_of_it(client, people, courses, checks):
    client.force_login(people["mentor"])
    other = courses["other_course"].translation_key
    for name in REPORT_NAMES:
        response = client.get(f"{REPORTS}{name}/?course={other}")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Course gender" not in html and "Nurzhan Full" not in html
        assert "Lesson gender 0" not in html
    rows = csv_rows(client.get(f"{REPORTS}funnel/?course={other}&export=csv"))
    assert {row[0] for row in rows[1:]} == {"Course budget"}


def test_exports_follow_the_mentors_scope(client, people, checks):
    client.force_login(people["mentor"])
    for name in REPORT_NAMES:
        content = b"".join(client.get(f"{REPORTS}{name}/?export=csv").streaming_content)
        assert b"Course gender" not in content and b"Nurzhan" not in content
        response = client.get(f"{REPORTS}{name}/?export=xlsx")
        workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        cells = {str(cell.value) for row in workbook.active.iter_rows() for cell in row}
        assert "Course gender" not in cells and "Nurzhan Full" not in cells
    rows = csv_rows(client.get(REPORTS + "questions/?export=csv"))
    assert {row[1] for row in rows[1:]} == {"Lesson budget 0"}


def test_a_mentor_without_courses_sees_empty_reports(client, people, progress):  # noqa: F811
    from courses.models import CoursePage

    CoursePage.objects.update(mentor=None)
    client.force_login(people["mentor"])
    for name in REPORT_NAMES:
        response = client.get(f"{REPORTS}{name}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Course budget" not in html and "Aigul Full" not in html


def test_other_apps_add_members_to_her_scope(client, people, progress):  # noqa: F811
    """How the circles app widens a mentor's scope: her circles' members, in any course."""
    naryn = progress["naryn"]
    client.force_login(people["mentor"])
    assert "Nurzhan Full" not in client.get(REPORTS + "members/").content.decode()
    with hooks.register_temporarily("register_report_scope_members", lambda user: [naryn.pk]):
        members = {row[0]: row for row in csv_rows(client.get(REPORTS + "members/?export=csv"))}
    assert members["Nurzhan Full"][3] == "1"  # enrolled in the other mentor's course
    assert "Aigul Full" in members
