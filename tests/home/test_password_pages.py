"""A page an editor protects with a password opens with the password (issue 25, finding 14):
Wagtail's /<lang>/_util/ URLs are reached before the Club's page route, and the page cache
never keeps or replays the protected page for a visitor who has not entered it."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from home.members.roles import EDITORS
from home.models import HomePage
from home.seeding import ensure_child_page
from tests.members.conftest import make_member
from tests.shown import shown

pytestmark = pytest.mark.django_db

SECRET = "Жыйындын күн тартиби"
PASSWORD = "kenesh-2026"


@pytest.fixture
def page(home_pages):
    return ensure_child_page(home_pages["en"], HomePage, "agenda", title="Agenda", tagline=SECRET)


def protect(client, page):
    """An editor sets the page's privacy to "A shared password" in the admin."""
    client.force_login(make_member("editor", group=EDITORS))
    response = client.post(
        f"/admin/pages/{page.pk}/privacy/",
        {"restriction_type": PageViewRestriction.PASSWORD, "password": PASSWORD},
    )
    assert response.status_code == 200
    return PageViewRestriction.objects.get(page=page, restriction_type="password")


def test_a_visitor_opens_a_password_protected_page(page, settings):
    settings.PAGE_CACHE_SECONDS = 600
    url = page.url
    assert SECRET in Client().get(url).content.decode()  # public, and now in the page cache
    assert Client().get(url)["X-Page-Cache"] == "hit"

    restriction = protect(Client(), page)
    action = f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"

    visitor = Client()
    form = visitor.get(url)
    html = form.content.decode()
    assert form.status_code == 200 and SECRET not in html
    assert shown("Password required", "en") in html and f'action="{action}"' in html
    assert "no-store" in form["Cache-Control"]

    wrong = visitor.post(action, {"password": "guess", "return_url": url})
    assert wrong.status_code == 200 and SECRET not in wrong.content.decode()
    assert shown("The password is not correct.", "en") in wrong.content.decode()

    right = visitor.post(action, {"password": PASSWORD, "return_url": url})
    assert right.status_code == 302 and right["Location"] == url
    opened = visitor.get(url)
    assert opened.status_code == 200 and SECRET in opened.content.decode()
    assert "no-store" in opened["Cache-Control"]

    # Never stored for, nor replayed to, anyone who has not entered the password.
    for _ in range(2):
        stranger = Client().get(url)
        assert SECRET not in stranger.content.decode()
        assert stranger.get("X-Page-Cache") != "hit"


def test_the_password_form_speaks_kyrgyz(home_pages):
    page = ensure_child_page(home_pages["ky"], HomePage, "kun-tartibi", title="Күн тартиби")
    restriction = protect(Client(), page)
    action = f"/ky/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    wrong = Client().post(action, {"password": "guess", "return_url": page.url})
    html = wrong.content.decode()
    assert shown("Password required") != "Password required"  # Wagtail has no Kyrgyz: ours
    assert shown("Password required") in html
    assert shown("The password is not correct.") in html


def test_wagtail_s_bare_sign_in_page_is_no_second_door(home_pages):
    """Visitors sign in on the Club's page (rate-limited); Wagtail's own leads there."""
    client = Client()
    response = client.get("/en/_util/login/?next=/en/")
    assert response.status_code == 302 and response["Location"] == "/en/accounts/login/?next=/en/"
    response = client.post("/en/_util/login/", {"username": "x", "password": "y"})
    assert response.status_code == 302 and "_auth_user_id" not in client.session
