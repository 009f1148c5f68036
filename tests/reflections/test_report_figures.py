"""The course and oblast reports read a summary recomputed in the background: the page says
as of when, "Refresh now" and the scheduler recompute it, a coordinator of several oblasts
gets their own medians, and a fresh summary answers in the same queries however much data."""

import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import Enrollment
from courses.reflections.models import Feedback, ProgressFigures, Reflection, Status
from courses.reflections.report_figures import refresh_figures_task, request_refresh
from home.members.choices import Oblast
from home.members.models import OblastAssignment
from home.members.roles import MEMBERS
from home.reminders import run_reminders
from tests.permissions_cache import read_permissions_again

from .conftest import make_user

REPORTS = "/admin/club/progress-reports/"
QUARTER_HOUR = override_settings(CLUB_REPORT_FIGURES_MAX_AGE=900)

pytestmark = pytest.mark.usefixtures("english_admin")


def rows(client, report, **params):
    response = client.get(REPORTS + report, {**params, "export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    return {row[0]: row[1:] for row in list(csv.reader(io.StringIO(content)))[1:]}


def enrolled(client, course_title="Course budget"):
    return rows(client, "courses/")[course_title][0]


def enrol(user, course):
    Enrollment.objects.create(user=user, course_key=course.translation_key)


@QUARTER_HOUR
def test_the_report_shows_its_figures_until_they_are_refreshed(client, people, courses):
    client.force_login(people["editor"])
    enrol(people["member"], courses["course"])
    assert enrolled(client) == "1"  # no summary yet: computed for this first view
    enrol(people["other_member"], courses["course"])
    assert enrolled(client) == "1"  # a quarter of an hour old at most: kept

    html = client.get(REPORTS + "courses/").content.decode()
    assert "Figures as of" in html and "15 minutes old" in html and "Refresh now" in html
    assert "Newer figures are being computed" not in html

    response = client.post(REPORTS + "refresh/", {"next": REPORTS + "courses/?oblast=osh"})
    assert response.status_code == 302 and response["Location"] == REPORTS + "courses/?oblast=osh"
    page = client.get(response["Location"]).content.decode()
    assert "The figures are being recomputed" in page
    assert enrolled(client) == "2"


@QUARTER_HOUR
def test_old_figures_are_shown_while_newer_ones_are_computed(client, people, courses, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    client.force_login(people["editor"])
    enrol(people["member"], courses["course"])
    assert enrolled(client) == "1"
    ProgressFigures.objects.update(computed_at=timezone.now() - timedelta(minutes=20))
    enrol(people["other_member"], courses["course"])

    html = client.get(REPORTS + "courses/").content.decode()
    assert "Newer figures are being computed" in html  # queued, not computed in the request
    assert enrolled(client) == "1"
    assert len(refresh_figures_task.get_backend().results) == 1  # two views, one refresh


def test_refresh_now_is_for_report_readers_and_only_by_post(client, people):
    from django.contrib.auth.models import Permission

    outsider = people["member"]  # in the admin, without the reports' permission
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    assert client.post(REPORTS + "refresh/").status_code == 404
    client.force_login(people["editor"])
    assert client.get(REPORTS + "refresh/").status_code == 405
    outside = client.post(REPORTS + "refresh/", {"next": "https://example.com/"})
    assert outside["Location"] == REPORTS + "courses/"


@QUARTER_HOUR
def test_the_scheduler_recomputes_figures_once_they_are_old(client, people, courses):
    client.force_login(people["editor"])
    enrol(people["member"], courses["course"])
    assert enrolled(client) == "1"
    enrol(people["other_member"], courses["course"])

    run_reminders()  # fresh figures: left as they are
    assert enrolled(client) == "1"
    ProgressFigures.objects.update(computed_at=timezone.now() - timedelta(minutes=16))
    run_reminders()
    summary = ProgressFigures.objects.get()
    assert summary.computed_at > timezone.now() - timedelta(minutes=1)
    assert enrolled(client) == "2"


def answered(user, lesson, course, days):
    reflection = Reflection.objects.create(
        user=user,
        lesson_key=lesson.translation_key,
        course_key=course.translation_key,
        status=Status.FEEDBACK_GIVEN,
        submitted_at=timezone.now(),
        answered_at=timezone.now(),
    )
    Feedback.objects.create(reflection=reflection, text="Answer", response_seconds=days * 86400)


def test_a_coordinator_of_two_oblasts_gets_their_own_medians(
    client, people, courses, django_user_model
):
    """Waits: Osh 1 and 9 days, Naryn 4, Issyk-Kul 100. Over Osh and Naryn: 4.0 days."""
    course, lesson = courses["course"], courses["lesson"]
    naryn = make_user(django_user_model, "nurzhan", MEMBERS, Oblast.NARYN)
    issyk_kul = make_user(django_user_model, "zamira", MEMBERS, Oblast.ISSYK_KUL)
    answered(people["member"], lesson, course, 1)
    answered(people["other_member"], lesson, course, 9)
    answered(naryn, lesson, course, 4)
    answered(issyk_kul, lesson, course, 100)
    coordinator = people["coordinator"]  # Osh
    OblastAssignment.objects.create(user=coordinator, oblast=Oblast.NARYN)

    client.force_login(coordinator)
    budget = rows(client, "courses/")["Course budget"]
    assert budget[4:] == ["3", "3", "4.0"]  # submitted, answered, median: Issyk-Kul left out
    assert rows(client, "courses/", oblast=Oblast.OSH)["Course budget"][4:] == ["2", "2", "5.0"]
    assert rows(client, "courses/", oblast=Oblast.ISSYK_KUL)["Course budget"][4:] == [
        "0",
        "0",
        "",
    ]
    assert set(rows(client, "oblasts/")) == {"Osh oblast", "Naryn oblast"}
    client.force_login(people["editor"])
    assert rows(client, "courses/")["Course budget"][4:] == ["4", "4", "6.5"]


@QUARTER_HOUR
@pytest.mark.parametrize("report", ["courses/", "oblasts/"])
def test_fresh_figures_answer_in_the_same_queries_with_more_data(
    client, people, courses, django_user_model, report
):
    client.force_login(people["editor"])
    client.get(REPORTS + report)  # computes the first summary
    with CaptureQueriesContext(connection) as small:
        assert client.get(REPORTS + report).status_code == 200
    for n in range(30):
        member = make_user(django_user_model, f"member{n}", MEMBERS, Oblast.NARYN)
        enrol(member, courses["course"])
        answered(member, courses["lesson"], courses["course"], n)
    request_refresh()
    read_permissions_again(people["editor"])
    with CaptureQueriesContext(connection) as large:
        response = client.get(REPORTS + report)
    assert len(large.captured_queries) == len(small.captured_queries)
    assert "Naryn" in response.content.decode()


def test_admin_messages_come_in_the_admin_language(client, people):
    """The site's default language is Russian; the editor's admin speaks English."""
    client.force_login(people["editor"])
    response = client.post(REPORTS + "refresh/", {"next": REPORTS + "oblasts/"}, follow=True)
    assert "The figures are being recomputed" in response.content.decode()


@QUARTER_HOUR
def test_a_deleted_account_leaves_the_summary(
    client, people, courses, django_capture_on_commit_callbacks
):
    from home.members.privacy import erase_member

    client.force_login(people["editor"])
    enrol(people["member"], courses["course"])
    enrol(people["other_member"], courses["course"])
    assert enrolled(client) == "2"
    with django_capture_on_commit_callbacks(execute=True):
        erase_member(people["other_member"])
    assert enrolled(client) == "1"
