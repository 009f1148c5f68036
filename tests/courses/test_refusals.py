"""A refused action answers 4xx with the page saying why, never the success redirect
(courses/gate.py): 403 a lesson or course not open for her yet, 409 a conflict with her record
(the required check not passed yet, a check that changed), 400 what she sent is incomplete.
Her answers come back; nothing is recorded; `X-Refused` names the kind for scripts."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import CheckAttempt, Enrollment, LessonCompletion
from tests.shown import shown

from .conftest import add_course, lessons_of
from .learning import answer_url, answers, checked_lesson

pytestmark = pytest.mark.django_db

OPENS_ON = shown("This lesson opens on %(date)s.", date="{}").split("{}")[0]
NOT_PASSED = (
    "Pass the knowledge check of this lesson (%(mark)d%% or more) before you mark it complete."
)


def closed(lesson):
    lesson.opens_on = timezone.localdate() + timedelta(days=3)
    lesson.save()
    return type(lesson).objects.get(pk=lesson.pk)


def assert_refused(response, status, kind, sentence):
    assert response.status_code == status
    assert response["X-Refused"] == kind
    assert "no-store" in response["Cache-Control"]
    assert sentence in response.content.decode()


def test_completing_a_locked_lesson_is_403_with_the_lesson(member_client, public_course):
    lesson = closed(lessons_of(public_course)[0])
    response = member_client.post(lesson.url + "complete/")
    assert_refused(response, 403, "locked", OPENS_ON)
    assert lesson.title in response.content.decode()  # the lesson page, not a bare error
    assert not LessonCompletion.objects.exists()


def test_completing_before_passing_the_check_is_409(member_client, public_course):
    lesson = checked_lesson(public_course)
    member_client.post(answer_url(lesson), answers(lesson, right=False))
    response = member_client.post(lesson.url + "complete/", {"next": "/ky/"})
    assert_refused(response, 409, "conflict", shown(NOT_PASSED, mark=100))
    assert not LessonCompletion.objects.exists()
    # Once passed, the same POST is the success redirect.
    member_client.post(answer_url(lesson), answers(lesson))
    assert member_client.post(lesson.url + "complete/").status_code == 302
    assert LessonCompletion.objects.count() == 1


def test_answering_the_check_of_a_locked_lesson_is_403_with_her_answers(
    member_client, public_course
):
    lesson = closed(checked_lesson(public_course))
    data = answers(lesson, right=False)
    response = member_client.post(answer_url(lesson), data)
    assert_refused(response, 403, "locked", OPENS_ON)
    chosen = next(value for name, value in data.items() if name.startswith("q-"))
    chosen = chosen[0] if isinstance(chosen, list) else chosen
    assert f'value="{chosen}" id="o-{chosen}" checked' in response.content.decode()
    assert not CheckAttempt.objects.exists()


def test_a_check_that_changed_is_409(member_client, public_course):
    lesson = checked_lesson(public_course)
    data = {**answers(lesson), "check": "gone"}
    response = member_client.post(answer_url(lesson), data)
    assert_refused(
        response,
        409,
        "conflict",
        shown("This knowledge check has changed. Please answer it again."),
    )
    assert not CheckAttempt.objects.exists()


def test_an_unanswered_check_is_400(member_client, public_course):
    lesson = checked_lesson(public_course)
    data = {name: value for name, value in answers(lesson).items() if not name.startswith("q-")}
    response = member_client.post(answer_url(lesson), data)
    assert_refused(response, 400, "invalid", shown("Please answer every question."))
    assert not CheckAttempt.objects.exists()


def test_starting_a_course_that_waits_for_another_is_403(
    member_client, member, home_pages, tracks, public_course
):
    first = add_course(public_course.get_parent(), "first", tracks["soft"], lessons=1)
    public_course.prerequisites.add(first)
    public_course.save()
    response = member_client.post(public_course.url + "start/")
    assert_refused(response, 403, "locked", first.title)
    assert not Enrollment.objects.filter(user=member).exists()
