import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.reflections.models import Feedback, Reflection, Status
from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile
from home.members.roles import MEMBERS

from .conftest import make_user

REPORTS = "/admin/club/progress-reports/"


pytestmark = pytest.mark.usefixtures("english_admin")


@pytest.fixture
def progress(courses, people, django_user_model):
    from courses.models import Enrollment, LessonCompletion

    course, other = courses["course"], courses["other_course"]
    member, second = people["member"], people["other_member"]
    naryn = make_user(django_user_model, "nurzhan", MEMBERS, Oblast.NARYN)
    now = timezone.now()
    Enrollment.objects.create(user=member, course_key=course.translation_key, completed_at=now)
    Enrollment.objects.create(user=second, course_key=course.translation_key)
    Enrollment.objects.create(user=naryn, course_key=other.translation_key)
    for lesson in (courses["lesson"], courses["lesson2"]):
        LessonCompletion.objects.create(
            user=member, lesson_key=lesson.translation_key, course_key=course.translation_key
        )
    LessonCompletion.objects.create(
        user=second, lesson_key=courses["lesson"].translation_key, course_key=course.translation_key
    )
    answered = Reflection.objects.create(
        user=member,
        lesson_key=courses["lesson"].translation_key,
        course_key=course.translation_key,
        status=Status.FEEDBACK_GIVEN,
        submitted_at=now - timedelta(days=2),
        answered_at=now,
    )
    Feedback.objects.create(
        reflection=answered, mentor=people["mentor"], text="Good", response_seconds=2 * 86400
    )
    Reflection.objects.create(
        user=second,
        lesson_key=courses["lesson"].translation_key,
        course_key=course.translation_key,
        status=Status.SUBMITTED,
        submitted_at=now,
    )
    Reflection.objects.create(  # a draft counts nowhere
        user=naryn,
        lesson_key=courses["other_lesson"].translation_key,
        course_key=other.translation_key,
    )
    return {"naryn": naryn}


def csv_rows(response):
    content = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(content)))


def test_course_report_numbers(client, people, progress):
    client.force_login(people["editor"])
    rows = {row[0]: row for row in csv_rows(client.get(REPORTS + "courses/?export=csv"))}
    assert rows["Course budget"][1:] == ["2", "2", "1", "50", "2", "1", "2.0"]
    assert rows["Course gender"][1:] == ["1", "0", "0", "0", "0", "0", ""]
    page = client.get(REPORTS + "courses/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html and "Course budget" in html


def test_course_report_filtered_by_oblast(client, people, progress):
    client.force_login(people["editor"])
    response = client.get(REPORTS + "courses/", {"oblast": "naryn", "export": "csv"})
    rows = {row[0]: row for row in csv_rows(response)}
    assert rows["Course budget"][1] == "0"
    assert rows["Course gender"][1] == "1"


def test_oblast_report_numbers_and_coordinator_scope(client, people, progress):
    client.force_login(people["editor"])
    rows = {row[0]: row for row in csv_rows(client.get(REPORTS + "oblasts/?export=csv"))}
    # oblast, members, enrolled, started, completed, rate, submitted, answered, median
    assert rows["Osh oblast"][1:] == ["3", "2", "2", "1", "50", "2", "1", "2.0"]
    assert rows["Naryn oblast"][1:4] == ["2", "1", "0"]
    client.force_login(people["coordinator"])  # Osh
    rows = {row[0]: row for row in csv_rows(client.get(REPORTS + "oblasts/?export=csv"))}
    assert list(rows) == ["Oblast", "Osh oblast"]


def test_member_report_numbers_and_filters(client, people, progress):
    client.force_login(people["editor"])
    rows = {row[0]: row for row in csv_rows(client.get(REPORTS + "members/?export=csv"))}
    # name, oblast, lessons, enrolled, started, completed, rate, submitted, answered, median
    assert rows["Aigul Full"][1:] == ["Osh oblast", "2", "1", "1", "1", "100", "1", "1", "2.0"]
    assert rows["Gulnara Full"][2:] == ["1", "1", "1", "0", "0", "1", "0", ""]
    rows = csv_rows(client.get(REPORTS + "members/", {"oblast": "osh", "export": "csv"}))
    assert {row[0] for row in rows[1:]} == {"Aigul Full", "Gulnara Full", "Coord Full"}
    html = client.get(REPORTS + "members/", {"member": "aigul"}).content.decode()
    assert "Aigul Full" in html and "Gulnara Full" not in html


def test_export_row_counts_csv_and_xlsx(client, people, progress):
    from openpyxl import load_workbook

    client.force_login(people["editor"])
    members = MemberProfile.objects.count()
    assert len(csv_rows(client.get(REPORTS + "members/?export=csv"))) == members + 1
    response = client.get(REPORTS + "members/?export=xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.active.max_row == members + 1


def test_reports_are_hidden_from_members(client, people):
    client.force_login(people["member"])
    response = client.get(REPORTS + "courses/", follow=True)
    assert response.status_code in (404, 200)
    assert "Course budget" not in response.content.decode()
    if response.status_code == 200:
        assert response.redirect_chain[-1][0].startswith("/admin/login/")


def add_members(django_user_model, courses, count, start):
    from courses.models import Enrollment, LessonCompletion

    users = django_user_model.objects.bulk_create(
        django_user_model(username=f"bulk{start + i}") for i in range(count)
    )
    MemberProfile.objects.bulk_create(
        MemberProfile(user=u, full_name=f"Bulk {u.pk}", role=ClubRole.DEPUTY, oblast=Oblast.OSH)
        for u in users
    )
    key = courses["course"].translation_key
    Enrollment.objects.bulk_create(Enrollment(user=u, course_key=key) for u in users)
    LessonCompletion.objects.bulk_create(
        LessonCompletion(user=u, lesson_key=courses["lesson"].translation_key, course_key=key)
        for u in users
    )
    Reflection.objects.bulk_create(
        Reflection(
            user=u,
            lesson_key=courses["lesson"].translation_key,
            course_key=key,
            status=Status.SUBMITTED,
            submitted_at=timezone.now(),
        )
        for u in users
    )


@pytest.mark.parametrize(
    "role, report",
    [("editor", report) for report in ("courses/", "members/", "oblasts/", "members/?export=csv")]
    # A mentor's reports read her scope (courses she mentors, her circles): as flat.
    + [
        ("mentor", report)
        for report in ("courses/", "members/", "oblasts/", "funnel/", "questions/")
        + ("members/?export=csv",)
    ],
)
def test_report_query_counts_do_not_grow(
    client, people, courses, django_user_model, django_assert_num_queries, role, report
):
    client.force_login(people[role])
    add_members(django_user_model, courses, 3, 0)

    def fetch():
        response = client.get(REPORTS + report)
        if report.endswith("csv"):
            b"".join(response.streaming_content)
        assert response.status_code == 200

    fetch()  # warm caches (site root paths, content types)
    with CaptureQueriesContext(connection) as small:
        fetch()
    add_members(django_user_model, courses, 60, 100)
    with django_assert_num_queries(len(small.captured_queries)):
        fetch()
