"""Completing lessons: idempotent, undoable, refused cleanly, shared across translations."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from courses.models import Enrollment, LessonCompletion

from .conftest import lessons_of, translate_course

pytestmark = pytest.mark.django_db


def complete_url(lesson):
    return lesson.url + "complete/"


def test_member_completes_and_undoes_a_lesson(member_client, member, public_course):
    lesson = lessons_of(public_course)[0]
    response = member_client.post(complete_url(lesson))
    assert response.status_code == 302
    assert response["Location"] == lesson.url
    assert "no-cache" in response["Cache-Control"]
    completion = LessonCompletion.objects.get(user=member)
    assert completion.lesson_key == lesson.translation_key
    assert completion.course_key == public_course.translation_key
    assert Enrollment.objects.filter(user=member, course_key=public_course.translation_key).exists()
    html = member_client.get(lesson.url).content.decode()
    assert "3 сабактан 1 өтүлдү (33%)" in html
    assert 'name="undo"' in html

    member_client.post(complete_url(lesson), {"undo": "1"})
    assert not LessonCompletion.objects.filter(user=member).exists()
    assert "3 сабактан 0 өтүлдү (0%)" in member_client.get(lesson.url).content.decode()


def test_double_post_leaves_one_record(member_client, member, public_course):
    lesson = lessons_of(public_course)[0]
    for _ in range(2):
        assert member_client.post(complete_url(lesson)).status_code == 302
    assert LessonCompletion.objects.filter(user=member).count() == 1
    assert Enrollment.objects.filter(user=member).count() == 1


# serialized_rollback: the flush afterwards must not re-create content types that the next
# serialized-rollback test (news registrations) loads again, and the data migrations' rows
# (groups, locales) come back for later tests.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_completions_leave_exactly_one_record(member, public_course):
    """20 simultaneous POSTs on PostgreSQL; on SQLite (one writer) a sequential double POST."""
    lesson = lessons_of(public_course)[1]
    url = complete_url(lesson)
    if connection.vendor == "postgresql":
        barrier = threading.Barrier(20)
        statuses, errors = [], []

        def hit():
            try:
                client = Client()
                client.force_login(member)
                barrier.wait(timeout=20)
                statuses.append(client.post(url).status_code)
            except Exception as exc:  # noqa: BLE001 -- reported below, not swallowed
                errors.append(exc)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=hit) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert statuses == [302] * 20
    else:
        client = Client()
        client.force_login(member)
        assert [client.post(url).status_code for _ in range(2)] == [302, 302]
    assert (
        LessonCompletion.objects.filter(user=member, lesson_key=lesson.translation_key).count() == 1
    )
    assert Enrollment.objects.filter(user=member).count() == 1


def test_get_on_complete_is_not_allowed(member_client, member, public_course):
    response = member_client.get(complete_url(lessons_of(public_course)[0]))
    assert response.status_code == 405
    assert not LessonCompletion.objects.exists()


def test_visitors_are_sent_to_sign_in_and_nothing_is_recorded(client, public_course):
    response = client.post(complete_url(lessons_of(public_course)[0]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not LessonCompletion.objects.exists()
    assert not Enrollment.objects.exists()


def test_non_members_cannot_track_progress(client, outsider, public_course, private_course):
    client.force_login(outsider)
    assert client.post(complete_url(lessons_of(public_course)[0])).status_code == 403
    assert client.post(complete_url(lessons_of(private_course)[0])).status_code == 403
    assert client.post(public_course.url + "start/").status_code == 403
    assert not LessonCompletion.objects.exists()
    assert not Enrollment.objects.exists()


def test_completing_an_unpublished_lesson_is_not_found(member_client, public_course):
    lesson = lessons_of(public_course)[0]
    url = complete_url(lesson)
    lesson.unpublish()
    assert member_client.post(url).status_code == 404
    assert not LessonCompletion.objects.exists()


def test_completion_needs_a_csrf_token(member, public_course):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert client.post(complete_url(lessons_of(public_course)[0])).status_code == 403
    assert not LessonCompletion.objects.exists()


def test_unsafe_next_is_ignored(member_client, public_course):
    lesson = lessons_of(public_course)[0]
    response = member_client.post(complete_url(lesson), {"next": "https://evil.test/"})
    assert response["Location"] == lesson.url


def test_course_is_complete_when_every_live_lesson_is_done(member_client, member, public_course):
    lessons = lessons_of(public_course)
    for lesson in lessons:
        member_client.post(complete_url(lesson))
    enrollment = Enrollment.objects.get(user=member)
    assert enrollment.completed_at is not None
    assert "Сиз бул курсту аяктадыңыз" in member_client.get(public_course.url).content.decode()
    member_client.post(complete_url(lessons[-1]), {"undo": "1"})
    enrollment.refresh_from_db()
    assert enrollment.completed_at is None


def test_start_enrolls_and_goes_to_the_next_lesson(member_client, member, public_course):
    lessons = lessons_of(public_course)
    member_client.post(complete_url(lessons[0]))
    response = member_client.post(public_course.url + "start/")
    assert response["Location"] == lessons[1].url
    assert Enrollment.objects.filter(user=member).count() == 1
    html = member_client.get(public_course.url).content.decode()
    assert f'href="{lessons[1].url}"' in html  # continue where you left off


def test_progress_is_shared_across_translations(member_client, member, public_course):
    russian = translate_course(public_course, "ru", "RU")
    ky_lesson = lessons_of(public_course)[0]
    ru_lessons = lessons_of(russian)
    assert ru_lessons[0].translation_key == ky_lesson.translation_key
    member_client.post(complete_url(ky_lesson))
    html = member_client.get(ru_lessons[0].url).content.decode()
    assert 'name="undo"' in html
    assert "Пройдено 1 из 3 уроков (33%)" in html
    # Completing the Russian copy does not add a second record.
    member_client.post(complete_url(ru_lessons[0]))
    assert LessonCompletion.objects.filter(user=member).count() == 1
    member_client.post(complete_url(ru_lessons[1]))
    assert LessonCompletion.objects.filter(user=member).count() == 2
    assert "3 сабактан 2 өтүлдү" in member_client.get(public_course.url).content.decode()


def test_export_hook_lists_her_progress(member_client, member, public_course):
    from wagtail import hooks

    member_client.post(complete_url(lessons_of(public_course)[0]))
    sections = dict(fn(member) for fn in hooks.get_hooks("register_member_data_export"))
    data = sections["course_progress"]
    assert data["enrollments"][0]["course"] == public_course.title
    assert data["lesson_completions"][0]["lesson"] == lessons_of(public_course)[0].title


def test_the_course_outline_shows_her_ticks_and_a_renamed_lesson_once_published(
    member_client, member, public_course
):
    first, second = lessons_of(public_course)[:2]
    member_client.post(complete_url(first))
    html = member_client.get(public_course.url).content.decode()
    assert html.count('class="tag">✓') == 1
    assert f'<a href="{first.url}">{first.title}</a>' in html
    second.title = "Reading the budget with the community"
    second.save_revision().publish()
    html = member_client.get(public_course.url).content.decode()
    assert f'<a href="{second.url}">Reading the budget with the community</a>' in html
    assert html.count('class="tag">✓') == 1  # her tick stays on the first lesson only
