"""A member's progress never lands in a shared cache; others never see it."""

import pytest

from .conftest import lessons_of

pytestmark = pytest.mark.django_db


def test_pages_with_her_progress_are_never_cached(
    member_client, catalogue, public_course, private_course
):
    lesson = lessons_of(public_course)[0]
    member_client.post(lesson.url + "complete/")
    urls = [
        catalogue["ky"].url,
        public_course.url,
        lesson.url,
        lessons_of(private_course)[0].url,  # members-only content, too
    ]
    for url in urls:
        response = member_client.get(url)
        assert response.status_code == 200, url
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, url


def test_visitors_pages_stay_cacheable(client, catalogue, public_course):
    for url in (catalogue["ky"].url, public_course.url, lessons_of(public_course)[0].url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" not in response.get("Cache-Control", ""), url


def test_no_private_learner_data_is_indexed_for_search():
    from wagtail.search.index import get_indexed_models

    private = {
        "courses.enrollment",
        "courses.lessoncompletion",
        "members.memberprofile",
        "members.membershipapplication",
        "news.eventregistration",
        "news.subscription",
    }
    indexed = {model._meta.label_lower for model in get_indexed_models()}
    assert private.isdisjoint(indexed)
    assert "courses.lessonpage" in indexed  # the check itself sees indexed models
