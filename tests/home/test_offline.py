"""The installable site: manifest per language, the service worker, the offline page, and
signing in or out making the browser forget what it kept (a shared phone)."""

import json
from html import unescape

import pytest
from django.contrib.auth.models import User

from home.offline import static_version
from tests.shown import shown

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["ky", "ru", "en"])
def test_manifest_per_language(client, home_pages, code):
    response = client.get(f"/{code}/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert data["lang"] == code and data["start_url"] == f"/{code}/" and data["scope"] == "/"
    assert (
        data["name"] == unescape(shown("Club of Women Deputies", code))
        and data["short_name"]
        and data["theme_color"] == "#5b2a86"
    )
    sizes = {icon["sizes"]: icon["type"] for icon in data["icons"]}
    assert sizes == {"any": "image/svg+xml", "192x192": "image/png", "512x512": "image/png"}
    for icon in data["icons"]:
        assert client.get(icon["src"]).status_code == 200


def test_every_page_links_the_manifest_of_its_language(client, home_pages):
    for code in ("ky", "ru", "en"):
        html = client.get(f"/{code}/").content.decode()
        assert f'<link rel="manifest" href="/{code}/manifest.webmanifest">' in html
        assert "js/offline.js" in html and 'id="offline-banner"' in html


def test_service_worker_at_the_root_with_the_static_version(client, home_pages):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Cache-Control"] == "no-cache"
    body = response.content.decode()
    assert f'const VERSION = "{static_version()}";' in body
    precache = json.loads(body.split("const PRECACHE = ", 1)[1].split(";\n", 1)[0])
    assert {"/ky/offline/", "/ru/offline/", "/en/offline/"} <= set(precache)
    assert any(path.endswith("css/club.css") for path in precache)
    assert client.post("/sw.js").status_code == 405


def test_offline_page_in_each_language_names_nobody(client, home_pages):
    member = User.objects.create_user("aigul-offline", password="x")
    client.force_login(member)
    for code in ("ky", "ru", "en"):
        response = client.get(f"/{code}/offline/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{code}">' in html
        assert "aigul-offline" not in html and "logout" not in html
    assert "You are offline" in client.get("/en/offline/").content.decode()


def test_signing_in_and_out_clears_what_the_browser_kept(client, home_pages):
    User.objects.create_user("asel-offline", password="club-test-pass")
    response = client.post(
        "/en/accounts/login/", {"username": "asel-offline", "password": "club-test-pass"}
    )
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert response.cookies["django_language"].value  # the language cookie still comes along
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/en/"
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert "You have signed out." in client.get("/en/").content.decode()


def test_content_security_policy_allows_the_worker_and_manifest_from_this_site(client, home_pages):
    policy = client.get("/en/")["Content-Security-Policy"]
    assert "worker-src 'self'" in policy and "manifest-src 'self'" in policy
