"""Junk sent to the Club's forms and lists: never a server error, nothing bad saved."""

import pytest
from hypothesis import given

from home.club.models import ClubProfile, Comment, Initiative, OfferOfHelp, Report
from tests.junk import FUZZ, get, junk_pairs, post

from .conftest import make_initiative
from .test_initiatives import INITIATIVE

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    settings.RATELIMIT_ENABLE = False


def clean(*models):
    for model in models:
        for row in model.objects.values():
            for value in row.values():
                assert not (isinstance(value, str) and "\x00" in value)


@FUZZ
@given(pairs=junk_pairs(INITIATIVE | {"track": "1", "attachment": "stakeholder_map:1"}))
def test_initiative_form(client, aigul, pairs):
    client.force_login(aigul)
    response = post(client, "/en/club/initiatives/new/", pairs)
    assert response.status_code in (302, 400)
    clean(Initiative)
    assert all(len(i.title) <= 150 for i in Initiative.objects.all())


@FUZZ
@given(
    pairs=junk_pairs({"message": "Жардам берем", "text": "Сөз", "reason": "spam", "details": "x"})
)
def test_answers_and_reports(client, aigul, gulnara, pairs):
    initiative = Initiative.objects.first() or make_initiative(aigul)
    client.force_login(gulnara)
    base = f"/en/club/initiatives/{initiative.pk}/"
    for url in (base + "offer/", base + "comment/", f"/en/club/report/1/{initiative.pk}/"):
        assert post(client, url, pairs).status_code in (302, 400, 404)
    clean(OfferOfHelp, Comment, Report)


@FUZZ
@given(pairs=junk_pairs({"listed": "on", "about": "Депутат", "tracks": "1", "next": "/en/"}))
def test_profile_form(client, aigul, pairs):
    client.force_login(aigul)
    response = post(client, "/en/club/profile/", pairs)
    assert response.status_code in (302, 400)
    if response.status_code == 302:
        assert response["Location"].startswith("/")
        assert not response["Location"].startswith("//")
    clean(ClubProfile)


@FUZZ
@given(
    pairs=junk_pairs(
        {
            "q": "Айгүл",
            "oblast": "osh",
            "role": "deputy",
            "track": "x",
            "page": "2",
            "status": "idea",
        }
    )
)
def test_list_query_strings(client, aigul, pairs):
    client.force_login(aigul)
    for url in ("/en/club/members/", "/en/club/initiatives/"):
        assert get(client, url, pairs).status_code == 200


def test_huge_and_unknown_ids_are_not_found(client, aigul):
    client.force_login(aigul)
    for url in (
        "/en/club/initiatives/99999999999999999999999/",
        "/en/club/initiatives/0/edit/",
        "/en/club/report/99999999999999999999/1/",
        "/en/club/reflections/99999999999999999999/",
        "/en/club/comments/5/delete/",
    ):
        assert get(client, url).status_code == 404, url
