"""Routing through the cached page chain answers as Wagtail's own walk: moves, unpublishing,
view restrictions (also on an ancestor) and an alias's source restrictions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

pytestmark = pytest.mark.django_db


def add(parent, slug, title=None):
    page = Page(title=title or slug, slug=slug, locale=parent.locale)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_deep_page_in_three_queries_once_known(client, home_pages):
    section = add(home_pages["en"], "section")
    add(add(section, "chapter"), "verse", title="The verse")
    client.get("/en/section/chapter/verse/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/section/chapter/verse/")
    assert "The verse" in response.content.decode()
    # Wagtail's walk took two per level (8 here); now not even the page itself
    assert len(queries) <= 4
    assert not [q["sql"] for q in queries if 'FROM "wagtailcore_page"' in q["sql"]]


def test_a_kept_page_is_each_requests_own_and_a_change_shows_at_once(client, home_pages):
    from home.routing import routed_page

    page = add(home_pages["en"], "kept", title="Kept title")
    first = routed_page(Page, page.pk, page.url_path)
    first.title = "Changed by one request"
    assert routed_page(Page, page.pk, page.url_path).title == "Kept title"
    assert "Kept title" in client.get("/en/kept/").content.decode()
    page.title = "Published title"
    page.save_revision().publish()
    assert "Published title" in client.get("/en/kept/").content.decode()


def test_moved_unpublished_and_missing_pages(client, home_pages):
    home = home_pages["en"]
    first, second = add(home, "first"), add(home, "second")
    leaf = add(first, "leaf", title="The leaf")
    assert client.get("/en/first/leaf/").status_code == 200
    leaf.move(second, pos="last-child")
    moved = client.get("/en/first/leaf/")  # not found there: Wagtail's redirect on a move
    assert moved.status_code == 301 and moved["Location"] == "/en/second/leaf/"
    assert client.get("/en/second/leaf/").status_code == 200
    Page.objects.get(pk=leaf.pk).unpublish()
    assert client.get("/en/second/leaf/").status_code == 404
    assert client.get("/en/second/nothing-here/").status_code == 404


def test_a_restriction_on_an_ancestor_still_applies(client, home_pages):
    section = add(home_pages["en"], "closed")
    add(section, "inside")
    assert client.get("/en/closed/inside/").status_code == 200
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    response = client.get("/en/closed/inside/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_alias_has_the_restrictions_of_its_source(client, home_pages):
    source = add(home_pages["en"], "source")
    alias = source.create_alias(update_slug="alias-of-source")
    assert client.get("/en/alias-of-source/").status_code == 200
    PageViewRestriction.objects.create(page=source, restriction_type="login")
    assert client.get("/en/alias-of-source/").status_code == 302
    assert Page.objects.get(pk=alias.pk).alias_of_id == source.pk


def test_a_groups_restriction_follows_its_groups_at_once(client, home_pages):
    from django.contrib.auth.models import Group, User

    page = add(home_pages["en"], "for-mentors", title="For mentors")
    mentors, members = (
        Group.objects.create(name="Page readers A"),
        Group.objects.create(name="Page readers B"),
    )
    person = User.objects.create_user("aizada")
    person.groups.add(members)
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="groups")
    restriction.groups.add(mentors)
    client.force_login(person)
    assert client.get("/en/for-mentors/").status_code == 302  # not in the group: sign in again
    restriction.groups.add(members)
    assert "For mentors" in client.get("/en/for-mentors/").content.decode()
    restriction.groups.remove(members)
    assert client.get("/en/for-mentors/").status_code == 302
    restriction.delete()
    assert client.get("/en/for-mentors/").status_code == 200
