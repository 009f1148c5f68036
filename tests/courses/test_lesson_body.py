"""A lesson's body is rendered once per published revision and shared by every reader; her
knowledge check and an editor's preview are rendered for each request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.shown import shown

from .conftest import lessons_of
from .learning import add_check, answer_url, answers

pytestmark = pytest.mark.django_db


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_pictures_and_documents_cost_no_query_once_rendered(member_client, illustrated_course):
    course, image, document = illustrated_course
    plain, illustrated = lessons_of(course)[1], lessons_of(course)[0]
    for lesson in (plain, illustrated):
        member_client.get(lesson.url)
    plain_queries, _ = _queries(member_client, plain.url)
    illustrated_queries, html = _queries(member_client, illustrated.url)
    assert illustrated_queries == plain_queries
    assert 'alt="A hearing"' in html and document.url in html


def test_a_preview_shows_the_draft_and_readers_keep_the_live_text(
    admin_client, member_client, public_course
):
    lesson = lessons_of(public_course)[0]
    member_client.get(lesson.url)
    lesson.body = [("text", "<p>Draft: the budget calendar of the aiyl okmotu</p>")]
    lesson.save_revision()
    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert "Draft: the budget calendar" in preview.content.decode()
    live = member_client.get(lesson.url).content.decode()
    assert "Lesson text" in live and "Draft: the budget calendar" not in live


def test_her_knowledge_check_is_hers_beside_the_shared_text(
    member_client, client, outsider, public_course
):
    lesson = add_check(lessons_of(public_course)[0])
    passed = shown(
        "%(right)s of %(total)s answers right (%(score)s%%).", right=2, total=2, score=100
    )
    before = member_client.get(lesson.url).content.decode()
    assert "Lesson text" in before and passed not in before
    member_client.post(answer_url(lesson), answers(lesson, right=True))
    after = member_client.get(lesson.url).content.decode()
    assert "Lesson text" in after and passed in after
    client.force_login(outsider)  # another reader of the same cached text
    other = client.get(lesson.url).content.decode()
    assert "Lesson text" in other and passed not in other
