"""The page cache (home/pagecache.py): visitors get stored pages with no query; members never;
every publish, unpublish, move, delete and translation sync shows at once."""

import re

import pytest
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import connection
from django.http import HttpResponse
from django.template import engines
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path
from wagtail_localize.models import TranslationSource

from home import pagecache
from home.cache import keep_private
from home.models import ClubSettings, HomePage
from home.seeding import ensure_child_page, ensure_translation
from home.tracks import Track

pytestmark = pytest.mark.django_db

NONCE_PAGE = engines["django"].from_string(
    '<script nonce="{{ request.csp_nonce }}">let x = 1;</script>'
)


def with_nonce(request):
    return HttpResponse(NONCE_PAGE.render({}, request))


def with_message(request):
    messages.info(request, "Saved.")
    return HttpResponse("a page with a message")


def private(request):
    return keep_private(HttpResponse("hers only"))


def with_cookie(request):
    response = HttpResponse("a page that sets a cookie")
    response.set_cookie("seen", "1")
    return response


urlpatterns = [
    path("en/test-nonce/", with_nonce),
    path("en/test-message/", with_message),
    path("en/test-private/", private),
    path("en/test-cookie/", with_cookie),
]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def get(client, url, **extra):
    """(response, SQL queries it took)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def child(home_pages, slug="visit", language="en", **fields):
    fields.setdefault("tagline", "First tagline")
    return ensure_child_page(home_pages[language], HomePage, slug, title=slug.title(), **fields)


def test_second_visitor_gets_the_page_with_no_query(home_pages):
    first, first_queries = get(Client(), "/ru/")
    second, second_queries = get(Client(), "/ru/")
    assert first_queries > 0 and second_queries == 0
    assert second.status_code == 200
    assert second.content == first.content
    assert second["X-Page-Cache"] == "hit"
    assert second["Content-Type"] == first["Content-Type"]


def test_each_language_and_query_string_has_its_own_copy(home_pages):
    client = Client()
    ky, ru = client.get("/ky/"), client.get("/ru/")
    assert ky.content != ru.content
    assert client.get("/ky/").content == ky.content
    assert client.get("/ru/").content == ru.content
    assert client.get("/ky/?b=2&a=1").get("X-Page-Cache") == "miss"
    assert client.get("/ky/?a=1&b=2")["X-Page-Cache"] == "hit"  # same parameters, same copy
    assert client.get("/ky/?a=2&b=2")["X-Page-Cache"] == "miss"


def test_head_is_answered_from_the_copy_without_a_body(home_pages):
    client = Client()
    full = client.get("/en/")
    with CaptureQueriesContext(connection) as queries:
        response = client.head("/en/")
    assert len(queries) == 0 and response["X-Page-Cache"] == "hit"
    assert response.content == b""
    assert response["Content-Length"] == str(len(full.content))


def test_the_root_redirect_by_language_is_never_stored(home_pages):
    ru = Client(headers={"accept-language": "ru"}).get("/")
    en = Client(headers={"accept-language": "en"}).get("/")
    assert ru.status_code == en.status_code == 302
    assert ru["Location"].startswith("/ru/") and en["Location"].startswith("/en/")


def test_a_signed_in_member_never_gets_nor_leaves_a_stored_page(home_pages):
    visitor = Client()
    visitor.get("/ky/")  # fills the cache
    member = Client()
    member.force_login(get_user_model().objects.create_user("aigul", "aigul@example.kg", "x"))
    response = member.get("/ky/")
    html = response.content.decode()
    assert "X-Page-Cache" not in response
    assert 'action="/ky/accounts/logout/"' in html
    # Her page is not stored either: a visitor still gets the visitor's page.
    member.get("/en/")
    visitor_page = Client().get("/en/")
    assert visitor_page["X-Page-Cache"] == "miss"
    assert 'action="/en/accounts/logout/"' not in visitor_page.content.decode()


def test_pages_with_a_session_or_messages_cookie_bypass_the_cache(home_pages, client):
    Client().get("/en/")
    client.cookies["sessionid"] = "not-a-session"
    assert "X-Page-Cache" not in client.get("/en/")
    bare = Client()
    bare.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in bare.get("/en/")


@pytest.mark.urls("tests.home.test_page_cache")
@pytest.mark.parametrize("url", ["/en/test-message/", "/en/test-private/", "/en/test-cookie/"])
def test_messages_cookies_and_private_pages_are_never_stored(url, db):
    Client().get(url)
    assert "X-Page-Cache" not in Client().get(url)


@pytest.mark.urls("tests.home.test_page_cache")
def test_a_replayed_page_has_a_fresh_nonce_matching_its_policy(db):
    def nonces(response):
        header = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        html = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
        return header, html

    first = Client().get("/en/test-nonce/")
    second = Client().get("/en/test-nonce/")
    assert second["X-Page-Cache"] == "hit"
    (h1, b1), (h2, b2) = nonces(first), nonces(second)
    assert h1 == b1 and h2 == b2 and h2 != h1


def test_a_page_with_a_form_is_not_stored_for_a_new_visitor(home_pages):
    """A form sets the CSRF cookie: such a page is rendered for each visitor."""
    response = Client().get("/en/accounts/login/")
    assert "csrftoken" in response.cookies
    assert "X-Page-Cache" not in Client().get("/en/accounts/login/")


def test_publishing_shows_at_once(home_pages):
    page = child(home_pages)
    Client().get(page.url)
    page.tagline = "A freshly published tagline"
    page.save_revision().publish()
    assert "A freshly published tagline" in Client().get(page.url).content.decode()


def test_a_page_stored_before_the_publish_is_committed_is_dropped_after(
    home_pages, django_capture_on_commit_callbacks
):
    page = child(home_pages)
    with django_capture_on_commit_callbacks() as after_commit:
        page.tagline = "Published under load"
        page.save_revision().publish()
        # Another server may render here, before the commit, from the data of before.
        Client().get(page.url)
        assert Client().get(page.url)["X-Page-Cache"] == "hit"
    for callback in after_commit:
        callback()
    assert Client().get(page.url)["X-Page-Cache"] == "miss"


def test_unpublishing_shows_at_once(home_pages):
    page = child(home_pages)
    assert Client().get(page.url).status_code == 200
    page.unpublish()
    assert Client().get(page.url).status_code == 404


def test_deleting_shows_at_once(home_pages):
    page = child(home_pages)
    url = page.url
    Client().get(url)
    page.delete()
    assert Client().get(url).status_code == 404


def test_moving_shows_at_once(home_pages):
    page, parent = child(home_pages), child(home_pages, slug="section")
    old_url = page.url
    Client().get(old_url)
    page.move(parent, pos="last-child")
    moved = Client().get(old_url)  # Wagtail leaves a redirect at the old address
    assert moved.status_code == 301 and moved["Location"] == f"{parent.url}visit/"
    assert Client().get(f"{parent.url}visit/").status_code == 200


def test_a_translation_sync_shows_at_once(home_pages, django_capture_on_commit_callbacks):
    source_page = child(home_pages, tagline="Source tagline")
    translated = ensure_translation(source_page, "ru")
    url = translated.url
    assert url.startswith(home_pages["ru"].url)
    source_page.tagline = "Synced tagline"
    source_page.save_revision().publish()
    assert "Source tagline" in Client().get(url).content.decode()  # stored, not synced yet
    assert Client().get(url)["X-Page-Cache"] == "hit"
    source = TranslationSource.objects.get_for_instance(source_page)
    with django_capture_on_commit_callbacks(execute=True):
        source.update_from_db()
        source.create_or_update_translation(translated.locale, publish=True, fallback=True)
    assert "Synced tagline" in Client().get(url).content.decode()


@pytest.mark.parametrize("change", ["settings", "snippet"])
def test_settings_and_snippets_shown_on_pages_purge(home_pages, change):
    Client().get("/en/")
    if change == "settings":
        settings = ClubSettings.for_site(home_pages["en"].get_site())
        settings.phone = "+996 555 000 111"
        settings.save()
    else:
        Track.objects.create(slug="new-track", name="Budgets", locale=home_pages["en"].locale)
    assert Client().get("/en/")["X-Page-Cache"] == "miss"


def test_recording_a_documents_size_keeps_the_stored_pages_but_editing_it_purges(home_pages):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    document = Document(title="Budget hearing guide")
    document.file.save("guide.txt", ContentFile(b"Open budget hearings."), save=False)
    document.save()
    Client().get("/en/")
    # Wagtail saves the size the first time a page shows the file's download link.
    assert document.get_file_size() == len(b"Open budget hearings.")
    assert Client().get("/en/")["X-Page-Cache"] == "hit"
    document.title = "Budget hearing guide, 2nd edition"
    document.save()
    assert Client().get("/en/")["X-Page-Cache"] == "miss"


def test_a_purge_reaches_every_worker_through_the_generation_file(home_pages, settings):
    """Without Redis each worker has its own memory; the file's time is shared."""
    cache = pagecache.page_cache()
    before = pagecache.generation(cache)
    pagecache.purge()
    assert pagecache.generation(cache) > before


def test_a_purge_through_a_shared_cache(home_pages, settings):
    settings.PAGE_CACHE_GENERATION_FILE = ""
    Client().get("/en/")
    assert Client().get("/en/")["X-Page-Cache"] == "hit"
    pagecache.purge()
    assert Client().get("/en/")["X-Page-Cache"] == "miss"


def test_off_when_no_seconds(home_pages, settings):
    settings.PAGE_CACHE_SECONDS = 0
    Client().get("/en/")
    assert "X-Page-Cache" not in Client().get("/en/")


def test_pages_and_publishing_work_while_the_cache_server_is_down(
    home_pages, settings, monkeypatch
):
    class Down:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise ConnectionError("cache server down")

            return fail

    settings.PAGE_CACHE_GENERATION_FILE = ""
    monkeypatch.setattr(pagecache, "page_cache", Down)
    assert Client().get("/en/").status_code == 200
    page = child(home_pages)
    page.tagline = "Published while the cache is down"
    page.save_revision().publish()
    assert "Published while the cache is down" in Client().get(page.url).content.decode()
