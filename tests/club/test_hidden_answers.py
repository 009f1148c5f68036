"""Hiding a post hides what hangs from it: an initiative's offers and comments, and the
reports of them, at their own URLs too (issue 25, finding 7)."""

import pytest
from django.contrib.contenttypes.models import ContentType

from home.club.models import Comment, Initiative, OfferOfHelp, Report

from .conftest import make_initiative, make_member

pytestmark = pytest.mark.django_db

COMMENT = "Жооп жашырылган демилгеде"
OFFER = "Мен жардам берем, чакыруу жазам"


def report_url(post):
    return f"/en/club/report/{ContentType.objects.get_for_model(post).pk}/{post.pk}/"


@pytest.fixture
def answered(aigul, gulnara):
    initiative = make_initiative(aigul)
    comment = Comment.objects.create(target=initiative, author=gulnara, text=COMMENT)
    offer = OfferOfHelp.objects.create(initiative=initiative, author=gulnara, message=OFFER)
    return initiative, comment, offer


def test_answers_under_a_hidden_initiative_are_gone_for_members(client, answered, editor):
    initiative, comment, offer = answered
    reader = make_member("nurjan")
    client.force_login(reader)
    for post, text in ((comment, COMMENT), (offer, OFFER)):
        assert text in client.get(report_url(post)).content.decode()  # visible before

    Initiative.objects.filter(pk=initiative.pk).update(hidden=True)
    for post, text in ((comment, COMMENT), (offer, OFFER)):
        response = client.get(report_url(post))
        assert response.status_code == 404 and text not in response.content.decode()
        assert client.post(report_url(post), {"reason": "spam"}).status_code == 404
    assert client.get(f"/en/club/initiatives/{initiative.pk}/").status_code == 404
    assert (
        client.post(f"/en/club/initiatives/{initiative.pk}/comment/", {"text": "Дагы"}).status_code
        == 404
    )
    assert not Report.objects.exists()
    assert Comment.objects.count() == 1

    # Editors, who moderate the Club's posts, still read the hidden initiative in the admin.
    client.force_login(editor)
    admin = client.get(f"/admin/club-initiatives/edit/{initiative.pk}/")
    assert admin.status_code == 200 and initiative.title in admin.content.decode()


def test_she_still_takes_back_her_own_answer_under_a_hidden_initiative(client, answered, gulnara):
    initiative, comment, offer = answered
    Initiative.objects.filter(pk=initiative.pk).update(hidden=True)
    client.force_login(gulnara)
    for url in (f"/en/club/comments/{comment.pk}/delete/", f"/en/club/offers/{offer.pk}/withdraw/"):
        page = client.get(url)
        assert page.status_code == 200
        assert f"/club/initiatives/{initiative.pk}/" not in page.content.decode()  # no dead link
        response = client.post(url)
        assert response.status_code == 302
        assert f"/club/initiatives/{initiative.pk}/" not in response["Location"]
    assert not Comment.objects.exists() and not OfferOfHelp.objects.exists()
