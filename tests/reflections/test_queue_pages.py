"""The review queue over more than one page: the right reflections on each page, in order,
within the reviewer's scope, the member search, and as many queries with more reflections."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.reflections.models import Reflection, Status
from home.members.choices import ClubRole, Oblast
from home.members.models import MemberProfile

QUEUE = "/admin/club/reflections/"
WAITING = 55


@pytest.fixture
def queue(courses, django_user_model):
    """55 waiting reflections a day apart (Osh and Naryn in turn), then answered ones and
    drafts, on the mentored course; one waiting on the other mentor's course."""
    users = django_user_model.objects.bulk_create(
        django_user_model(username=f"queue{i:03d}", email=f"queue{i:03d}@example.org")
        for i in range(WAITING + 6)
    )
    MemberProfile.objects.bulk_create(
        MemberProfile(
            user=user,
            full_name=f"Member-{i:03d}",
            role=ClubRole.DEPUTY,
            oblast=Oblast.OSH if i % 2 else Oblast.NARYN,
        )
        for i, user in enumerate(users)
    )
    start = timezone.now() - timedelta(days=100)
    course, lesson = courses["course"], courses["lesson"]
    statuses = [Status.SUBMITTED] * WAITING + [Status.FEEDBACK_GIVEN] * 3 + [Status.DRAFT] * 2
    rows = [
        Reflection(
            user=user,
            lesson_key=lesson.translation_key,
            course_key=course.translation_key,
            status=status,
            submitted_at=None if status == Status.DRAFT else start + timedelta(days=i),
        )
        for i, (user, status) in enumerate(zip(users, statuses, strict=False))
    ]
    rows.append(
        Reflection(
            user=users[-1],
            lesson_key=courses["other_lesson"].translation_key,
            course_key=courses["other_course"].translation_key,
            status=Status.RESUBMITTED,
            submitted_at=start - timedelta(hours=1),
        )
    )
    Reflection.objects.bulk_create(rows)
    return users


def names(client, **params):
    response = client.get(QUEUE, params)
    assert response.status_code == 200
    return re.findall(r"Member-\d{3}", response.content.decode())


def numbered(numbers):
    return [f"Member-{i:03d}" for i in numbers]


def test_pages_hold_the_waiting_reflections_oldest_first(client, people, queue):
    client.force_login(people["editor"])
    other_course = "Member-060"  # waiting since the first day, on the other course
    assert names(client) == [other_course, *numbered(range(49))]
    assert names(client, p=2) == numbered(range(49, WAITING))
    assert names(client, p=99) == numbered(range(49, WAITING))  # past the end: the last page
    newest = names(client, ordering="-submitted_at")
    assert newest == numbered(range(WAITING - 1, 4, -1))
    assert names(client, ordering="-submitted_at", p=2) == [
        *numbered(range(4, -1, -1)),
        other_course,
    ]


def test_every_submitted_one_under_a_filter_never_the_drafts(client, people, queue):
    client.force_login(people["editor"])
    every = names(client, status="all") + names(client, status="all", p=2)
    assert every == ["Member-060", *numbered(range(WAITING + 3))]
    assert names(client, status=Status.FEEDBACK_GIVEN) == numbered(range(WAITING, WAITING + 3))


def test_pages_stay_within_the_reviewers_scope(client, people, queue):
    client.force_login(people["mentor"])  # mentors the course, not the other one
    assert names(client, p=2) == numbered(range(50, WAITING))
    client.force_login(people["coordinator"])  # follows Osh: the odd numbers
    assert names(client) == numbered(range(1, WAITING, 2))
    client.force_login(people["other_coordinator"])  # Naryn: the even ones, and the 60th
    assert names(client) == ["Member-060", *numbered(range(0, WAITING, 2))]


def test_member_search_by_name_username_or_whole_email(client, people, queue):
    client.force_login(people["editor"])
    assert names(client, member="member-01") == numbered(range(10, 20))
    assert names(client, member="queue007") == ["Member-007"]
    assert names(client, member="QUEUE042@example.org") == ["Member-042"]
    assert names(client, member="queue042@example") == []  # an email only when whole
    client.force_login(people["coordinator"])
    assert names(client, member="member-01") == numbered(range(11, 20, 2))


@pytest.mark.parametrize(
    "params",
    [{}, {"status": "all", "p": "2"}, {"p": "99"}, {"member": "member-0"}, {"oblast": "osh"}],
)
def test_queue_pages_take_as_many_queries_with_more_reflections(
    client, people, queue, courses, django_user_model, django_assert_num_queries, params
):
    client.force_login(people["coordinator"])
    client.get(QUEUE, params)  # warm the caches (site root paths, content types)
    with CaptureQueriesContext(connection) as before:
        assert client.get(QUEUE, params).status_code == 200
    more = django_user_model.objects.bulk_create(
        django_user_model(username=f"more{i:03d}") for i in range(60)
    )
    MemberProfile.objects.bulk_create(
        MemberProfile(user=u, full_name=f"Member-{i:03d}b", role=ClubRole.DEPUTY, oblast="osh")
        for i, u in enumerate(more)
    )
    Reflection.objects.bulk_create(
        Reflection(
            user=user,
            lesson_key=lesson.translation_key,
            course_key=courses["course"].translation_key,
            status=Status.SUBMITTED,
            submitted_at=timezone.now(),
        )
        for user in more
        for lesson in (courses["lesson"], courses["lesson2"])
    )
    with django_assert_num_queries(len(before.captured_queries)):
        assert client.get(QUEUE, params).status_code == 200
