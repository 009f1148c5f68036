"""Posting in the Club is rate-limited per member: a refused post keeps her text."""

import pytest
from django.conf import settings

from home.club.models import Comment, Initiative

from .conftest import make_initiative
from .test_initiatives import INITIATIVE, NEW

pytestmark = pytest.mark.django_db


def allowed(scope, kind="email"):
    return int(settings.CLUB_RATE_LIMITS[scope][kind].split("/")[0])


def test_too_many_comments_are_refused_with_her_text_kept(client, aigul, gulnara):
    initiative = make_initiative(aigul)
    url = f"/en/club/initiatives/{initiative.pk}/comment/"
    client.force_login(gulnara)
    for number in range(allowed("club_reply")):
        assert client.post(url, {"text": f"Ой {number}"}).status_code == 302
    response = client.post(url, {"text": "Дагы бир маанилүү ой"})
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "Too many attempts. Please try again in about" in body
    assert "Дагы бир маанилүү ой" in body
    assert Comment.objects.count() == allowed("club_reply")
    # The limit is hers: another member still comments.
    client.force_login(aigul)
    assert client.post(url, {"text": "Рахмат"}).status_code == 302


def test_too_many_initiatives_are_refused(client, aigul):
    client.force_login(aigul)
    for number in range(allowed("club_initiative")):
        assert client.post(NEW, {**INITIATIVE, "title": f"Демилге {number}"}).status_code == 302
    response = client.post(NEW, {**INITIATIVE, "title": "Акыркы демилге"})
    assert response.status_code == 429
    assert 'value="Акыркы демилге"' in response.content.decode()
    assert Initiative.objects.count() == allowed("club_initiative")


def test_invalid_posts_do_not_use_up_the_limit(client, aigul, gulnara):
    initiative = make_initiative(aigul)
    url = f"/en/club/initiatives/{initiative.pk}/comment/"
    client.force_login(gulnara)
    for _attempt in range(allowed("club_reply") + 3):
        assert client.post(url, {"text": ""}).status_code == 400
    assert client.post(url, {"text": "Эми туура"}).status_code == 302
