"""The conversation on a reflection after feedback: her answer, the mentor's reply, who sees
it, who is emailed, the dashboard and admin home notices, privacy and the posting limit."""

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.reflections.conversation import unanswered_messages_for
from courses.reflections.models import Reflection, ReflectionMessage, Status
from courses.reflections.services import give_feedback
from home.members.privacy import collect_member_data, erase_member

from .conftest import reflection_url
from .test_review import QUEUE, submitted


@pytest.fixture
def answered(courses, people):
    reflection = submitted(people["member"], courses["lesson"], courses["course"])
    give_feedback(reflection, people["mentor"], "Good start.")
    mail.outbox.clear()
    return reflection


def ask(client, lesson, text="What did you mean by the second point?"):
    return client.post(reflection_url(lesson), {"action": "message", "body": text})


def reply(client, reflection, text="I meant the budget hearing."):
    return client.post(f"{QUEUE}{reflection.pk}/", {"action": "reply", "body": text})


def test_member_answers_mentor_replies_member_reads_status_unchanged(
    client, courses, people, answered
):
    lesson = courses["lesson"]
    client.force_login(people["member"])
    page = client.get(reflection_url(lesson)).content.decode()
    assert 'name="body"' in page and 'value="message"' in page

    response = ask(client, lesson)
    assert response.status_code == 302 and response["Location"].endswith("#conversation")
    message = ReflectionMessage.objects.get()
    assert message.by_member and message.author == people["member"]
    # Emailed to the mentor who gave the feedback, in her language (Russian), with the link.
    assert [m.to for m in mail.outbox] == [["saliya@example.org"]]
    assert "What did you mean" in mail.outbox[0].body
    assert f"/admin/club/reflections/{answered.pk}/#conversation" in mail.outbox[0].body
    assert "ответ" in mail.outbox[0].subject.lower()
    mail.outbox.clear()

    client.force_login(people["mentor"])
    admin = client.get(f"{QUEUE}{answered.pk}/").content.decode()
    assert "What did you mean by the second point?" in admin and "Aigul Full" in admin
    response = reply(client, answered)
    assert response.status_code == 302

    # The member is emailed in Russian with a link to her reflection page.
    assert [m.to for m in mail.outbox] == [["aigul@example.org"]]
    assert "I meant the budget hearing." in mail.outbox[0].body
    assert "reflection/#conversation" in mail.outbox[0].body
    assert "наставни" in mail.outbox[0].subject.lower()

    client.force_login(people["member"])
    page = client.get(reflection_url(lesson)).content.decode()
    assert page.index("What did you mean") < page.index("I meant the budget hearing.")
    assert "Saliya Full" in page
    answered.refresh_from_db()
    assert answered.status == Status.FEEDBACK_GIVEN  # never reopened
    assert answered.feedback.count() == 1


def test_thread_shows_times_in_bishkek(client, courses, people, answered):
    from datetime import UTC, datetime

    ReflectionMessage.objects.create(
        reflection=answered,
        author=people["member"],
        by_member=True,
        body="Question",
        created_at=datetime(2026, 3, 1, 6, 30, tzinfo=UTC),
    )
    client.force_login(people["member"])
    page = client.get(reflection_url(courses["lesson"])).content.decode()
    assert "12:30" in page  # UTC+6
    client.force_login(people["mentor"])
    assert "12:30" in client.get(f"{QUEUE}{answered.pk}/").content.decode()


def test_no_conversation_before_feedback(client, courses, people):
    submitted(people["member"], courses["lesson"], courses["course"])
    client.force_login(people["member"])
    assert 'value="message"' not in client.get(reflection_url(courses["lesson"])).content.decode()
    response = ask(client, courses["lesson"])
    assert response.status_code == 409  # refused: no conversation before her mentor answers
    assert not ReflectionMessage.objects.exists()
    assert Reflection.objects.get().status == Status.SUBMITTED


@pytest.mark.parametrize(
    ("body", "error"),
    # The lesson is in Kyrgyz: so are the errors.
    [("   ", "Билдирүүңүздү жазыңыз."), ("x" * 3001, "Билдирүүңүздү 3000 белгиге чейин")],
)
def test_bad_message_keeps_her_text_with_a_clear_error(
    client, courses, people, answered, body, error
):
    client.force_login(people["member"])
    response = ask(client, courses["lesson"], body)
    assert response.status_code == 400
    html = response.content.decode()
    assert error in html
    if body.strip():
        assert body in html
    assert not ReflectionMessage.objects.exists()
    assert not mail.outbox


def test_mentor_reply_errors_keep_the_text(client, people, answered):
    client.force_login(people["mentor"])
    response = reply(client, answered, "y" * 3001)
    assert response.status_code == 400
    assert "y" * 3001 in response.content.decode()
    assert not ReflectionMessage.objects.exists()


