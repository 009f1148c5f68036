"""Her Club data in her export; deleting her account deletes it, or anonymises an initiative
other members answered."""

import json

import pytest
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from home.club.models import ClubProfile, Comment, Initiative, OfferOfHelp, Report
from home.members.privacy import erase_member

from .conftest import list_in_directory, make_initiative

pytestmark = pytest.mark.django_db


def test_her_export_has_everything_she_wrote_in_the_club(client, aigul, gulnara, tracks):
    list_in_directory(aigul, about="Депутатмын.", show_telegram=True).tracks.set([tracks["budget"]])
    mine = make_initiative(aigul, title="Менин демилгем")
    theirs = make_initiative(gulnara, title="Анын демилгеси")
    OfferOfHelp.objects.create(initiative=theirs, author=aigul, message="Жардам берем")
    Comment.objects.create(target=theirs, author=aigul, text="Менин комментарийим")
    Comment.objects.create(target=mine, author=gulnara, text="Башка адамдын сөзү")
    Report.objects.create(target=theirs, reporter=aigul, reason="spam", details="Менин отчетум")
    client.force_login(aigul)
    data = json.loads(client.get("/ky/account/export/").content)["sections"]["club"]
    assert data["directory_entry"]["about"] == "Депутатмын."
    assert data["directory_entry"]["tracks"] == ["budget"] and data["directory_entry"]["listed"]
    assert [item["title"] for item in data["initiatives"]] == ["Менин демилгем"]
    assert data["offers_of_help"][0]["message"] == "Жардам берем"
    assert data["comments"][0]["text"] == "Менин комментарийим"
    assert data["reports"][0]["details"] == "Менин отчетум"
    assert "Башка адамдын сөзү" not in json.dumps(data, ensure_ascii=False)


def test_deleting_her_account(aigul, gulnara, mentor):
    list_in_directory(aigul)
    quiet = make_initiative(aigul, title="Жооп жок", attachment="stakeholder_map:1")
    answered = make_initiative(aigul, title="Жооп бар", attachment="stakeholder_map:1")
    Comment.objects.create(target=quiet, author=aigul, text="Өзүмө")  # her own only
    OfferOfHelp.objects.create(initiative=answered, author=gulnara, message="Жардам берем")
    theirs = make_initiative(gulnara, title="Гульнаранын демилгеси")
    her_comment = Comment.objects.create(target=theirs, author=aigul, text="Айгүлдүн сөзү")
    OfferOfHelp.objects.create(initiative=theirs, author=aigul, message="Айгүл жардам берет")
    Report.objects.create(target=theirs, reporter=aigul, reason="spam")
    reported = Report.objects.create(target=her_comment, reporter=gulnara, reason="spam")
    log(quiet, "club.feature", user=mentor)
    log(answered, "club.feature", user=mentor)

    erase_member(aigul)

    # Deleted: her directory entry, initiative nobody answered, comments, offers, reports,
    # reports of her deleted comment, and the admin history of what is gone.
    assert not ClubProfile.objects.exists()
    assert not Initiative.objects.filter(title="Жооп жок").exists()
    assert not Comment.objects.filter(text__in=["Өзүмө", "Айгүлдүн сөзү"]).exists()
    assert not OfferOfHelp.objects.filter(message="Айгүл жардам берет").exists()
    assert not Report.objects.filter(pk=reported.pk).exists() and not Report.objects.exists()
    assert not ModelLogEntry.objects.filter(object_id=str(quiet.pk), label="Жооп жок").exists()
    # Kept without her: the initiative Gulnara answered, and Gulnara's offer on it.
    answered.refresh_from_db()
    assert answered.author is None and answered.attachment == ""
    assert answered.offers.get().message == "Жардам берем"
    assert ModelLogEntry.objects.filter(object_id=str(answered.pk)).exists()


def test_an_anonymised_initiative_names_a_former_member(client, aigul, gulnara):
    initiative = make_initiative(aigul, title="Жооп бар")
    Comment.objects.create(target=initiative, author=gulnara, text="Жакшы")
    erase_member(aigul)
    client.force_login(gulnara)
    page = client.get(f"/en/club/initiatives/{initiative.pk}/").content.decode()
    assert "A former member" in page and "Жакшы" in page and "Айгүл" not in page
