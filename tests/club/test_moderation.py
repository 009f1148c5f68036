"""Moderation: mentors and coordinators feature or hide initiatives, editors decide on reports,
all in the admin, by permission, and logged."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from wagtail import hooks
from wagtail.models import ModelLogEntry

from home.club.models import Comment, Initiative, Report, ReportStatus
from home.members.roles import EDITORS, MEMBERS, MENTORS, REGIONAL_COORDINATORS
from tests.admin_language import set_admin_language

from .conftest import make_initiative


def english_admin(user):
    """The admin in English for these assertions (a Kyrgyz reader gets the Russian admin)."""
    set_admin_language(user, "en")


pytestmark = pytest.mark.django_db


def codenames(group_name):
    group = Group.objects.get(name=group_name)
    return set(
        group.permissions.filter(content_type__app_label="club").values_list("codename", flat=True)
    )


def test_the_migration_grants_moderation_to_the_right_groups():
    assert codenames(MENTORS) == {"moderate_initiative"}
    assert codenames(REGIONAL_COORDINATORS) == {"moderate_initiative"}
    assert codenames(EDITORS) == {"moderate_initiative", "moderate_post"}
    assert codenames(MEMBERS) == set()


def test_the_permissions_are_offered_in_settings_groups():
    offered = set()
    for hook in hooks.get_hooks("register_permissions"):
        offered |= {f"{p.content_type.app_label}.{p.codename}" for p in hook()}
    assert {"club.moderate_initiative", "club.moderate_post"} <= offered
    # Not add/change/delete of members' posts: nobody writes them from the admin.
    assert "club.change_initiative" not in offered and "club.add_comment" not in offered


@pytest.mark.parametrize("who", ["mentor", "coordinator", "editor"])
def test_moderators_feature_and_hide_an_initiative_and_it_is_logged(
    client, request, who, aigul, gulnara
):
    moderator = request.getfixturevalue(who)
    initiative = make_initiative(aigul, title="Угуу")
    client.force_login(moderator)
    listing = client.get("/admin/club-initiatives/")
    assert listing.status_code == 200 and "Угуу" in listing.content.decode()
    edit = client.get(f"/admin/club-initiatives/edit/{initiative.pk}/")
    assert edit.status_code == 200 and "Аялдар угууга келбейт." in edit.content.decode()
    response = client.post(
        f"/admin/club-initiatives/edit/{initiative.pk}/", {"featured": "on", "hidden": "on"}
    )
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.featured and initiative.hidden
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(initiative.pk)).values_list("action", "user")
    )
    assert actions == {("club.feature", moderator.pk), ("club.hide", moderator.pk)}

    # Hidden: out of the list and gone for members; the author still sees it, marked.
    client.force_login(gulnara)
    assert ">Угуу</a>" not in client.get("/en/club/initiatives/").content.decode()
    assert client.get(f"/en/club/initiatives/{initiative.pk}/").status_code == 404
    assert (
        client.post(f"/en/club/initiatives/{initiative.pk}/offer/", {"message": "x"}).status_code
        == 404
    )
    client.force_login(aigul)
    page = client.get(f"/en/club/initiatives/{initiative.pk}/").content.decode()
    assert "Moderators have hidden this initiative" in page


def test_moderators_never_add_or_delete_members_posts(client, mentor, aigul):
    initiative = make_initiative(aigul)
    client.force_login(mentor)
    assert client.get("/admin/club-initiatives/new/").status_code in (302, 403)
    client.post(f"/admin/club-initiatives/delete/{initiative.pk}/")
    assert Initiative.objects.filter(pk=initiative.pk).exists()


def test_members_and_mentors_cannot_open_the_reports(client, aigul, mentor):
    for person in (aigul, mentor):
        client.force_login(person)
        response = client.get("/admin/club-reports/")
        assert response.status_code in (302, 403)


def test_a_member_reports_a_comment_and_an_editor_hides_it(client, aigul, gulnara, editor):
    initiative = make_initiative(aigul)
    comment = Comment.objects.create(target=initiative, author=gulnara, text="Жаман сөз")
    client.force_login(aigul)
    page = client.get(f"/en/club/initiatives/{initiative.pk}/").content.decode()
    report_url = f"/en/club/report/{ContentType.objects.get_for_model(Comment).pk}/{comment.pk}/"
    assert report_url in page
    assert "Жаман сөз" in client.get(report_url).content.decode()
    response = client.post(report_url, {"reason": "offensive", "details": "Кемсинтүү"})
    assert response.status_code == 302
    client.post(report_url, {"reason": "spam"})  # twice: still one report
    assert Report.objects.count() == 1
    assert not mail.outbox  # the author of the comment is not told who reported it

    client.force_login(editor)
    english_admin(editor)
    assert "1 report of a post waits for a decision" in client.get("/admin/").content.decode()
    listing = client.get("/admin/club-reports/").content.decode()
    assert "Жаман сөз" in listing and "Offensive or hostile" in listing
    report = Report.objects.get()
    edit = client.get(f"/admin/club-reports/edit/{report.pk}/").content.decode()
    assert "Кемсинтүү" in edit and "Гульнара Исмаилова" in edit
    response = client.post(
        f"/admin/club-reports/edit/{report.pk}/", {"decision": "hidden", "note": "Эрежени бузат."}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    comment.refresh_from_db()
    assert report.status == ReportStatus.HIDDEN and report.handled_by == editor
    assert comment.hidden
    logged = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"club.hide", "club.report.hide"} <= logged

    client.force_login(aigul)
    assert "Жаман сөз" not in client.get(f"/en/club/initiatives/{initiative.pk}/").content.decode()

    # Changing her mind: keep the post, and it is shown again.
    client.force_login(editor)
    client.post(f"/admin/club-reports/edit/{report.pk}/", {"decision": "kept"})
    comment.refresh_from_db()
    assert not comment.hidden
    assert ModelLogEntry.objects.filter(action="club.unhide").exists()


def test_one_decision_settles_every_open_report_of_the_post(client, aigul, gulnara, editor):
    initiative = make_initiative(gulnara)
    for reporter in (aigul, editor):
        client.force_login(reporter)
        kind = ContentType.objects.get_for_model(Initiative).pk
        client.post(f"/en/club/report/{kind}/{initiative.pk}/", {"reason": "spam"})
    assert Report.objects.filter(status=ReportStatus.OPEN).count() == 2
    client.force_login(editor)
    first = Report.objects.order_by("pk").first()
    client.post(f"/admin/club-reports/edit/{first.pk}/", {"decision": "kept"})
    assert not Report.objects.filter(status=ReportStatus.OPEN).exists()


def test_only_club_posts_can_be_reported(client, aigul):
    client.force_login(aigul)
    user_type = Permission.objects.first().content_type_id
    assert client.get(f"/en/club/report/{user_type}/1/").status_code == 404
    assert client.get("/en/club/report/999999/1/").status_code == 404


def test_an_administrator_grants_them_in_settings_groups(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    client.force_login(admin)
    english_admin(admin)
    editors = Group.objects.get(name=EDITORS)
    page = client.get(f"/admin/groups/edit/{editors.pk}/").content.decode()
    assert "Can feature or hide initiatives in the Club" in page
    assert "Can see reports of Club posts and hide or keep the posts" in page
