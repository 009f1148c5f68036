"""A course page's intro (breadcrumb, facts, mentor) is rendered once and kept: a warm page
reads neither the course index nor the mentor, yet a renamed mentor, a published change and
a preview of a draft show at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import CoursePage

pytestmark = pytest.mark.django_db


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return html, [query["sql"] for query in queries]


@pytest.fixture
def mentored(public_course, mentor):
    public_course.mentor = mentor
    public_course.save_revision().publish()
    return CoursePage.objects.get(pk=public_course.pk)


def test_a_warm_course_page_reads_neither_its_index_nor_its_mentor(client, settings, mentored):
    settings.PAGE_CACHE_SECONDS = 0  # rendered each time, as for a member
    client.get(mentored.url)
    html, sql = queries_of(client, mentored.url)
    assert "Салия Акулова" in html and mentored.get_parent().title in html
    assert sql == []  # the page's own row is kept per site generation too (home/routing.py)


def test_a_renamed_mentor_and_a_published_change_show_at_once(client, settings, mentored, mentor):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(mentored.url)
    mentor.first_name, mentor.last_name = "Салия", "Жумабаева"
    mentor.save()
    assert "Салия Жумабаева" in client.get(mentored.url).content.decode()
    mentored.summary = "A new summary of the course"
    mentored.save_revision().publish()
    assert "A new summary of the course" in client.get(mentored.url).content.decode()


def test_a_preview_shows_the_draft_not_the_kept_intro(admin_client, mentored):
    admin_client.get(mentored.url)
    mentored.summary = "A draft summary nobody has published"
    mentored.save_revision()
    draft = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[mentored.pk]))
    assert "A draft summary nobody has published" in draft.content.decode()
    assert (
        "A draft summary nobody has published"
        not in admin_client.get(mentored.url).content.decode()
    )
