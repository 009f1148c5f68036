"""Knowledge checks: a plain form graded on the server, retries, required passing, bad input."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from wagtail.blocks import StructBlockValidationError

from courses.blocks import QuestionBlock
from courses.checks import ATTEMPT_LIMIT, checks_in
from courses.models import CheckAttempt, LessonCompletion, LessonPage, QuestionResult
from home.members.privacy import collect_member_data, erase_member
from tests.shown import shown

from .conftest import lessons_of, translate_course
from .learning import answer_url, answers, check_value, checked_lesson

pytestmark = pytest.mark.django_db


def html_of(client, lesson):
    return client.get(lesson.url).content.decode()


def test_the_check_is_a_plain_accessible_form(client, public_course):
    lesson = checked_lesson(public_course)
    html = html_of(client, lesson)
    check = checks_in(lesson)[0]
    single, multiple = check.questions
    assert f'action="{lesson.url}check/#check-{check.id}"' in html
    assert "<fieldset" in html and "<legend>1. Who approves the budget" in html
    assert f'type="radio" name="{single.field_name}"' in html
    assert f'type="checkbox" name="{multiple.field_name}"' in html
    option = single.options[0]
    assert f'<label for="o-{option.id}">The local kenesh</label>' in html
    # Nothing gives the answers away before she has answered.
    assert "✓ " + shown("right answer") not in html and "Yes: at a session." not in html


def test_a_visitor_gets_her_result_but_nothing_is_stored(client, public_course):
    lesson = checked_lesson(public_course)
    response = client.post(answer_url(lesson), answers(lesson, right=False))
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        shown("%(right)s of %(total)s answers right (%(score)s%%).", right=1, total=2, score=50)
        in html
    )
    assert "The aiyl okmotu drafts it; the kenesh approves it." in html
    assert shown("Your answers are not saved: Club members who sign in keep their results.") in html
    assert not CheckAttempt.objects.exists()


def test_wrong_then_right_with_feedback_and_required_pass(member_client, member, public_course):
    lesson = checked_lesson(public_course, pass_mark=100)
    html = html_of(member_client, lesson)
    complete_form = f'action="{lesson.url}complete/"'
    assert complete_form not in html
    assert (
        shown("Pass the knowledge check (%(mark)s%% or more) to complete this lesson.", mark=100)
        in html
    )

    response = member_client.post(answer_url(lesson), answers(lesson, right=False))
    check = checks_in(lesson)[0]
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#check-{check.id}"
    assert "no-cache" in response["Cache-Control"]
    attempt = CheckAttempt.objects.get(user=member)
    assert (attempt.score, attempt.passed) == (50, False)
    assert attempt.lesson_key == lesson.translation_key
    assert sorted(QuestionResult.objects.values_list("correct", flat=True)) == [False, True]

    html = html_of(member_client, lesson)
    assert (
        shown("Not passed yet") in html
        and shown("%(right)s of %(total)s answers right (%(score)s%%).", right=1, total=2, score=50)
        in html
    )
    assert "The aiyl okmotu drafts it; the kenesh approves it." in html  # her option's feedback
    assert "Local taxes are own revenues" in html  # explanation of the question she got right
    assert "The kenesh approves the budget at an open session." not in html
    assert (
        "✓ " + shown("right answer") not in html
    )  # the right answers stay hidden until she passes
    wrong = check.questions[0].options[1]
    assert f'value="{wrong.id}" id="o-{wrong.id}" checked' in html  # her answer is kept

    # Completing by a crafted POST is refused (409, the lesson saying why), records nothing.
    response = member_client.post(lesson.url + "complete/")
    assert not LessonCompletion.objects.exists()
    refusal = (
        "Pass the knowledge check of this lesson (%(mark)d%% or more) before you mark it complete."
    )
    assert response.status_code == 409
    assert shown(refusal, mark=100) in response.content.decode()

    member_client.post(answer_url(lesson), answers(lesson, right=True))
    html = html_of(member_client, lesson)
    assert (
        shown("Passed") in html
        and shown(
            "%(right)s of %(total)s answers right (%(score)s%%).", right=2, total=2, score=100
        )
        in html
    )
    assert (
        shown(
            "%(counter)s attempt so far.",
            plural="%(counter)s attempts so far.",
            number=2,
            counter=2,
        )
        in html
    )
    assert "✓ " + shown("right answer") in html
    assert complete_form in html
    member_client.post(lesson.url + "complete/")
    assert LessonCompletion.objects.filter(user=member).count() == 1


def test_an_optional_check_does_not_block_completion(member_client, member, public_course):
    lesson = checked_lesson(public_course, required=False)
    member_client.post(lesson.url + "complete/")
    assert LessonCompletion.objects.filter(user=member).count() == 1


def test_a_lower_pass_mark_passes_with_some_wrong(member_client, member, public_course):
    lesson = checked_lesson(public_course, pass_mark=50)
    member_client.post(answer_url(lesson), answers(lesson, right=False))
    assert CheckAttempt.objects.get().passed
    member_client.post(lesson.url + "complete/")
    assert LessonCompletion.objects.filter(user=member).exists()


def test_an_unanswered_question_comes_back_with_her_answer_kept(member_client, public_course):
    lesson = checked_lesson(public_course)
    data = answers(lesson)
    single, multiple = checks_in(lesson)[0].questions
    del data[multiple.field_name]
    response = member_client.post(answer_url(lesson), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert shown("Please answer every question.") in html
    assert f'aria-describedby="q-{multiple.id}-error"' in html
    assert f'value="{data[single.field_name]}" id="o-{data[single.field_name]}" checked' in html
    assert not CheckAttempt.objects.exists()


@pytest.mark.parametrize("tamper", ["foreign option", "two radios", "unknown question", "twice"])
def test_tampered_answers_are_refused_and_not_recorded(member_client, public_course, tamper):
    lesson = checked_lesson(public_course)
    data = answers(lesson)
    single, multiple = checks_in(lesson)[0].questions
    if tamper == "foreign option":
        data[single.field_name] = multiple.options[0].id
    elif tamper == "two radios":
        data[single.field_name] = [option.id for option in single.options]
    elif tamper == "unknown question":
        data["q-not-a-question"] = "x"
    else:
        data[multiple.field_name] = [multiple.options[0].id] * 2
    response = member_client.post(answer_url(lesson), data)
    assert response.status_code == 400
    assert (
        shown("Your answers did not match the questions of this check. Please answer again.")
        in response.content.decode()
    )
    assert not CheckAttempt.objects.exists()


def test_an_unknown_check_or_a_get_is_refused(member_client, public_course):
    lesson = checked_lesson(public_course)
    response = member_client.post(answer_url(lesson), {"check": "nope"}, follow=True)
    assert (
        shown("This knowledge check has changed. Please answer it again.")
        in response.content.decode()
    )
    assert member_client.get(answer_url(lesson)).status_code == 405
    assert not CheckAttempt.objects.exists()


def test_a_retry_storm_is_refused_with_429(member_client, member, public_course):
    lesson = checked_lesson(public_course)
    wrong = answers(lesson, right=False)
    for _ in range(ATTEMPT_LIMIT):
        assert member_client.post(answer_url(lesson), wrong).status_code == 302
    response = member_client.post(answer_url(lesson), answers(lesson))
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert shown("Too many attempts. Please try again in about %(minutes)d minute.")[:20] in (
        response.content.decode()
    )
    assert CheckAttempt.objects.filter(user=member).count() == ATTEMPT_LIMIT
    assert not CheckAttempt.objects.filter(passed=True).exists()


def test_passing_in_one_language_counts_in_the_others(member_client, member, public_course):
    lesson = checked_lesson(public_course)
    russian = lessons_of(translate_course(public_course, "ru", "RU"))[0]
    assert checks_in(russian)[0].id == checks_in(lesson)[0].id  # wagtail-localize keeps ids
    member_client.post(answer_url(russian), answers(russian))
    member_client.post(lesson.url + "complete/")
    assert LessonCompletion.objects.filter(user=member).count() == 1


def test_a_question_needs_exactly_its_right_answers_ticked():
    block = QuestionBlock()
    value = check_value()["questions"][0]
    assert block.clean(block.to_python(value))
    for options in (
        [{"text": "A", "correct": False, "feedback": ""}, {"text": "B", "correct": False}],
        [{"text": "A", "correct": True, "feedback": ""}, {"text": "B", "correct": True}],
    ):
        broken = {**value, "options": [{"feedback": "", **o} for o in options]}
        with pytest.raises(StructBlockValidationError):
            block.clean(block.to_python(broken))
    several = {**value, "kind": "multiple", "options": [{"feedback": "", **o} for o in options]}
    assert block.clean(block.to_python(several))


def test_a_required_check_needs_a_check_block(public_course):
    lesson = lessons_of(public_course)[0]
    lesson.check_required = True
    with pytest.raises(ValidationError):
        lesson.full_clean()


def test_attempts_are_exported_and_erased_with_her_account(member_client, member, public_course):
    lesson = checked_lesson(public_course)
    member_client.post(answer_url(lesson), answers(lesson, right=False))
    section = collect_member_data(member)["sections"]["knowledge_checks_and_certificates"]
    attempt = section["knowledge_check_attempts"][0]
    assert attempt["lesson"] == lesson.title and attempt["score"] == 50
    assert attempt["answers"] == CheckAttempt.objects.get().answers
    erase_member(member)
    assert not CheckAttempt.objects.exists() and not QuestionResult.objects.exists()


def test_an_edited_check_is_shown_and_graded_once_published(member_client, member, public_course):
    lesson = checked_lesson(public_course, pass_mark=100)
    assert "Who approves the budget" in html_of(member_client, lesson)  # kept for this revision
    value = check_value()
    value["questions"] = value["questions"][:1]  # the editor drops the second question
    value["questions"][0]["text"] = "Who adopts the budget of the aiyl aimak?"
    lesson.body = [("knowledge_check", value)]
    lesson.save_revision()
    assert "Who adopts" not in html_of(member_client, lesson)  # a draft is not shown yet
    lesson.get_latest_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)

    html = html_of(member_client, lesson)
    assert "<legend>1. Who adopts the budget" in html and "Which are own revenues" not in html
    single = checks_in(lesson)[0].questions[0]
    right = next(option.id for option in single.options if option.correct)
    data = {"check": checks_in(lesson)[0].id, single.field_name: right}
    assert member_client.post(answer_url(lesson), data).status_code == 302
    assert CheckAttempt.objects.get(user=member).passed  # one question, answered right


def test_a_visitor_retry_storm_is_refused_with_429_and_her_answers_kept(client, public_course):
    """Issue 25 #8: a visitor had an unlimited answer oracle (30 graded posts in a row)."""
    lesson = checked_lesson(public_course)
    wrong = answers(lesson, right=False)
    for _ in range(ATTEMPT_LIMIT):
        assert client.post(answer_url(lesson), wrong, REMOTE_ADDR="10.12.0.1").status_code == 200
    right = answers(lesson)
    response = client.post(answer_url(lesson), right, REMOTE_ADDR="10.12.0.1")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert shown("Too many attempts. Please try again in about %(minutes)d minute.")[:20] in html
    # Not graded: no score, no feedback; but the options she ticked are ticked again.
    assert "The aiyl okmotu drafts it; the kenesh approves it." not in html
    check = checks_in(lesson)[0]
    chosen = right[check.questions[0].field_name]
    assert f'value="{chosen}" id="o-{chosen}" checked' in html
    # Another address still gets her result.
    other = client.post(answer_url(lesson), right, REMOTE_ADDR="10.12.0.2")
    assert other.status_code == 200
    assert not CheckAttempt.objects.exists()


def test_a_visitor_checks_without_a_csrf_cookie_a_member_keeps_csrf(member, public_course):
    """Issue 28: the visitor's form has no token (her lesson stays in the page cache) and her
    post is graded without one; nothing of hers is stored. A member's post still needs it."""
    lesson = checked_lesson(public_course)
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(lesson.url)
    assert "csrftoken" not in page.cookies
    assert "csrfmiddlewaretoken" not in page.content.decode()
    response = visitor.post(answer_url(lesson), answers(lesson))
    assert response.status_code == 200
    assert shown("Passed") in response.content.decode()
    assert "csrftoken" not in response.cookies

    signed_in = Client(enforce_csrf_checks=True)
    signed_in.force_login(member)
    assert "csrfmiddlewaretoken" in signed_in.get(lesson.url).content.decode()
    assert signed_in.post(answer_url(lesson), answers(lesson)).status_code == 403  # no token
    assert not CheckAttempt.objects.exists()
