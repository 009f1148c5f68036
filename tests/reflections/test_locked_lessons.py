"""A lesson not open for her yet refuses every action, her reflection too (issue 25,
finding 5): the one gate (courses/gate.py) answers save, submit, "add a row" and autosave as
it answers "complete", for each of the four locks, and keeps the text she sent."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import Enrollment, LessonCompletion
from courses.reflections.models import Reflection, Status
from tests.shown import shown

from .conftest import ROW, answer_data, reflection_url

pytestmark = pytest.mark.django_db

HER_TEXT = "Угууну биз өзүбүз өткөрдүк"
OPENS_ON = shown("This lesson opens on %(date)s.", date="{}").split("{}")[0]
AFTER = shown("This lesson opens when you complete the lesson “%(title)s”.", title="{}")
PREREQUISITE = shown("This course opens when you have finished %(titles)s.", titles="{}")


def lock(kind, courses, member):
    """Close a lesson for `member` by `kind`; returns (the lesson, the start of its sentence)."""
    course, lesson = courses["course"], courses["lesson"]
    if kind == "order":
        course.lessons_in_order = True
        course.save()
        return courses["lesson2"], AFTER.split("{}")[0]
    if kind == "prerequisite":
        course.prerequisites.add(courses["other_course"])
        course.save()
        return lesson, PREREQUISITE.split("{}")[0]
    if kind == "date":
        lesson.opens_on = timezone.localdate() + timedelta(days=5)
    else:  # seven days after she started, and she started today
        lesson.opens_after_days = 7
        Enrollment.objects.create(user=member, course_key=course.translation_key)
    lesson.save()
    return lesson, OPENS_ON


KINDS = ["order", "prerequisite", "date", "after_start"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", ["draft", "submit", "add_row"])
def test_a_locked_lesson_refuses_her_reflection(client, courses, people, kind, action):
    member = people["member"]
    lesson, sentence = lock(kind, courses, member)
    client.force_login(member)

    page = client.get(reflection_url(lesson)).content.decode()
    assert sentence in page
    assert 'value="submit"' not in page and 'value="draft"' not in page

    data = answer_data(action, answers=(HER_TEXT, "Дагы"), rows=[ROW])
    response = client.post(reflection_url(lesson), data)
    assert response.status_code == 403
    html = response.content.decode()
    assert sentence in html  # the same answer as "complete" gives
    assert HER_TEXT in html and ROW["stakeholder"] in html  # her text comes back
    assert not Reflection.objects.exists()

    # "Complete" is refused by the same gate, with the same sentence.
    refused = client.post(lesson.url + "complete/", follow=True).content.decode()
    assert sentence in refused
    assert not LessonCompletion.objects.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_a_locked_lesson_refuses_autosave(client, courses, people, kind):
    member = people["member"]
    lesson, sentence = lock(kind, courses, member)
    client.force_login(member)
    response = client.post(
        reflection_url(lesson),
        answer_data("autosave", answers=(HER_TEXT, "")),
        headers={"X-Requested-With": "fetch"},
    )
    assert response.status_code == 403
    body = json.loads(response.content)
    assert body["ok"] is False and sentence in body["error"]
    assert not Reflection.objects.exists()


def test_once_the_lesson_opens_she_submits(client, courses, people):
    member = people["member"]
    lesson, _sentence = lock("date", courses, member)
    client.force_login(member)
    data = answer_data("submit", answers=(HER_TEXT, "Дагы"), rows=[ROW])
    assert client.post(reflection_url(lesson), data).status_code == 403
    assert not Reflection.objects.exists()
    lesson.opens_on = timezone.localdate()
    lesson.save()
    page = client.get(reflection_url(lesson)).content.decode()
    assert 'value="submit"' in page and OPENS_ON not in page
    assert client.post(reflection_url(lesson), data).status_code == 302
    assert Reflection.objects.get(user=member).status == Status.SUBMITTED
