"""Initiatives: post one, offer help, comment; the author is told and sees it."""

import pytest
from django.core import mail
from wagtail.models import Locale

from home.club.models import Comment, Initiative, InitiativeStatus, OfferOfHelp

from .conftest import make_initiative

pytestmark = pytest.mark.django_db

NEW = "/en/club/initiatives/new/"
INITIATIVE = {
    "title": "Аялдар бюджеттик угууда",
    "problem": "Аялдар угууга келбейт.",
    "goal": "Ар бир айылдан 30 аял келсин.",
    "help_needed": "Чакыруунун үлгүсү керек.",
    "municipality": "Базар-Коргон",
    "oblast": "jalal-abad",
    "status": "idea",
}


def detail(initiative):
    return f"/en/club/initiatives/{initiative.pk}/"


def test_a_member_posts_an_initiative(client, aigul, tracks):
    client.force_login(aigul)
    form = client.get(NEW).content.decode()
    assert 'value="Базар-Коргон"' in form  # her municipality is the default
    english = tracks["budget"].get_translation(Locale.objects.get(language_code="en"))
    response = client.post(NEW, {**INITIATIVE, "track": english.pk})
    initiative = Initiative.objects.get()
    assert response.status_code == 302 and response["Location"] == detail(initiative)
    assert initiative.author == aigul and initiative.track.slug == "budget"
    assert initiative.language == "en" and initiative.status == InitiativeStatus.IDEA
    page = client.get(detail(initiative)).content.decode()
    assert "Аялдар бюджеттик угууда" in page and "Budget" in page
    listing = client.get("/en/club/initiatives/").content.decode()
    assert "Аялдар бюджеттик угууда" in listing and "0 offers of help" in listing
    # Read in Russian, the track is named in Russian.
    russian = client.get(detail(initiative).replace("/en/", "/ru/")).content.decode()
    assert '<span class="tag">Бюджет</span>' in russian


def test_a_too_long_initiative_is_refused_with_her_text_kept(client, aigul):
    client.force_login(aigul)
    response = client.post(NEW, {**INITIATIVE, "problem": "ы" * 3001})
    assert response.status_code == 400
    body = response.content.decode()
    assert "at most 3000 characters" in body and "Ар бир айылдан 30 аял келсин." in body
    assert not Initiative.objects.exists()


def test_her_text_is_escaped(client, aigul, gulnara):
    initiative = make_initiative(aigul, title="<script>alert(1)</script>", problem="<b>x</b>")
    client.force_login(gulnara)
    for url in (detail(initiative), "/en/club/initiatives/", "/en/club/"):
        body = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in body and "<b>x</b>" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_another_member_offers_help_and_the_author_is_told_and_sees_it(client, aigul, gulnara):
    initiative = make_initiative(aigul)
    client.force_login(gulnara)
    response = client.post(
        detail(initiative) + "offer/", {"message": "Чакыруунун текстин жөнөтөм."}
    )
    offer = OfferOfHelp.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"#offer-{offer.pk}")
    assert offer.author == gulnara and offer.initiative == initiative

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["aigul@example.org"]
    assert "Гульнара Исмаилова" in email.subject and "Бюджеттик угуу" in email.subject
    assert "Чакыруунун текстин жөнөтөм." in email.body
    assert f"/ky/club/initiatives/{initiative.pk}/" in email.body  # her language: Kyrgyz

    # A second press changes nothing and tells nobody again.
    client.post(detail(initiative) + "offer/", {"message": "Дагы бир жолу."})
    assert OfferOfHelp.objects.count() == 1 and len(mail.outbox) == 1

    client.force_login(aigul)
    page = client.get(detail(initiative)).content.decode()
    assert "Чакыруунун текстин жөнөтөм." in page and "Гульнара Исмаилова" in page
    assert "Offers of help (1)" in page
    assert "1 offer of help" in client.get("/en/dashboard/").content.decode()


