"""Her reflection's refused actions answer 4xx with her reflection page and her text, never
the success redirect (courses/gate.py): 409 once her mentor has answered (the reflection is
closed), for a message before any feedback and for sharing too early."""

import pytest

from courses.reflections.models import Reflection, ReflectionMessage
from courses.reflections.services import give_feedback
from tests.shown import shown

from .conftest import answer_data, reflection_url
from .test_review import submitted

pytestmark = pytest.mark.django_db

CLOSED = shown("Your mentor has already answered: this reflection is closed.")
NEW_TEXT = "Жаңы текст, сакталбаган"


@pytest.fixture
def answered(courses, people):
    """Her reflection, answered by her mentor: closed."""
    reflection = submitted(people["member"], courses["lesson"], courses["course"])
    give_feedback(reflection, people["mentor"], "Жакшы иш.")
    return reflection


@pytest.mark.parametrize("action", ["draft", "submit"])
def test_changing_a_closed_reflection_is_409_with_her_text(
    client, courses, people, answered, action
):
    client.force_login(people["member"])
    data = answer_data(action, answers=(NEW_TEXT, "Экинчи жооп"))
    response = client.post(reflection_url(courses["lesson"]), data)
    assert response.status_code == 409 and response["X-Refused"] == "conflict"
    html = response.content.decode()
    assert CLOSED in html and NEW_TEXT in html  # why, and what she wrote, to copy
    answered.refresh_from_db()
    assert NEW_TEXT not in str(answered.answers)


def test_autosaving_a_closed_reflection_is_409_json(client, courses, people, answered):
    client.force_login(people["member"])
    response = client.post(
        reflection_url(courses["lesson"]),
        answer_data("autosave", answers=(NEW_TEXT, "x")),
        HTTP_X_REQUESTED_WITH="fetch",
    )
    assert response.status_code == 409
    assert response.json() == {"ok": False, "error": CLOSED}
    assert NEW_TEXT not in str(Reflection.objects.get().answers)


def test_a_message_before_feedback_is_409(client, courses, people):
    submitted(people["member"], courses["lesson"], courses["course"])
    client.force_login(people["member"])
    data = {"action": "message", "body": NEW_TEXT}
    response = client.post(reflection_url(courses["lesson"]), data)
    assert response.status_code == 409
    assert shown("You can write to your mentor once she has answered.") in response.content.decode()
    assert not ReflectionMessage.objects.exists()


def test_sharing_before_feedback_is_409_on_her_reflection_page(client, courses, people):
    reflection = submitted(people["member"], courses["lesson"], courses["course"])
    client.force_login(people["member"])
    response = client.post(f"/ky/club/reflections/{reflection.pk}/share/", {"share": "on"})
    assert response.status_code == 409 and response["X-Refused"] == "conflict"
    html = response.content.decode()
    assert shown("You can share a reflection once your mentor has answered it.") in html
    reflection.refresh_from_db()
    assert reflection.shared_at is None