# who -> may she read the thread on "member"'s reflection (Osh, course of "mentor")?
MATRIX = [
    ("other_member", False),
    ("mentor", True),
    ("other_mentor", False),
    ("coordinator", True),
    ("other_coordinator", False),
    ("editor", True),
]


@pytest.mark.parametrize(("who", "allowed"), MATRIX)
def test_thread_is_private_to_her_reviewers_and_editors(
    client, courses, people, answered, who, allowed
):
    ReflectionMessage.objects.create(
        reflection=answered, author=people["member"], by_member=True, body="Secret question"
    )
    client.force_login(people[who])
    detail = client.get(f"{QUEUE}{answered.pk}/", follow=True)
    assert ("Secret question" in detail.content.decode()) is allowed
    if not allowed:
        assert detail.status_code == 404 or "/admin/login/" in detail.redirect_chain[-1][0]
        response = reply(client, answered)
        assert response.status_code in (302, 404)
        assert ReflectionMessage.objects.count() == 1
        if response.status_code == 302:
            assert "/admin/login/" in response["Location"]
    # Another member reads only her own (empty) page of the lesson.
    page = client.get(reflection_url(courses["lesson"])).content.decode()
    assert "Secret question" not in page
    assert unanswered_messages_for(people[who]).exists() is allowed


def test_her_message_goes_to_the_course_mentor_when_the_reviewer_left(
    client, courses, people, answered
):
    """Feedback by the Osh coordinator; once she no longer reviews, the course's mentor hears."""
    coordinator = people["coordinator"]
    answered.feedback.update(mentor=coordinator)
    client.force_login(people["member"])
    ask(client, courses["lesson"])
    assert [m.to for m in mail.outbox] == [["coord@example.org"]]
    mail.outbox.clear()
    coordinator.is_active = False
    coordinator.save()
    ask(client, courses["lesson"], "Anyone there?")
    assert [m.to for m in mail.outbox] == [["saliya@example.org"]]


def test_member_who_switched_off_feedback_emails_gets_none(client, people, answered):
    profile = people["member"].member_profile
    profile.notify_feedback = False
    profile.save()
    client.force_login(people["mentor"])
    assert reply(client, answered).status_code == 302
    assert ReflectionMessage.objects.count() == 1
    assert not mail.outbox


def test_dashboard_notice_until_she_reads_the_reply(client, courses, people, answered):
    client.force_login(people["mentor"])
    reply(client, answered)
    client.force_login(people["member"])
    dashboard = client.get("/ky/dashboard/").content.decode()
    assert "replies-notice" in dashboard
    assert "Lesson budget 0" in dashboard and "reflection/#conversation" in dashboard
    client.get(reflection_url(courses["lesson"]))
    assert ReflectionMessage.objects.get().read_at is not None
    assert "replies-notice" not in client.get("/ky/dashboard/").content.decode()


def test_admin_home_lists_answers_waiting_for_a_reply(client, courses, people, answered):
    client.force_login(people["member"])
    ask(client, courses["lesson"])
    client.force_login(people["mentor"])
    home = client.get("/admin/").content.decode()
    assert "reflections-unanswered-messages" in home
    assert f"/admin/club/reflections/{answered.pk}/#conversation" in home
    assert "Aigul Full" in home
    assert list(unanswered_messages_for(people["mentor"])) == [ReflectionMessage.objects.get()]
    reply(client, answered)
    assert not unanswered_messages_for(people["mentor"]).exists()
    assert "reflections-unanswered-messages" not in client.get("/admin/").content.decode()
    client.force_login(people["other_mentor"])
    assert "reflections-unanswered-messages" not in client.get("/admin/").content.decode()


def test_posting_is_rate_limited_with_her_text_kept(client, courses, people, answered):
    allowed = int(settings.CLUB_RATE_LIMITS["reflection_message"]["email"].split("/")[0])
    client.force_login(people["member"])
    for number in range(allowed):
        assert ask(client, courses["lesson"], f"Question {number}").status_code == 302
    response = ask(client, courses["lesson"], "One more important question")
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "One more important question" in html
    assert "Аракет өтө көп болду." in html  # in Kyrgyz, as the page
    assert ReflectionMessage.objects.count() == allowed
    # The limit is hers: her mentor still replies.
    client.force_login(people["mentor"])
    assert reply(client, answered).status_code == 302


def test_mentor_replies_are_rate_limited_too(client, people, answered):
    allowed = int(settings.CLUB_RATE_LIMITS["reflection_message"]["email"].split("/")[0])
    client.force_login(people["mentor"])
    for number in range(allowed):
        assert reply(client, answered, f"Reply {number}").status_code == 302
    response = reply(client, answered, "Reply kept")
    assert response.status_code == 429
    assert "Reply kept" in response.content.decode()