def test_she_cannot_offer_help_to_herself(client, aigul):
    initiative = make_initiative(aigul)
    client.force_login(aigul)
    client.post(detail(initiative) + "offer/", {"message": "Мен"})
    assert not OfferOfHelp.objects.exists()


def test_an_empty_offer_keeps_the_page_and_says_why(client, aigul, gulnara):
    initiative = make_initiative(aigul)
    client.force_login(gulnara)
    response = client.post(detail(initiative) + "offer/", {"message": "  "})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not OfferOfHelp.objects.exists() and not mail.outbox


def test_comments_tell_the_author_unless_she_switched_it_off(client, aigul, gulnara):
    initiative = make_initiative(aigul)
    client.force_login(gulnara)
    response = client.post(detail(initiative) + "comment/", {"text": "Жекшембиде өткөрүңүз."})
    comment = Comment.objects.get()
    assert response["Location"].endswith(f"#comment-{comment.pk}")
    assert comment.target == initiative
    assert len(mail.outbox) == 1 and "Жекшембиде өткөрүңүз." in mail.outbox[0].body

    client.force_login(aigul)
    client.post("/en/club/profile/", {"about": ""})  # notify_replies unticked
    client.post(detail(initiative) + "comment/", {"text": "Рахмат!"})  # her own: no email
    client.force_login(gulnara)
    client.post(detail(initiative) + "comment/", {"text": "Дагы бир ой."})
    assert Comment.objects.count() == 3 and len(mail.outbox) == 1


def test_she_deletes_her_own_comment_only(client, aigul, gulnara):
    initiative = make_initiative(aigul)
    comment = Comment.objects.create(target=initiative, author=gulnara, text="Салам")
    client.force_login(aigul)
    assert client.post(f"/en/club/comments/{comment.pk}/delete/").status_code == 404
    client.force_login(gulnara)
    assert client.get(f"/en/club/comments/{comment.pk}/delete/").status_code == 200
    response = client.post(f"/en/club/comments/{comment.pk}/delete/")
    assert response.status_code == 302 and response["Location"] == detail(initiative)
    assert not Comment.objects.exists()


def test_she_withdraws_her_offer(client, aigul, gulnara):
    initiative = make_initiative(aigul)
    offer = OfferOfHelp.objects.create(initiative=initiative, author=gulnara, message="Жардам")
    client.force_login(aigul)
    assert client.post(f"/en/club/offers/{offer.pk}/withdraw/").status_code == 404
    client.force_login(gulnara)
    client.post(f"/en/club/offers/{offer.pk}/withdraw/")
    assert not OfferOfHelp.objects.exists()


def test_only_the_author_edits_or_deletes_her_initiative(client, aigul, gulnara):
    initiative = make_initiative(aigul)
    client.force_login(gulnara)
    assert client.get(detail(initiative) + "edit/").status_code == 404
    assert client.post(detail(initiative) + "delete/").status_code == 404
    client.force_login(aigul)
    response = client.post(detail(initiative) + "edit/", {**INITIATIVE, "status": "done"})
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.DONE and initiative.title == INITIATIVE["title"]
    client.post(detail(initiative) + "delete/")
    assert not Initiative.objects.exists()


def test_filters_of_the_initiatives_list(client, aigul, gulnara, tracks):
    make_initiative(aigul, title="Угуу", track=tracks["budget"], status=InitiativeStatus.DONE)
    make_initiative(gulnara, title="Көчө жарыгы", oblast="osh", municipality="Кара-Суу")
    client.force_login(aigul)

    def titles(query):
        body = client.get("/en/club/initiatives/" + query).content.decode()
        return [t for t in ("Угуу", "Көчө жарыгы") if f">{t}</a>" in body]

    assert titles("") == ["Угуу", "Көчө жарыгы"]
    assert titles("?status=done") == ["Угуу"]
    assert titles("?oblast=osh") == ["Көчө жарыгы"]
    assert titles("?track=budget") == ["Угуу"]
    assert titles("?q=кара-суу") == ["Көчө жарыгы"]
    assert client.get("/en/club/initiatives/?status=nope&page=-1").status_code == 200
