"""A lesson opening some days after the start counts from her circle's start date when she
learns the course with a circle; members outside a circle keep their own start."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from courses.models import Enrollment, LessonCompletion
from courses.pacing import DATE, Lock, lock_message
from home.members.choices import Oblast
from tests.shown import shown

from .conftest import make_circle

pytestmark = pytest.mark.django_db

AFTER_START = shown(
    "This lesson opens %(days)d day after you start the course.",
    plural="This lesson opens %(days)d days after you start the course.",
    number=7,
    days=7,
)


def opens_on(day):
    with translation.override("ky"):
        return lock_message(Lock(DATE, opens_on=day))


def paced_lesson(courses):
    lesson = courses["lesson2"]
    lesson.opens_after_days = 7
    lesson.save_revision().publish()
    return lesson


def done(user, lesson):
    return LessonCompletion.objects.filter(user=user, lesson_key=lesson.translation_key).exists()


def test_the_circles_start_replaces_her_own(client, people, courses):
    lesson = paced_lesson(courses)
    member = people["member"]
    client.force_login(member)
    assert AFTER_START in client.get(lesson.url).content.decode()  # before: her own start

    today = timezone.localdate()
    circle = make_circle(
        "Osh circle",
        Oblast.OSH,
        [people["mentor"]],
        [member],
        [courses["course"]],
        starts_on=today - timedelta(days=10),
    )
    html = client.get(lesson.url).content.decode()
    assert AFTER_START not in html and opens_on(today + timedelta(days=7)) not in html
    client.post(lesson.url + "complete/")
    assert done(member, lesson)  # open although she never started the course herself

    LessonCompletion.objects.filter(user=member).delete()
    type(circle).objects.filter(pk=circle.pk).update(starts_on=today + timedelta(days=3))
    assert opens_on(today + timedelta(days=10)) in client.get(lesson.url).content.decode()
    client.post(lesson.url + "complete/")
    assert not done(member, lesson)


def test_outside_a_circle_days_count_from_her_own_start(client, people, courses):
    lesson = paced_lesson(courses)
    make_circle(
        "Osh circle",
        Oblast.OSH,
        [people["mentor"]],
        [people["member"]],
        [courses["course"]],
        starts_on=timezone.localdate() - timedelta(days=30),
    )
    other = people["other_member"]  # not in the circle
    client.force_login(other)
    client.post(courses["course"].url + "start/")
    started = timezone.localdate(Enrollment.objects.get(user=other).started_at)
    assert opens_on(started + timedelta(days=7)) in client.get(lesson.url).content.decode()
    client.post(lesson.url + "complete/")
    assert not done(other, lesson)


def test_a_circle_for_another_course_changes_nothing(client, people, courses):
    lesson = paced_lesson(courses)
    make_circle(
        "Gender circle",
        Oblast.OSH,
        [people["mentor"]],
        [people["member"]],
        [courses["other_course"]],
        starts_on=timezone.localdate() - timedelta(days=30),
    )
    client.force_login(people["member"])
    assert AFTER_START in client.get(lesson.url).content.decode()
