"""Junk sent to the catalogue, course and lesson URLs: never a server error, progress intact."""

import pytest
from django.utils.http import url_has_allowed_host_and_scheme
from hypothesis import given
from hypothesis import strategies as st

from courses.models import CheckAttempt, Enrollment, LessonCompletion
from tests.junk import FUZZ, every_junk_value, get, junk_pairs, junk_values, post

from .conftest import lessons_of
from .learning import answer_url, answers, checked_lesson

pytestmark = pytest.mark.django_db

QUERY_NAMES = st.sampled_from([b"track", b"page", b"q", b"tag"])


def progress(member):
    return sorted(LessonCompletion.objects.filter(user=member).values_list("lesson_key", flat=True))


@FUZZ
@given(pairs=st.lists(st.tuples(QUERY_NAMES, junk_values), max_size=4))
def test_catalogue_and_course_pages_with_junk_query_strings(
    client, member, catalogue, public_course, private_course, pairs
):
    lesson = lessons_of(public_course)[0]
    for url in (catalogue["ky"].url, public_course.url, lesson.url):
        assert get(client, url, pairs).status_code == 200
    client.force_login(member)
    assert get(client, catalogue["en"].url, pairs).status_code == 200
    assert get(client, "/ky/dashboard/", pairs).status_code == 200
    client.logout()


@FUZZ
@given(pairs=junk_pairs({"next": "/ky/", "undo": ""}))
def test_completing_a_lesson_with_junk(member_client, member, public_course, pairs):
    done, undone = lessons_of(public_course)[:2]
    member_client.post(done.url + "complete/")
    before = progress(member)
    response = post(member_client, undone.url + "complete/", pairs)
    assert response.status_code == 302
    # Never sent to another site, whatever "next" says.
    assert url_has_allowed_host_and_scheme(response["Location"], {"testserver", "localhost"})
    # Only the lesson posted to may change; the other one stays done.
    assert done.translation_key in progress(member)
    key = undone.translation_key
    assert set(progress(member)) - {key} == set(before) - {key}


@FUZZ
@given(pairs=junk_pairs({"next": "/ky/"}))
def test_starting_a_course_with_junk(member_client, member, public_course, pairs):
    response = post(member_client, public_course.url + "start/", pairs)
    assert response.status_code == 302
    assert Enrollment.objects.filter(user=member).count() == 1


def test_every_junk_value(member_client, member, catalogue, public_course):
    done, other = lessons_of(public_course)[:2]
    member_client.post(done.url + "complete/")
    for pairs in every_junk_value(["track", "page", "next", "undo"]):
        assert get(member_client, catalogue["ky"].url, pairs).status_code == 200
        assert get(member_client, done.url, pairs).status_code == 200
        assert post(member_client, other.url + "complete/", pairs).status_code == 302
    assert done.translation_key in progress(member)


@pytest.fixture
def checked(public_course):
    return checked_lesson(public_course)


def attempts(member):
    return list(CheckAttempt.objects.filter(user=member).values("check_id", "answers", "score"))


@FUZZ
@given(data=st.data())
def test_answering_a_knowledge_check_with_junk(member_client, member, checked, data):
    valid = {
        name: value[0] if isinstance(value, list) else str(value)
        for name, value in answers(checked).items()
    }
    pairs = data.draw(junk_pairs(valid, extra=("q-unknown", "next")))
    before = attempts(member)
    response = post(member_client, answer_url(checked), pairs)
    assert response.status_code in (
        200,
        302,
        400,
        409,
    )  # 409: the check she answered is not the one shown now
    after = attempts(member)
    if response.status_code != 302:  # refused or shown again: nothing recorded
        assert after == before
    assert after[: len(before)] == before  # earlier attempts are never altered
