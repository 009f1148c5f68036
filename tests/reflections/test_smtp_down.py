"""With the SMTP server unreachable, a mentor's feedback is saved; the member's email leaves
once the server is back."""

import pytest

from courses.reflections.models import Status

from .test_review import QUEUE, reflection  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def test_mentor_feedback_is_saved_and_emailed_once_smtp_is_back(
    client,
    people,
    reflection,  # noqa: F811
    smtp_down,
):
    client.force_login(people["mentor"])
    response = client.post(f"{QUEUE}{reflection.pk}/", {"text": "Хорошая работа!"})
    assert response.status_code == 302
    reflection.refresh_from_db()
    assert reflection.status == Status.FEEDBACK_GIVEN
    assert smtp_down.waiting().count() == 1

    (email,) = smtp_down.back()
    assert email.to == ["aigul@example.org"] and "Хорошая работа!" in email.body
