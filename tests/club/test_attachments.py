"""Her initiative may show the stakeholder map of one of her reflections, never someone else's."""

import uuid

import pytest

from courses.reflections.models import Reflection, StakeholderEntry, Status
from home.club.models import Initiative

from .test_initiatives import INITIATIVE, NEW

pytestmark = pytest.mark.django_db


def reflection_with_map(user, stakeholder="Айыл өкмөтү"):
    reflection = Reflection.objects.create(
        user=user, lesson_key=uuid.uuid4(), course_key=uuid.uuid4(), status=Status.SUBMITTED
    )
    StakeholderEntry.objects.create(
        reflection=reflection,
        stakeholder=stakeholder,
        level="local",
        kind="state",
        interests="Тең салмактуу бюджет",
        influence="high",
        interest="medium",
        cooperation="Биргелешкен угуулар",
    )
    return reflection


def test_she_attaches_the_stakeholder_map_of_her_reflection(client, aigul, gulnara):
    mine = reflection_with_map(aigul)
    reflection_with_map(gulnara, stakeholder="Чужая карта")
    client.force_login(aigul)
    form = client.get(NEW).content.decode()
    assert f'value="stakeholder_map:{mine.pk}"' in form
    assert "The stakeholder map of one of your reflections" in form

    client.post(NEW, {**INITIATIVE, "attachment": f"stakeholder_map:{mine.pk}"})
    initiative = Initiative.objects.get()
    assert initiative.attachment == f"stakeholder_map:{mine.pk}"
    client.force_login(gulnara)
    page = client.get(f"/en/club/initiatives/{initiative.pk}/").content.decode()
    assert "Her stakeholder map" in page and "Айыл өкмөтү" in page and "<svg" in page
    assert "Биргелешкен угуулар" in page and "Чужая карта" not in page


def test_someone_elses_reflection_cannot_be_attached(client, aigul, gulnara):
    reflection_with_map(aigul)
    theirs = reflection_with_map(gulnara, stakeholder="Чужая карта")
    client.force_login(aigul)
    response = client.post(NEW, {**INITIATIVE, "attachment": f"stakeholder_map:{theirs.pk}"})
    assert response.status_code == 400
    assert "Select a valid choice." in response.content.decode()
    assert not Initiative.objects.exists()


def test_without_a_map_the_form_offers_no_attachment(client, aigul):
    client.force_login(aigul)
    assert 'name="attachment"' not in client.get(NEW).content.decode()
