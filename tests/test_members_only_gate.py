"""One members-only gate, one answer per situation, on every members-only view of every app:
a visitor is sent to sign in and comes back (`next`); a signed-in account outside the Club
gets the 403 "for Club members" page; nothing is kept by a shared cache; a member gets in."""

import datetime
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

from courses.models import CourseIndexPage
from courses.reflections.models import Reflection
from home.members.roles import MEMBERS
from home.seeding import ensure_child_page
from library.models import LibraryIndexPage, LibraryItemPage
from news import demo as news_demo
from news.models import EventFormat, EventPage
from tests.courses.conftest import add_course, lessons_of, make_track

pytestmark = pytest.mark.django_db


@pytest.fixture
def gated(home_pages):
    """(method, url, where a visitor comes back to) for every members-only view. (A public
    lesson's knowledge check is not one: a visitor's answers are graded, never stored.)"""
    track = make_track("gate", {"ky": "Дарбаза", "ru": "Ворота", "en": "Gate"})
    catalogue = ensure_child_page(home_pages["ky"], CourseIndexPage, "courses", title="Курстар")
    public = add_course(catalogue, "open", track, lessons=1)
    private = add_course(catalogue, "closed", track, lessons=1, members_only=True)
    lesson = lessons_of(public)[0]
    author = User.objects.create_user("author", password="x")
    shared = Reflection.objects.create(
        user=author,
        lesson_key=lesson.translation_key,
        course_key=public.translation_key,
        answers=[{"question": "Q", "answer": "A"}],
        shared_at=timezone.now(),
    )
    library = ensure_child_page(home_pages["en"], LibraryIndexPage, "library", title="Library")
    item = ensure_child_page(
        library, LibraryItemPage, "closed-item", title="Closed item", summary="S", members_only=True
    )
    start = timezone.now() + datetime.timedelta(days=7)
    event = ensure_child_page(
        news_demo._indexes(home_pages)["events"]["en"],
        EventPage,
        "gate-event",
        title="Gate event",
        start=start,
        end=start + datetime.timedelta(hours=2),
        format=EventFormat.ONLINE,
    )
    return [
        ("get", lessons_of(private)[0].url, None),
        ("post", public.url + "start/", public.url),
        ("post", lesson.url + "complete/", lesson.url),
        ("get", lesson.url + "reflection/", None),
        ("get", reverse("reflections:shared", args=[shared.pk]), None),
        ("post", reverse("reflections:shared_comment", args=[shared.pk]), None),
        ("post", reverse("reflections:share", args=[shared.pk]), None),
        ("get", item.url, None),
        ("post", event.url + "register/", event.url),
        ("post", event.url + "cancel/", event.url),
        ("get", reverse("club:home"), None),
    ]


def test_a_visitor_is_sent_to_sign_in_and_comes_back(client, gated):
    for method, url, back in gated:
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        login, _, next_url = response["Location"].partition("?next=")
        assert login.endswith("/accounts/login/"), url
        assert next_url == quote(back or url), url
        assert "private" in response["Cache-Control"], url


def test_a_signed_in_non_member_gets_the_members_only_page(client, gated):
    client.force_login(User.objects.create_user("outsider", password="x"))
    for method, url, _back in gated:
        response = getattr(client, method)(url)
        assert response.status_code == 403, url
        assert "home/members_only.html" in [t.name for t in response.templates], url
        assert "private" in response["Cache-Control"], url


def test_a_member_passes_the_gate(client, gated):
    member = User.objects.create_user("member", password="x")
    member.groups.add(Group.objects.get_or_create(name=MEMBERS)[0])
    client.force_login(member)
    for method, url, _back in gated:
        response = getattr(client, method)(url)
        assert response.status_code not in (401, 403), url
        assert "/accounts/login/" not in response.get("Location", ""), url
