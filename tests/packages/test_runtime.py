"""The SCORM runtime's record on the server: commits, resume on any device, completion."""

import json

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from courses.models import LessonCompletion
from courses.packages.models import PackageAttempt
from courses.progress import progress_for
from home.members.privacy import collect_member_data, erase_member

from .conftest import lessons_of, make_package, place
from .zips import h5p_files

pytestmark = pytest.mark.django_db


def runtime_url(lesson, package):
    return reverse("packages:runtime", args=[lesson.pk, package.pk])


def commit(client, lesson, package, **cmi_core):
    """A commit as scorm-again's common format sends it (SCORM 1.2)."""
    status = cmi_core.get("lesson_status", "incomplete")
    body = {
        "runtimeData": {
            "cmi": {
                "core": {"lesson_status": status, **cmi_core},
                "suspend_data": cmi_core.pop("suspend_data", ""),
            }
        },
        "completionStatus": "completed" if status in ("completed", "passed") else "incomplete",
        "successStatus": status if status in ("passed", "failed") else "unknown",
        "score": cmi_core.get("score", {}),
        "totalTimeSeconds": 0,
    }
    return client.post(
        runtime_url(lesson, package), json.dumps(body), content_type="application/json"
    )


def test_a_visitor_plays_but_nothing_is_kept(client, public_lesson, scorm_package):
    state = client.get(runtime_url(public_lesson, scorm_package)).json()
    assert state == {"tracking": False, "cmi": {}}
    assert commit(client, public_lesson, scorm_package).status_code == 403
    assert not PackageAttempt.objects.exists()


def test_a_commit_is_kept_and_resumed_in_another_session(
    client, member, private_lesson, scorm_package
):
    client.force_login(member)
    answer = commit(
        client,
        private_lesson,
        scorm_package,
        lesson_location="slide-3",
        suspend_data="seen=1,2,3",
        score={"raw": "40", "min": "0", "max": "100"},
    )
    assert answer.json() == {"result": True, "errorCode": 0, "lessonComplete": False}
    client.logout()
    client.force_login(member)  # another device: a new session
    state = client.get(runtime_url(private_lesson, scorm_package)).json()
    assert state["tracking"] is True
    assert state["cmi"]["core"]["lesson_location"] == "slide-3"
    assert state["cmi"]["core"]["entry"] == "resume"
    assert state["cmi"]["suspend_data"] == "seen=1,2,3"
    assert state["lessonComplete"] is False
    assert PackageAttempt.objects.get().score == 40


def test_completion_completes_the_lesson_once(member_client, member, private_lesson, scorm_package):
    commit(member_client, private_lesson, scorm_package, lesson_location="1")
    answer = commit(member_client, private_lesson, scorm_package, lesson_status="passed")
    assert answer.json()["lessonComplete"] is True
    commit(member_client, private_lesson, scorm_package, lesson_status="incomplete")
    assert LessonCompletion.objects.filter(user=member).count() == 1
    attempt = PackageAttempt.objects.get()
    assert (attempt.status, attempt.commits) == ("passed", 3)
    # Her progress (the outline, pacing, certificates, reports) sees it as "mark complete".
    assert progress_for(member, private_lesson.course).is_done(private_lesson)


def test_a_locked_lesson_is_not_completed_by_its_package(
    member_client, member, private_lesson, scorm_package
):
    private_lesson.opens_after_days = 30
    private_lesson.save_revision().publish()
    answer = commit(member_client, private_lesson, scorm_package, lesson_status="completed")
    assert answer.json()["lessonComplete"] is False
    assert not LessonCompletion.objects.filter(user=member).exists()


def test_a_stranger_cannot_commit_to_a_members_only_package(
    client, outsider, private_lesson, scorm_package
):
    client.force_login(outsider)
    assert commit(client, private_lesson, scorm_package).status_code == 403


def test_bad_bodies_are_refused_without_a_500(member_client, private_lesson, scorm_package):
    url = runtime_url(private_lesson, scorm_package)
    for body in ("not json", "[1, 2]"):
        response = member_client.post(url, body, content_type="application/json")
        assert response.status_code == 400
    assert member_client.put(url).status_code == 405


def test_her_package_data_is_in_her_download_and_goes_with_her_account(
    member_client, member, private_lesson, scorm_package
):
    commit(member_client, private_lesson, scorm_package, lesson_location="2", suspend_data="s=2")
    section = collect_member_data(member)["sections"]["learning_packages"]
    assert section[0]["package"] == "Budget game"
    assert (section[0]["location"], section[0]["suspend_data"]) == ("2", "s=2")
    assert section[0]["cmi"]["core"]["lesson_location"] == "2"
    erase_member(member)
    assert not PackageAttempt.objects.exists()


def test_an_h5p_completed_statement_completes_the_lesson(member_client, member, public_course):
    package = make_package(h5p_files(), name="quiz.h5p")
    lesson = place(lessons_of(public_course)[1], package)
    url = runtime_url(lesson, package)
    answered = {"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, "result": {}}
    member_client.post(url, json.dumps({"xapi": answered}), content_type="application/json")
    assert not LessonCompletion.objects.filter(user=member).exists()
    completed = {
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
        "result": {"score": {"raw": 1, "max": 1, "scaled": 1}, "completion": True, "success": True},
    }
    answer = member_client.post(
        url, json.dumps({"xapi": completed}), content_type="application/json"
    )
    assert answer.json()["lessonComplete"] is True
    attempt = PackageAttempt.objects.get(package=package)
    assert (attempt.status, attempt.score) == ("passed", 100)


def test_package_scores_show_in_the_reports(client, member_client, private_lesson, scorm_package):
    commit(
        member_client,
        private_lesson,
        scorm_package,
        lesson_status="passed",
        score={"raw": "70", "min": "0", "max": "100"},
    )
    client.force_login(User.objects.create_superuser("boss", "boss@x.test", "x"))
    report = "/admin/club/progress-reports/packages/"
    csv = b"".join(client.get(report, {"export": "csv"}).streaming_content).decode()
    line = next(row for row in csv.splitlines() if "Budget game" in row)
    assert line.endswith("Budget game,1,1,70")
    assert client.get(report).status_code == 200
