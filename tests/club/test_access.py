"""The Club space is for members only, private to her browser, and never public."""

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.search.index import get_indexed_models

from courses.reflections.models import Reflection

from .conftest import list_in_directory, make_initiative

pytestmark = pytest.mark.django_db

PAGES = ["club:home", "club:directory", "club:profile", "club:initiatives", "club:initiative_new"]


def club_urls(initiative):
    urls = [reverse(name) for name in PAGES]
    return urls + [
        reverse("club:initiative", args=[initiative.pk]),
        reverse("club:initiative_edit", args=[initiative.pk]),
        reverse("club:comment_delete", args=[1]),
    ]


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_a_visitor_is_asked_to_sign_in_and_comes_back(client, aigul, language):
    initiative = make_initiative(aigul)
    with translation.override(language):
        urls = club_urls(initiative)
    for url in urls:
        assert url.startswith(f"/{language}/club/")
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"/{language}/accounts/login/?next=")
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    response = client.get(f"/{language}/club/", follow=True)
    assert 'name="password"' in response.content.decode()


def test_a_signed_in_person_outside_the_club_gets_the_members_only_page(client, outsider, aigul):
    initiative = make_initiative(aigul)
    client.force_login(outsider)
    for url in club_urls(initiative):
        response = client.get(url)
        assert response.status_code == 403, url
        assert "space is open to members of the Club only." in response.content.decode()
    response = client.post(reverse("club:comment", args=[initiative.pk]), {"text": "Салам"})
    assert response.status_code == 403
    assert not initiative.comments.exists() and not mail.outbox


def test_every_club_page_is_private(client, aigul, gulnara):
    initiative = make_initiative(gulnara)
    list_in_directory(gulnara)
    client.force_login(aigul)
    for url in club_urls(initiative)[:6]:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert "private" in response["Cache-Control"], url
        assert "no-store" in response["Cache-Control"], url


def test_members_see_the_club_link_in_the_menu_and_visitors_do_not(client, aigul, outsider):
    assert 'href="/en/club/"' not in client.get("/en/account/", follow=True).content.decode()
    client.force_login(outsider)
    assert 'href="/en/club/"' not in client.get("/en/account/").content.decode()
    client.force_login(aigul)
    assert 'href="/en/club/"' in client.get("/en/account/").content.decode()


def test_the_club_never_reaches_the_sitemap_robots_search_or_feeds(client, home_pages, aigul):
    make_initiative(aigul, title="Жашыруун демилге Кочкор")
    list_in_directory(aigul, about="Жашыруун маалымат")
    assert "/club/" not in client.get("/sitemap.xml").content.decode()
    robots = client.get("/robots.txt").content.decode()
    assert all(f"Disallow: /{code}/club/" in robots for code in ("ky", "ru", "en"))
    # Search, feeds and the sitemap list pages and indexed models: members' posts are neither.
    club_models = apps.get_app_config("club").get_models()
    indexed = set(get_indexed_models())
    for model in [*club_models, Reflection]:
        assert not issubclass(model, Page) and model not in indexed
