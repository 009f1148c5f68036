"""The member's dashboard and reflection form, and an event page for a member: thirteen
queries at most (a dozen, and her circles' panel), the same with one reflection or
registration as with many."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from courses.models import Enrollment, LessonCompletion
from courses.reflections.models import Feedback, Reflection
from home.seeding import ensure_child_page
from news import demo as news_demo
from news.models import EventPage, EventRegistration

from .conftest import reflection_url

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm the per-site caches (site root paths, routes, chrome)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def add_event(home_pages, slug, days):
    index = news_demo._indexes(home_pages)["events"]["ky"]
    start = timezone.now() + datetime.timedelta(days=days)
    return ensure_child_page(
        index, EventPage, slug, title=slug, start=start, end=start + datetime.timedelta(hours=2)
    )


def her_activity(member, mentor, lesson, course, home_pages, number):
    """One more reflection with two answers from the mentor, course progress and an event."""
    reflection = Reflection.objects.create(
        user=member,
        lesson_key=lesson.translation_key if number == 0 else _other_key(number),
        course_key=course.translation_key,
        status="submitted",
        answers=["An answer"],
    )
    for text in ("First answer", "Latest answer"):
        Feedback.objects.create(reflection=reflection, mentor=mentor, text=text)
    Enrollment.objects.get_or_create(user=member, course_key=course.translation_key)
    LessonCompletion.objects.get_or_create(
        user=member, lesson_key=lesson.translation_key, course_key=course.translation_key
    )
    event = add_event(home_pages, f"event-{number}", days=number + 1)
    EventRegistration.objects.create(user=member, event=event)


def _other_key(number):
    return f"00000000-0000-0000-0000-{number:012d}"


def test_dashboard_and_reflection_form_take_at_most_thirteen_queries_at_any_size(
    client, people, courses, home_pages
):
    member, mentor = people["member"], people["mentor"]
    client.force_login(member)
    her_activity(member, mentor, courses["lesson"], courses["course"], home_pages, 0)
    with override("ky"):
        dashboard = reverse("home:dashboard")
    event = EventPage.objects.get(slug="event-0")
    urls = [dashboard, reflection_url(courses["lesson"]), event.url]
    few = [count_queries(client, url) for url in urls]
    for number in range(1, 8):
        her_activity(member, mentor, courses["lesson2"], courses["course"], home_pages, number)
    many = [count_queries(client, url) for url in urls]
    assert many == few
    assert max(many) <= 13, dict(zip(urls, many, strict=True))
    html = client.get(dashboard).content.decode()
    assert "Latest answer" in html and "First answer" not in html
    assert html.count("event-") >= 8  # every upcoming event of hers is listed
