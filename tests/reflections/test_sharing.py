"""Shared reflections: after feedback she may share a reflection with the Club (and stop);
members read it under the lesson and comment on it."""

import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import ModelLogEntry

from courses.reflections.models import Reflection
from courses.reflections.services import give_feedback, save
from home.club.models import Comment, Report
from home.members.privacy import erase_member
from tests.shown import shown

from .conftest import reflection_url
from .test_review import submitted

pytestmark = pytest.mark.django_db

FEEDBACK = "Жакшы иш, ментордун пикири."


@pytest.fixture
def answered(courses, people):
    reflection = submitted(
        people["member"], courses["lesson"], courses["course"], ("Угуу өттү", "Эртерээк чакырам")
    )
    give_feedback(reflection, people["mentor"], FEEDBACK)
    mail.outbox.clear()
    reflection.refresh_from_db()
    return reflection


def share(client, reflection, value="on"):
    return client.post(f"/ru/club/reflections/{reflection.pk}/share/", {"share": value})


def test_a_reflection_is_shared_only_after_feedback(client, courses, people):
    reflection = submitted(people["member"], courses["lesson"], courses["course"])
    client.force_login(people["member"])
    page = client.get(reflection_url(courses["lesson"])).content.decode()
    assert f"/club/reflections/{reflection.pk}/share/" not in page
    share(client, reflection)
    reflection.refresh_from_db()
    assert reflection.shared_at is None


def test_she_shares_it_and_members_read_it_under_the_lesson(client, courses, people, answered):
    lesson = courses["lesson"]
    client.force_login(people["member"])
    page = client.get(reflection_url(lesson)).content.decode()
    assert f'action="/ky/club/reflections/{answered.pk}/share/"' in page
    response = share(client, answered)
    assert response.status_code == 302 and response["Location"].endswith("reflection/")
    answered.refresh_from_db()
    assert answered.is_shared

    client.force_login(people["other_member"])
    page = client.get(lesson.url).content.decode()
    assert "Угуу өттү" in page and f"/club/reflections/{answered.pk}/" in page
    shared = client.get(f"/en/club/reflections/{answered.pk}/").content.decode()
    assert "Угуу өттү" in shared and "Эртерээк чакырам" in shared
    assert FEEDBACK not in shared  # the mentor's feedback stays between her and her mentor
    assert "Aiyl okmotu" in shared  # her stakeholder map

    client.logout()
    assert "Угуу өттү" not in client.get(lesson.url).content.decode()
    assert client.get(f"/en/club/reflections/{answered.pk}/").status_code == 302


def test_members_comment_and_she_is_told(client, people, answered):
    answered.shared_at = answered.answered_at
    answered.save()
    client.force_login(people["other_member"])
    response = client.post(
        f"/en/club/reflections/{answered.pk}/comment/", {"text": "Абдан пайдалуу!"}
    )
    comment = Comment.objects.get()
    assert response["Location"].endswith(f"/club/reflections/{answered.pk}/#comment-{comment.pk}")
    assert comment.target == answered
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [people["member"].email]
    assert f"/ru/club/reflections/{answered.pk}/" in mail.outbox[0].body  # her language
    assert "Абдан пайдалуу!" in client.get(f"/en/club/reflections/{answered.pk}/").content.decode()


def test_she_stops_sharing_at_any_time(client, people, answered):
    Reflection.objects.filter(pk=answered.pk).update(shared_at=answered.answered_at)
    Comment.objects.create(target=answered, author=people["other_member"], text="Сөз")
    client.force_login(people["member"])
    share(client, answered, "off")
    answered.refresh_from_db()
    assert not answered.is_shared
    client.force_login(people["other_member"])
    assert client.get(f"/en/club/reflections/{answered.pk}/").status_code == 404
    response = client.post(f"/en/club/reflections/{answered.pk}/comment/", {"text": "Дагы"})
    assert response.status_code == 404
    assert Comment.objects.count() == 1


def test_only_she_shares_her_reflection(client, people, answered):
    client.force_login(people["other_member"])
    assert share(client, answered).status_code == 404
    answered.refresh_from_db()
    assert answered.shared_at is None


def test_a_reported_reflection_is_unshared_by_an_editor(client, people, answered):
    Reflection.objects.filter(pk=answered.pk).update(shared_at=answered.answered_at)
    client.force_login(people["other_member"])
    kind = ContentType.objects.get_for_model(Reflection).pk
    client.post(f"/en/club/report/{kind}/{answered.pk}/", {"reason": "personal_data"})
    report = Report.objects.get()
    client.force_login(people["editor"])
    assert "Угуу өттү" in client.get(f"/admin/club-reports/edit/{report.pk}/").content.decode()
    client.post(f"/admin/club-reports/edit/{report.pk}/", {"decision": "hidden"})
    answered.refresh_from_db()
    assert answered.shared_at is None
    assert ModelLogEntry.objects.filter(action="club.hide", object_id=str(answered.pk)).exists()


