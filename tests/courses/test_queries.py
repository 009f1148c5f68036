"""Catalogue, course, lesson and dashboard: the query count does not grow with the data."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.checks import checks_in
from courses.models import CheckAttempt, LessonCompletion

from .conftest import add_course, lessons_of
from .learning import add_check, answer_url, answers

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
        urls.append(reverse("home:dashboard"))
    small = [count_queries(client, url) for url in urls]
    big_course = grow(catalogue, tracks, member, courses=6, lessons=7)
    # The same pages again, plus a bigger course and one of its lessons: same counts.
    large = [count_queries(client, url) for url in urls]
    assert large == small
    assert count_queries(client, big_course.url) == small[1]
    assert count_queries(client, lessons_of(big_course)[1].url) == small[2]


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_a_knowledge_check_adds_at_most_two_queries(client, member, public_course, who):
    plain, checked = lessons_of(public_course)[:2]
    checked = add_check(checked)
    if who == "member":
        client.force_login(member)
        client.post(answer_url(checked), answers(checked, right=False))
        client.post(answer_url(checked), answers(checked))
    without = count_queries(client, plain.url)
    with_check = count_queries(client, checked.url)
    assert with_check - without <= (2 if who == "member" else 0)
    # More attempts, by her and by other members, cost nothing more.
    for number in range(5):
        other = User.objects.create_user(f"learner{number}")
        CheckAttempt.objects.create(
            user=other,
            lesson_key=checked.translation_key,
            course_key=public_course.translation_key,
            check_id=checks_in(checked)[0].id,
            score=0,
        )
        if who == "member":
            client.post(answer_url(checked), answers(checked, right=number % 2 == 0))
    assert count_queries(client, checked.url) == with_check


def test_a_members_course_and_lesson_take_at_most_twelve_queries_at_any_size(
    client, member, catalogue, tracks, public_course
):
    client.force_login(member)
    client.post(lessons_of(public_course)[0].url + "complete/")
    long_course = add_course(catalogue["ky"], "long", tracks["soft"], lessons=30)
    counts = {}
    for course in (public_course, long_course):
        lesson = lessons_of(course)[1]
        counts[course.slug] = [count_queries(client, url) for url in (course.url, lesson.url)]
    assert counts["speaking"] == counts["long"]  # 3 lessons or 30: the same queries
    assert max(counts["long"]) <= 12


def test_a_members_lesson_asks_no_permission_query_yet_a_revoked_membership_shows_at_once(
    client, member, private_course
):
    """Issue 28: her membership (and Wagtail's admin-access question) are kept per account in
    the cache (home/members/backends.py), so a lesson reads her account alone and makes no
    permission query; taking her out of the Club still closes a members-only lesson on her
    very next request (the PERMISSIONS generation moves on)."""
    lesson = lessons_of(private_course)[1]
    client.force_login(member)
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(lesson.url)
    assert response.status_code == 200
    sql = [query["sql"] for query in queries.captured_queries]
    assert not [q for q in sql if 'FROM "auth_permission"' in q.split("(", 1)[0]]
    accounts = [q for q in sql if q.startswith('SELECT "auth_user"')]
    assert len(accounts) == 1 and "EXISTS" not in accounts[0]
    member.groups.clear()
    assert client.get(lesson.url).status_code == 403
    member.is_superuser = True  # a superuser holds every permission, as in has_perm
    member.save()
    assert client.get(lesson.url).status_code == 200
    member.is_active = False
    member.save()
    assert client.get(lesson.url).status_code != 200  # an inactive account is signed out
