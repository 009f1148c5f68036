"""Catalogue, course, lesson and dashboard: the query count does not grow with the data."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import LessonCompletion

from .conftest import add_course, lessons_of

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm the per-site caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def grow(catalogue, tracks, member, courses, lessons):
    """More courses, lessons, other members and completions; returns the first new course."""
    for number in range(5):
        User.objects.create_user(f"other{number}")
    created = []
    for number in range(courses):
        track = tracks["soft"] if number % 2 else tracks["budget"]
        course = add_course(catalogue["ky"], f"more-{number}", track, lessons=lessons)
        created.append(course)
        for index, lesson in enumerate(lessons_of(course)):
            for user in (member, *User.objects.exclude(pk=member.pk)):
                if index % 2 == 0:
                    LessonCompletion.objects.create(
                        user=user,
                        lesson_key=lesson.translation_key,
                        course_key=course.translation_key,
                    )
                    course_key = course.translation_key
                    user.course_enrollments.get_or_create(course_key=course_key)
    return created[0]


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_query_counts_are_constant(client, member, catalogue, tracks, public_course, who):
    if who == "member":
        client.force_login(member)
        client.post(lessons_of(public_course)[0].url + "complete/")
    lesson = lessons_of(public_course)[1]
    urls = [catalogue["ky"].url, public_course.url, lesson.url]
    if who == "member":
        urls.append(reverse("courses:dashboard"))
    small = [count_queries(client, url) for url in urls]
    big_course = grow(catalogue, tracks, member, courses=6, lessons=7)
    # The same pages again, plus a bigger course and one of its lessons: same counts.
    large = [count_queries(client, url) for url in urls]
    assert large == small
    assert count_queries(client, big_course.url) == small[1]
    assert count_queries(client, lessons_of(big_course)[1].url) == small[2]