def test_sharing_is_in_her_export_and_comments_go_with_her_account(client, people, answered):
    Reflection.objects.filter(pk=answered.pk).update(shared_at=answered.answered_at)
    Comment.objects.create(target=answered, author=people["other_member"], text="Сөз")
    client.force_login(people["member"])
    data = json.loads(client.get("/ru/account/export/").content)
    assert data["sections"]["reflections"][0]["shared_with_the_club_at"]
    erase_member(people["member"])
    assert not Comment.objects.exists()


def lesson_queries(client, reader, lesson):
    """(SQL queries, HTML) of the lesson page as `reader`."""
    client.force_login(reader)
    client.get(lesson.url)  # warm the per-site caches
    with CaptureQueriesContext(connection) as queries:
        page = client.get(lesson.url).content.decode()
    return len(queries), page


def test_a_lesson_shows_only_the_latest_shared_reflections(client, courses, people, answered):
    from courses.reflections.sharing import LESSON_LIMIT

    share_later = []
    for number in range(LESSON_LIMIT):
        member = people["other_member"].__class__.objects.create_user(f"sharer{number}")
        member.groups.set(people["member"].groups.all())
        reflection = submitted(
            member, courses["lesson"], courses["course"], (f"Менин {number}-жолум", "Эрте")
        )
        give_feedback(reflection, people["mentor"], FEEDBACK)
        share_later.append(reflection)
    client.force_login(people["member"])
    assert share(client, answered).status_code == 302  # the oldest share
    Comment.objects.create(target=answered, author=people["other_member"], text="Сөз")
    one_shared, page = lesson_queries(client, people["other_member"], courses["lesson"])
    assert shown("%(counter)s comment", plural="%(counter)s comments", number=1, counter=1) in page
    for reflection in share_later:
        client.force_login(reflection.user)
        share(client, reflection)

    # Six cards cost the queries one did: nothing a card shows is fetched card by card.
    many_shared, page = lesson_queries(client, people["other_member"], courses["lesson"])
    assert many_shared == one_shared
    assert all(f"Менин {number}-жолум" in page for number in range(LESSON_LIMIT))
    assert "Угуу өттү" not in page  # the seventh, oldest share is not listed under the lesson
    assert f"/club/reflections/{answered.pk}/" not in page


def test_the_club_front_page_lists_the_latest_shared_reflections(client, courses, people, answered):
    Reflection.objects.filter(pk=answered.pk).update(shared_at=answered.answered_at)
    client.force_login(people["other_member"])
    page = client.get("/en/club/").content.decode()
    assert courses["lesson"].title in page and "Угуу өттү" in page


DRAFT_TEXT = "Менин жашыруун долбоорум"


@pytest.mark.parametrize("status", ["draft", "submitted", "answered"])
def test_a_reflection_she_never_shared_is_not_read_in_the_club(client, courses, people, status):
    """Her draft, her submission, her answered reflection: at the Club's URL a 404 for an
    editor, another member, her mentor and herself; reviewers read it in the admin."""
    member, lesson = people["member"], courses["lesson"]
    reflection = Reflection.objects.create(
        user=member, lesson_key=lesson.translation_key, course_key=courses["course"].translation_key
    )
    save(reflection, answers=[{"question": "Q", "answer": DRAFT_TEXT}], submit=status != "draft")
    if status == "answered":
        give_feedback(reflection, people["mentor"], FEEDBACK)
    kind = ContentType.objects.get_for_model(Reflection).pk
    for reader in ("editor", "other_member", "mentor", "member"):
        client.force_login(people[reader])
        for url in (
            f"/en/club/reflections/{reflection.pk}/",
            f"/en/club/report/{kind}/{reflection.pk}/",
        ):
            response = client.get(url)
            assert response.status_code == 404, (reader, url)
            assert DRAFT_TEXT not in response.content.decode()
        response = client.post(f"/en/club/reflections/{reflection.pk}/comment/", {"text": "Сөз"})
        assert response.status_code == 404
    assert not Comment.objects.exists() and not Report.objects.exists()

    # Her mentor reads what she submitted in the admin's review; her draft nobody reads.
    client.force_login(people["mentor"])
    review = client.get(f"/admin/club/reflections/{reflection.pk}/")
    if status == "draft":
        assert review.status_code == 404
    else:
        assert review.status_code == 200 and DRAFT_TEXT in review.content.decode()


def test_a_shared_reflection_still_shows_to_members(client, people, answered):
    Reflection.objects.filter(pk=answered.pk).update(shared_at=answered.answered_at)
    for reader in ("other_member", "editor", "mentor"):
        client.force_login(people[reader])
        response = client.get(f"/en/club/reflections/{answered.pk}/")
        assert response.status_code == 200
        assert "Угуу өттү" in response.content.decode()
