"""The site chrome (menu, language links, footer) is cached per site generation: a warm page
asks nothing for it, and publishing, unpublishing, deleting or saving settings shows at once."""

import re

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.cache import bump_site_generation, site_generation
from home.models import ClubSettings

pytestmark = pytest.mark.django_db


def menu_page(home, slug="about-us", title="About the Club"):
    page = Page(title=title, slug=slug, show_in_menus=True, locale=home.locale)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def signed_in(client):
    """Signed in, so that the home page itself is rendered on every request (not cached)."""
    client.force_login(User.objects.create_user("aigerim-chrome", first_name="Aigerim"))
    return client


def test_a_warm_page_asks_nothing_about_menu_languages_or_footer(signed_in, home_pages):
    menu_page(home_pages["en"])
    signed_in.get("/en/")
    with CaptureQueriesContext(connection) as queries:
        assert "About the Club" in signed_in.get("/en/").content.decode()
    sql = [query["sql"] for query in queries]
    assert not [q for q in sql if '"wagtailcore_page"."show_in_menus")' in q]
    assert not [q for q in sql if 'FROM "home_clubsettings"' in q]


def test_publishing_unpublishing_and_deleting_show_in_the_menu_at_once(signed_in, home_pages):
    home = home_pages["en"]
    assert "About the Club" not in signed_in.get("/en/").content.decode()
    page = menu_page(home)
    signed_in.get("/en/")  # now cached
    second = menu_page(home, slug="join-us", title="Join the Club today")
    html = signed_in.get("/en/").content.decode()
    assert "About the Club" in html and "Join the Club today" in html
    second.unpublish()
    assert "Join the Club today" not in signed_in.get("/en/").content.decode()
    Page.objects.get(pk=page.pk).delete()
    assert "About the Club" not in signed_in.get("/en/").content.decode()


def test_saving_club_settings_shows_in_the_footer_at_once(signed_in, home_pages):
    assert "+996 312 976530" in signed_in.get("/en/").content.decode()
    settings = ClubSettings.objects.get()
    settings.phone = "+996 555 000111"
    settings.save()
    html = signed_in.get("/en/").content.decode()
    assert "+996 555 000111" in html and "+996 312 976530" not in html


def test_an_unpublished_translation_leaves_the_language_links(signed_in, home_pages):
    alternate = '<link rel="alternate" hreflang="ru"'
    assert alternate in signed_in.get("/en/").content.decode()
    home_pages["ru"].unpublish()
    assert alternate not in signed_in.get("/en/").content.decode()


def test_the_cached_chrome_holds_nothing_of_the_signed_in_person(signed_in, home_pages):
    assert "Sign out" in signed_in.get("/en/").content.decode()  # her account menu
    signed_in.logout()
    html = signed_in.get("/en/").content.decode()
    assert "Sign out" not in html and "Sign in" in html


def test_the_generation_changes_when_bumped():
    before = site_generation()
    bump_site_generation()
    assert site_generation() != before


def test_a_value_kept_in_the_process_is_computed_again_in_a_new_generation():
    from home.cache import shared_cached

    computed = []

    def lessons():
        computed.append(1)
        return ["Budget basics", "Public hearings"]

    first = shared_cached("test-outline", [1], lessons, in_process=True)
    assert shared_cached("test-outline", [1], lessons, in_process=True) is first
    assert len(computed) == 1
    bump_site_generation()  # as a publish does
    assert shared_cached("test-outline", [1], lessons, in_process=True) == first
    assert len(computed) == 2


def test_the_kept_menu_marks_the_page_one_is_on(signed_in, demo_site):
    menu = menu_items(signed_in.get("/en/").content.decode())
    assert len(menu) >= 2 and not [url for url, current in menu if current]
    for url, _current in [*menu, *menu]:
        html = signed_in.get(url).content.decode()
        assert [other for other, current in menu_items(html) if current] == [url]


def menu_items(html):
    """[(address, marked as the current page)] of the main menu's page links."""
    nav = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    return [
        (match.group(1), bool(match.group(2)))
        for match in re.finditer(r'<li><a href="(/en/[^"?]*)"( aria-current="page")?>', nav)
    ]
