import json
from datetime import timedelta

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from wagtail import hooks

from courses.models import LessonPage
from courses.reflections.lessons import lesson_tasks
from courses.reflections.models import Feedback, Reflection, ReflectionMessage, Status
from courses.reflections.services import give_feedback
from home.seeding import load_demo_data, localized

from .test_review import submitted


def test_demo_seed_creates_reflections_and_feedback_once(seed_command, demo_site):
    """The shared demo site ran every seeder once (tests/shared_seed.py); the reflections'
    seeder run again adds nothing."""
    from courses.reflections import demo

    assert Reflection.objects.filter(status=Status.SUBMITTED).exists()
    assert Feedback.objects.exists()
    aigul = Reflection.objects.get(user__username="aigul")
    assert aigul.language == "ky" and aigul.status == Status.FEEDBACK_GIVEN
    assert "Айыл өкмөтү" in aigul.answers[0]["answer"]
    # Every demo answer was written for its lesson's question, in the member's language.
    data = load_demo_data(demo.DATA)
    for reflection in Reflection.objects.select_related("user"):
        lesson = LessonPage.objects.get(
            translation_key=reflection.lesson_key, locale__language_code=reflection.language
        )
        expected = [
            localized(answer, reflection.language) for answer in data["answers"][lesson.slug]
        ]
        assert [a["question"] for a in reflection.answers] == lesson_tasks(lesson)["questions"]
        assert [a["answer"] for a in reflection.answers] == expected
    counts = (Reflection.objects.count(), Feedback.objects.count())
    demo.seed(seed_command)
    assert (Reflection.objects.count(), Feedback.objects.count()) == counts


def test_demo_seed_skips_without_lessons(seed_command, db):
    from courses.reflections import demo

    demo.seed(seed_command)
    assert not Reflection.objects.exists()


def render_tag(page, user, request=None):
    request = request or RequestFactory().get("/")
    request.user = user
    template = Template("{% load reflections_tags %}{% lesson_feedback page %}")
    return template.render(Context({"request": request, "page": page}))


def test_lesson_feedback_tag(courses, people):
    from django.contrib.auth.models import AnonymousUser

    lesson = courses["lesson"]
    assert render_tag(lesson, AnonymousUser()).strip() == ""
    assert "reflection/" in render_tag(lesson, people["member"])
    reflection = submitted(people["member"], lesson, courses["course"])
    give_feedback(reflection, people["mentor"], "<b>Bravo</b>")
    html = render_tag(lesson, people["member"])
    assert "&lt;b&gt;Bravo&lt;/b&gt;" in html
    assert "Bravo" not in render_tag(lesson, people["other_member"])


def test_lesson_feedback_shows_the_latest_answer_in_one_query(
    courses, people, django_assert_num_queries
):
    lesson, member = courses["lesson"], people["member"]
    reflection = submitted(member, lesson, courses["course"])
    first = give_feedback(reflection, people["mentor"], "First answer")
    Feedback.objects.create(
        reflection=reflection,
        mentor=people["mentor"],
        text="Second answer",
        created_at=first.created_at + timedelta(minutes=5),
    )
    request = RequestFactory().get("/")
    render_tag(lesson, member, request)  # warm the site root paths and her membership
    with django_assert_num_queries(1):
        html = render_tag(lesson, member, request)
    assert "Second answer" in html and "First answer" not in html


def dashboard_panels(user):
    request = RequestFactory().get("/")
    request.user = user
    return [fn(request) for fn in hooks.get_hooks("register_member_dashboard_panel")]


def test_dashboard_panel_lists_own_reflections_with_constant_queries(
    courses, people, django_assert_num_queries
):
    from courses.reflections.panels import dashboard_panel

    request = RequestFactory().get("/")
    request.user = people["member"]
    submitted(people["member"], courses["lesson"], courses["course"])
    dashboard_panel(request)  # warm the site root cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        html = dashboard_panel(request)
    assert "Lesson budget 0" in html
    reflection = submitted(people["member"], courses["lesson2"], courses["course"])
    give_feedback(reflection, people["mentor"], "Nice work")
    submitted(people["member"], courses["other_lesson"], courses["other_course"])
    # New lessons in the list: their titles enter the shared cache once, for everyone.
    dashboard_panel(request)
    with django_assert_num_queries(len(one.captured_queries)):
        html = dashboard_panel(request)
    assert "Nice work" in html and "Lesson gender 0" in html
    assert dashboard_panel in hooks.get_hooks("register_member_dashboard_panel")


def test_dashboard_panel_is_empty_for_anonymous(db):
    from django.contrib.auth.models import AnonymousUser

    from courses.reflections.panels import dashboard_panel

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    assert dashboard_panel(request) is None


def test_privacy_export_hook(courses, people):
    from courses.reflections.panels import export_member_data

    reflection = submitted(people["member"], courses["lesson"], courses["course"])
    give_feedback(reflection, people["mentor"], "Thanks")
    assert export_member_data in hooks.get_hooks("register_member_data_export")
    section, data = export_member_data(people["member"])
    assert section == "reflections"
    json.dumps(data)
    assert data[0]["feedback"][0]["text"] == "Thanks"
    assert data[0]["stakeholders"][0]["stakeholder"] == "Aiyl okmotu"
    assert export_member_data(people["other_member"]) == ("reflections", [])


@pytest.mark.parametrize("model", [Reflection, Feedback, ReflectionMessage])
def test_private_models_are_not_indexed_or_pages(model):
    from wagtail.models import Page
    from wagtail.search.index import Indexed

    assert not issubclass(model, (Indexed, Page))


def test_member_sees_feedback_on_dashboard_and_lesson(client, courses, people):
    reflection = submitted(people["member"], courses["lesson"], courses["course"])
    give_feedback(reflection, people["mentor"], "Keep going, <i>deputy</i>!")
    client.force_login(people["member"])
    dashboard = client.get("/ky/dashboard/")
    assert dashboard.status_code == 200
    html = dashboard.content.decode()
    assert "reflections-panel" in html and "Keep going, &lt;i&gt;deputy&lt;/i&gt;!" in html
    lesson = client.get(courses["lesson"].url).content.decode()
    assert "Keep going, &lt;i&gt;deputy&lt;/i&gt;!" in lesson
    client.force_login(people["other_member"])
    assert "Keep going" not in client.get("/ky/dashboard/").content.decode()
    assert "Keep going" not in client.get(courses["lesson"].url).content.decode()
