"""The completion funnel and the success rate of each knowledge-check question."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from courses.checks import checks_in, record_attempt
from courses.models import (
    Certificate,
    Enrollment,
    LessonCompletion,
    LessonPage,
)
from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile
from home.members.roles import MEMBERS
from tests.courses.learning import check_value

from .conftest import make_user
from .test_reports import REPORTS, csv_rows

pytestmark = pytest.mark.usefixtures("english_admin")


def with_check(lesson):
    lesson.body = [("text", "<p>Read.</p>"), ("knowledge_check", check_value())]
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def attempt(user, lesson, course, right_first, right_second):
    """Record an attempt answering the first and second question right or wrong."""
    check = checks_in(lesson)[0]
    single, multiple = check.questions
    answers = {
        single.id: [o.id for o in single.options if o.correct is right_first][:1],
        multiple.id: [o.id for o in multiple.options if o.correct is right_second],
    }
    made, _wait = record_attempt(user, lesson, course, check, answers, pass_mark=100)
    assert made is not None


@pytest.fixture
def learning(courses, people, django_user_model):
    course = courses["course"]
    lesson = with_check(courses["lesson"])
    member, second = people["member"], people["other_member"]  # both in Osh
    naryn = make_user(django_user_model, "nurzhan", MEMBERS, Oblast.NARYN)
    key = course.translation_key
    for user in (member, second, naryn):
        Enrollment.objects.create(user=user, course_key=key)
    Enrollment.objects.filter(user=member).update(completed_at=timezone.now())
    for user in (member, second):
        LessonCompletion.objects.create(
            user=user, lesson_key=lesson.translation_key, course_key=key
        )
    LessonCompletion.objects.create(
        user=member, lesson_key=courses["lesson2"].translation_key, course_key=key
    )
    Certificate.objects.create(
        user=member,
        course_key=key,
        full_name="Aigul",
        course_titles={"ky": course.title},
        language="ky",
    )
    attempt(member, lesson, course, right_first=False, right_second=True)
    attempt(member, lesson, course, right_first=True, right_second=True)
    attempt(naryn, lesson, course, right_first=False, right_second=False)
    return {"course": course, "lesson": lesson}


def test_the_funnel_of_a_course(client, people, learning):
    client.force_login(people["editor"])
    key = learning["course"].translation_key
    rows = csv_rows(client.get(REPORTS + "funnel/", {"course": key, "export": "csv"}))
    assert rows[0] == ["Course", "Stage", "Members", "Share of those who started (%)"]
    assert [row[1:] for row in rows[1:]] == [
        ["Started the course", "3", "100"],
        ["1. Lesson budget 0", "2", "67"],
        ["2. Lesson budget 1", "1", "33"],
        ["Completed the course", "1", "33"],
        ["Certified", "1", "33"],
    ]
    html = client.get(REPORTS + "funnel/", {"course": key}).content.decode()
    assert "<svg" in html and "Started the course" in html


def test_the_funnel_follows_the_coordinators_oblasts(client, people, learning):
    client.force_login(people["other_coordinator"])  # Naryn: only nurzhan
    key = learning["course"].translation_key
    rows = csv_rows(client.get(REPORTS + "funnel/", {"course": key, "export": "csv"}))
    assert [row[2] for row in rows[1:]] == ["1", "0", "0", "0", "0"]


def test_question_success_rates_are_anonymous_aggregates(client, people, learning):
    client.force_login(people["editor"])
    rows = csv_rows(client.get(REPORTS + "questions/", {"export": "csv"}))
    assert rows[0] == [
        "Course",
        "Lesson",
        "Question",
        "Answers",
        "Right answers",
        "Success rate (%)",
    ]
    by_question = {row[2]: row for row in rows[1:]}
    assert by_question["Who approves the budget of the aiyl aimak?"][3:] == ["3", "1", "33"]
    assert by_question["Which are own revenues of a municipality?"][3:] == ["3", "2", "67"]
    assert "Aigul" not in str(rows) and "nurzhan" not in str(rows).lower()

    response = client.get(REPORTS + "questions/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.max_row == 3
    html = client.get(REPORTS + "questions/").content.decode()
    assert "<svg" in html and "Success rate" in html


def test_learning_reports_are_hidden_from_members(client, people, learning):
    client.force_login(people["member"])
    for report in ("funnel/", "questions/"):
        response = client.get(REPORTS + report)
        assert response.status_code in (302, 404)


@pytest.mark.parametrize("report", ["funnel/", "questions/", "questions/?export=csv"])
def test_query_counts_do_not_grow_with_members(
    client, people, learning, django_user_model, django_assert_num_queries, report
):
    client.force_login(people["editor"])

    def fetch():
        response = client.get(REPORTS + report)
        if "export" in report:
            b"".join(response.streaming_content)
        assert response.status_code == 200

    fetch()
    with CaptureQueriesContext(connection) as small:
        fetch()
    course, lesson = learning["course"], learning["lesson"]
    for number in range(20):
        user = django_user_model.objects.create_user(f"bulk{number}")
        MemberProfile.objects.create(user=user, full_name="B", role=ClubRole.DEPUTY, oblast="osh")
        Enrollment.objects.create(user=user, course_key=course.translation_key)
        attempt(user, lesson, course, right_first=True, right_second=number % 2 == 0)
    with django_assert_num_queries(len(small.captured_queries)):
        fetch()