def test_thread_in_her_data_download_and_erased_with_her_account(client, courses, people, answered):
    client.force_login(people["member"])
    ask(client, courses["lesson"])
    client.force_login(people["mentor"])
    reply(client, answered)
    section = collect_member_data(people["member"])["sections"]["reflections"]
    assert [(m["from"], m["text"]) for m in section[0]["conversation"]] == [
        ("member", "What did you mean by the second point?"),
        ("mentor", "I meant the budget hearing."),
    ]
    erase_member(people["member"])
    assert not ReflectionMessage.objects.exists()


def test_a_mentors_erasure_takes_her_messages(client, people, answered):
    client.force_login(people["mentor"])
    reply(client, answered)
    erase_member(people["mentor"])
    assert not ReflectionMessage.objects.exists()
    assert Reflection.objects.filter(pk=answered.pk).exists()


def test_her_page_query_count_does_not_grow_with_the_thread(
    client, courses, people, answered, django_assert_num_queries
):
    url = reflection_url(courses["lesson"])
    client.force_login(people["member"])
    client.get(url)
    with CaptureQueriesContext(connection) as empty:
        html = client.get(url).content.decode()
    empty_count = len(empty.captured_queries)  # read now: each request resets the log
    assert 'value="message"' in html
    for number in range(20):
        ReflectionMessage.objects.create(
            reflection=answered,
            author=people["member"] if number % 2 else people["mentor"],
            by_member=bool(number % 2),
            body=f"Message number {number}",
        )
    client.get(url)  # she reads the replies once
    with django_assert_num_queries(empty_count):
        html = client.get(url).content.decode()
    assert "Message number 19" in html and "Saliya Full" in html


def test_review_page_and_admin_home_query_counts_do_not_grow_with_the_thread(
    client, courses, people, answered, django_user_model, django_assert_num_queries, english_admin
):
    from .conftest import make_user

    detail = f"{QUEUE}{answered.pk}/"
    client.force_login(people["mentor"])
    ReflectionMessage.objects.create(
        reflection=answered, author=people["member"], by_member=True, body="First question"
    )
    counts = {}
    for url in (detail, "/admin/"):
        client.get(url)
        with CaptureQueriesContext(connection) as small:
            client.get(url)
        counts[url] = len(small.captured_queries)
    for number in range(20):
        ReflectionMessage.objects.create(
            reflection=answered,
            author=people["mentor"] if number % 2 else people["member"],
            by_member=not number % 2,
            body=f"Message number {number}",
        )
    # Twelve more members wait for an answer on their reflections of her course.
    for index in range(12):
        member = make_user(django_user_model, f"bulk{index}", "Members")
        other = submitted(member, courses["lesson2"], courses["course"])
        give_feedback(other, people["mentor"], "Fine.")
        ReflectionMessage.objects.create(
            reflection=other, author=member, by_member=True, body=f"Bulk question {index}"
        )
    client.get(detail)  # she reads the member's new messages once
    with django_assert_num_queries(counts[detail]):
        html = client.get(detail).content.decode()
    assert "Message number 19" in html
    with django_assert_num_queries(counts["/admin/"]):
        html = client.get("/admin/").content.decode()
    assert "Bulk0 Full" in html  # the oldest waiting first
    assert "Bulk11 Full" not in html  # ten are listed …
    # … of twelve (the first member's thread ends with her mentor's reply).
    assert "12 members" in html


def test_demo_conversations_seeded_once_in_the_members_language(seed_command, demo_site):
    """Seeded once with the whole demo site (tests/shared_seed.py); seeding again adds nothing."""
    from courses.reflections import demo_conversation

    aigul = ReflectionMessage.objects.filter(reflection__user__username="aigul")
    assert [m.by_member for m in aigul] == [True, False]
    assert "каржы комиссиясы" in aigul[0].body.lower()  # Aigul writes in Kyrgyz
    assert aigul[1].author.username == "saliya" and aigul[1].read_at is None
    # Nurzhan's question waits for the demo mentor on her admin home.
    mentor = aigul[1].author
    waiting = unanswered_messages_for(mentor)
    assert [m.reflection.user.username for m in waiting] == ["nurzhan"]
    count = ReflectionMessage.objects.count()
    demo_conversation.seed(seed_command)
    assert ReflectionMessage.objects.count() == count == 3


def test_a_mentor_without_a_member_profile_reads_it_in_her_admin_language(
    client, courses, people, answered
):
    from tests.admin_language import set_admin_language

    mentor = people["mentor"]
    mentor.member_profile.delete()
    set_admin_language(mentor, "en")
    client.force_login(people["member"])
    ask(client, courses["lesson"])
    assert [m.to for m in mail.outbox] == [["saliya@example.org"]]
    assert mail.outbox[0].subject.startswith("A member answered your feedback")
    assert "Aigul Full wrote in the conversation" in mail.outbox[0].body
