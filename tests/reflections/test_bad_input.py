"""Junk sent to the reflection form: never a server error, her saved draft never lost."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from courses.reflections.forms import ROWS_MAX
from courses.reflections.models import ANSWER_MAX_LENGTH, Reflection, Status
from courses.reflections.services import give_feedback
from tests.junk import FUZZ, LONG_TEXT, every_junk_value, get, junk_pairs, junk_values, post

from .conftest import ROW, answer_data, reflection_url

pytestmark = pytest.mark.django_db

FORM = answer_data("submit", rows=[ROW])
FETCH = {"X-Requested-With": "fetch"}


@pytest.fixture
def draft(client, courses, people):
    """Her saved draft: two answers and one stakeholder."""
    client.force_login(people["member"])
    url = reflection_url(courses["lesson"])
    data = answer_data("draft", answers=("We held a hearing.", "Invite more."), rows=[ROW])
    assert client.post(url, data).status_code == 302
    return Reflection.objects.get(user=people["member"])


def saved(reflection):
    reflection = Reflection.objects.get(pk=reflection.pk)
    rows = list(reflection.stakeholders.order_by("position").values(*ROW))
    return {"status": reflection.status, "answers": reflection.answers, "rows": rows}


def assert_storable(state):
    texts = [item["answer"] for item in state["answers"]]
    texts += [value for row in state["rows"] for value in row.values()]
    assert all("\x00" not in text for text in texts)
    assert all(len(item["answer"]) <= ANSWER_MAX_LENGTH for item in state["answers"])
    assert len(state["rows"]) <= ROWS_MAX


@FUZZ
@given(pairs=junk_pairs(FORM, extra=("rows-0-DELETE", "rows-1-stakeholder")), fetch=st.booleans())
def test_reflection_form_never_loses_her_draft(client, courses, draft, pairs, fetch):
    before = saved(draft)
    url = reflection_url(courses["lesson"])
    response = post(client, url, pairs, headers=FETCH if fetch else {})
    after = saved(draft)
    if response.status_code in (400, 409):  # refused: what was saved stays as it was
        assert after == before
    else:
        assert response.status_code in (200, 302)
    assert_storable(after)


@FUZZ
@given(pairs=junk_pairs(FORM), fetch=st.booleans())
def test_a_closed_reflection_stays_closed(client, courses, people, draft, pairs, fetch):
    if draft.status != Status.FEEDBACK_GIVEN:
        client.post(reflection_url(courses["lesson"]), FORM)
        draft.refresh_from_db()
        give_feedback(draft, people["mentor"], "Well done.", asks_revision=False)
    before = saved(draft)
    post(client, reflection_url(courses["lesson"]), pairs, headers=FETCH if fetch else {})
    assert saved(draft) == before


@FUZZ
@given(pairs=st.lists(st.tuples(st.sampled_from([b"action", b"page", b"rows"]), junk_values)))
def test_reflection_page_with_junk_query_strings(client, courses, draft, pairs):
    assert get(client, reflection_url(courses["lesson"]), pairs).status_code == 200


def test_every_junk_value_in_every_field(client, courses, draft):
    url = reflection_url(courses["lesson"])
    for pairs in every_junk_value([name for name in FORM if name != "action"]):
        for action in (b"draft", b"submit", b"autosave"):
            before = saved(draft)
            response = post(client, url, [(b"action", action), *pairs], headers=FETCH)
            if response.status_code in (400, 409):
                assert saved(draft) == before
            assert_storable(saved(draft))
        assert get(client, url, pairs).status_code == 200


@pytest.mark.parametrize("action, status", [("draft", 302), ("autosave", 200)])
def test_a_request_without_the_answers_keeps_the_saved_ones(client, courses, draft, action, status):
    before = saved(draft)
    data = answer_data(action, answers=(), rows=[ROW])
    response = client.post(reflection_url(courses["lesson"]), data, headers=FETCH)
    assert response.status_code == status
    assert saved(draft)["answers"] == before["answers"]


def test_an_overlong_answer_is_refused_with_her_text_kept(client, courses, draft):
    before = saved(draft)
    answer = "Биз угууну өткөрдүк. " + LONG_TEXT.decode()[:ANSWER_MAX_LENGTH]
    data = answer_data("draft", answers=(answer, "Short"), rows=[ROW])
    response = client.post(reflection_url(courses["lesson"]), data)
    assert response.status_code == 400
    assert response.context["answers_form"].errors["answer_0"]
    assert "Биз угууну өткөрдүк." in response.content.decode()
    assert saved(draft) == before
