from django.core import mail

from courses.reflections.models import Feedback, Reflection, StakeholderEntry, Status
from courses.reflections.services import give_feedback

from .conftest import ROW, answer_data, reflection_url


def test_anonymous_is_sent_to_login(client, courses):
    response = client.get(reflection_url(courses["lesson"]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"] or "login" in response["Location"]


def test_draft_submit_feedback_revise_cycle(client, courses, people):
    member, lesson = people["member"], courses["lesson"]
    client.force_login(member)
    url = reflection_url(lesson)

    page = client.get(url)
    assert page.status_code == 200
    assert "What decisions did you take?" in page.content.decode()

    response = client.post(url, answer_data("draft", answers=("Only the first", ""), rows=[ROW]))
    assert response.status_code == 302
    reflection = Reflection.objects.get(user=member)
    assert reflection.status == Status.DRAFT
    assert reflection.lesson_key == lesson.translation_key
    assert reflection.course_key == courses["course"].translation_key
    assert reflection.answers[0]["answer"] == "Only the first"
    assert StakeholderEntry.objects.filter(reflection=reflection).count() == 1

    # Submitting with an empty answer: translated error, her text kept.
    response = client.post(url, answer_data("submit", answers=("Only the first", ""), rows=[ROW]))
    assert response.status_code == 400
    assert "Only the first" in response.content.decode()
    reflection.refresh_from_db()
    assert reflection.status == Status.DRAFT

    response = client.post(url, answer_data("submit", rows=[ROW]))
    assert response.status_code == 302
    reflection.refresh_from_db()
    assert reflection.status == Status.SUBMITTED
    assert reflection.submitted_at is not None

    # Still editable until the mentor answers.
    response = client.post(url, answer_data("submit", answers=("Changed", "Better"), rows=[ROW]))
    reflection.refresh_from_db()
    assert reflection.answers[0]["answer"] == "Changed"
    assert reflection.status == Status.SUBMITTED

    give_feedback(
        reflection, people["mentor"], "Please add the budget numbers.", asks_revision=True
    )
    reflection.refresh_from_db()
    assert reflection.status == Status.REVISION_REQUESTED
    page = client.get(url).content.decode()
    assert "Please add the budget numbers." in page

    client.post(url, answer_data("submit", answers=("Changed, with numbers", "Better"), rows=[ROW]))
    reflection.refresh_from_db()
    assert reflection.status == Status.RESUBMITTED

    give_feedback(reflection, people["mentor"], "Well done.")
    reflection.refresh_from_db()
    assert reflection.status == Status.FEEDBACK_GIVEN
    assert Feedback.objects.filter(reflection=reflection).count() == 2

    # Closed now: a POST changes nothing, says why (409) and gives her text back, read-only.
    response = client.post(url, answer_data("submit", answers=("Sneaky", "edit")))
    reflection.refresh_from_db()
    assert response.status_code == 409
    assert reflection.answers[0]["answer"] == "Changed, with numbers"
    html = response.content.decode()
    assert 'readonly rows="4">Sneaky</textarea>' in html
    assert html.count("Sneaky") == 1  # only in the "not saved" copy, never as her answer
    assert len(mail.outbox) == 2


def test_keyed_across_translations(client, courses, people):
    from home.seeding import ensure_translation

    lesson = courses["lesson"]
    ensure_translation(courses["index"], "ru", title="Курсы")
    ru_lesson = ensure_translation(lesson, "ru", title="Урок")
    client.force_login(people["member"])
    client.post(reflection_url(lesson), answer_data("draft"))
    page = client.get(reflection_url(ru_lesson))
    assert page.status_code == 200
    assert "We held a hearing." in page.content.decode()
    assert Reflection.objects.count() == 1


def test_add_and_remove_stakeholder_rows_without_js(client, courses, people):
    client.force_login(people["member"])
    url = reflection_url(courses["lesson"])
    second = {**ROW, "stakeholder": "Women's council", "kind": "civil_society"}
    response = client.post(url, answer_data("add_row", rows=[ROW, second]))
    assert response.status_code == 302 and response["Location"].endswith("#stakeholders")
    page = client.get(url).content.decode()
    assert 'name="rows-2-stakeholder"' in page  # a new empty row
    assert "<svg" in page and "Women&#x27;s council" in page
    data = answer_data("draft", rows=[ROW, second])
    data["rows-INITIAL_FORMS"] = "2"
    data["rows-0-DELETE"] = "on"
    client.post(url, data)
    names = list(StakeholderEntry.objects.values_list("stakeholder", flat=True))
    assert names == ["Women's council"]


def test_incomplete_row_and_overlong_answer_keep_the_text(client, courses, people):
    client.force_login(people["member"])
    url = reflection_url(courses["lesson"])
    partial = {"stakeholder": "Youth group", "level": "local"}
    response = client.post(url, answer_data("draft", rows=[partial]))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Youth group" in html and "We held a hearing." in html
    assert "errorlist" in html
    long = "x" * 5001
    response = client.post(url, answer_data("draft", answers=(long, "ok")))
    assert response.status_code == 400
    assert long in response.content.decode()
    assert not Reflection.objects.exists()


def test_errors_are_translated(client, courses, people):
    from home.seeding import ensure_translation

    ensure_translation(courses["index"], "ru", title="Курсы")
    ru_lesson = ensure_translation(courses["lesson"], "ru", title="Урок")
    client.force_login(people["member"])
    response = client.post(reflection_url(ru_lesson), answer_data("submit", answers=("", "")))
    assert response.status_code == 400
    assert "Пожалуйста" in response.content.decode()


def test_autosave_keeps_the_state_and_answers_json(client, courses, people):
    client.force_login(people["member"])
    url = reflection_url(courses["lesson"])
    data = answer_data("autosave", answers=("Half a thought", ""), rows=[{"stakeholder": "x"}])
    response = client.post(url, data, HTTP_X_REQUESTED_WITH="fetch")
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] and body["rows_saved"] is False
    reflection = Reflection.objects.get()
    assert reflection.status == Status.DRAFT
    assert reflection.answers[0]["answer"] == "Half a thought"


def test_xss_payload_is_escaped_everywhere(client, courses, people):
    payload = '<script>alert("x")</script>'
    client.force_login(people["member"])
    url = reflection_url(courses["lesson"])
    client.post(
        url,
        answer_data("submit", answers=(payload, payload), rows=[{**ROW, "stakeholder": payload}]),
    )
    page = client.get(url).content.decode()
    assert payload not in page
    assert "&lt;script&gt;" in page
    reflection = Reflection.objects.get()
    client.force_login(people["mentor"])
    admin_page = client.get(f"/admin/club/reflections/{reflection.pk}/").content.decode()
    assert payload not in admin_page
    assert "&lt;script&gt;alert" in admin_page


def test_lesson_without_reflection_blocks_is_404(client, courses, people):
    lesson = courses["lesson"]
    lesson.body = [{"type": "text", "value": "Only reading."}]
    lesson.save_revision().publish()
    client.force_login(people["member"])
    assert client.get(reflection_url(lesson)).status_code == 404


def test_post_without_csrf_is_refused_and_saves_nothing(courses, people):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(people["member"])
    response = client.post(reflection_url(courses["lesson"]), answer_data("submit"))
    assert response.status_code == 403
    assert not Reflection.objects.exists()


def test_posting_on_a_lesson_never_touches_another_members_reflection(client, courses, people):
    client.force_login(people["member"])
    url = reflection_url(courses["lesson"])
    client.post(url, answer_data("submit", answers=("Mine", "Mine too"), rows=[ROW]))
    client.force_login(people["other_member"])
    page = client.get(url).content.decode()
    assert "Mine too" not in page
    client.post(url, answer_data("draft", answers=("Hers", "")))
    texts = dict(Reflection.objects.values_list("user__username", "answers"))
    assert texts["aigul"][0]["answer"] == "Mine"
    assert texts["gulnara"][0]["answer"] == "Hers"


def test_garbage_posts_never_give_a_500(client, courses, people):
    client.force_login(people["member"])
    url = reflection_url(courses["lesson"])
    bad_row = {**ROW, "influence": "enormous", "level": "<script>"}
    for data in (
        {"action": "submit"},  # no management form, no answers
        {"action": "nonsense", "answer_0": "kept text"},
        answer_data("submit", rows=[bad_row]),
        {**answer_data("draft"), "rows-TOTAL_FORMS": "5000"},
        {**answer_data("draft"), "rows-TOTAL_FORMS": "abc"},
    ):
        response = client.post(url, data)
        assert response.status_code in (302, 400), data
    response = client.post(url, answer_data("submit", rows=[bad_row]))
    assert "A balanced budget" in response.content.decode()
    assert "errorlist" in response.content.decode()


def test_saving_after_the_mentor_answered_in_between_changes_nothing(courses, people):
    import pytest

    from courses.reflections import services

    reflection = services.get_or_create_reflection(
        people["member"], courses["lesson"].translation_key, courses["course"].translation_key
    )
    services.save(reflection, answers=[{"question": "Q", "answer": "A"}], submit=True)
    stale = Reflection.objects.get(pk=reflection.pk)
    give_feedback(reflection, people["mentor"], "Answered")
    with pytest.raises(services.ReflectionClosed):
        services.save(stale, answers=[{"question": "Q", "answer": "Late"}], submit=True)
    with pytest.raises(services.ReflectionClosed):
        services.autosave(stale, answers=[{"question": "Q", "answer": "Late"}])
    reflection.refresh_from_db()
    assert reflection.status == Status.FEEDBACK_GIVEN
    assert reflection.answers[0]["answer"] == "A"
