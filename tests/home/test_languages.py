import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "title", "skip_link"),
    [
        ("ky", "Жергиликтүү кеңештердин аял депутаттарынын клубу", "Негизги мазмунга өтүү"),
        ("ru", "Клуб депутатов-женщин местных кенешей", "Перейти к основному содержанию"),
        ("en", "Club of Women Deputies of Local Keneshes", "Skip to main content"),
    ],
)
def test_home_page_in_each_language(client, home_pages, code, title, skip_link):
    response = client.get(f"/{code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    assert title in html
    assert skip_link in html  # our own string, from locale/<code>/LC_MESSAGES/django.po


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("ru-RU,ru;q=0.9", "/ru/"), ("en-GB,en;q=0.8", "/en/"), ("ky", "/ky/"), ("fr-FR", "/ky/")],
)
def test_root_redirects_by_accept_language(client, home_pages, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_without_accept_language_falls_back_to_kyrgyz(client, home_pages):
    response = client.get("/")
    assert response["Location"] == "/ky/"


def test_hreflang_alternates_and_switcher_lead_to_real_pages(client, home_pages):
    html = client.get("/ru/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', html))
    assert set(alternates) == {"ky", "ru", "en"}
    for code, url in alternates.items():
        path = re.sub(r"^https?://[^/]+", "", url)
        response = client.get(path)
        assert response.status_code == 200
        assert f'<html lang="{code}">' in response.content.decode()
    switcher = re.findall(r'<a href="([^"]+)" hreflang="(\w+)" lang="\w+"', html)
    assert switcher == [("/ky/", "ky"), ("/ru/", "ru"), ("/en/", "en")]


def test_switcher_falls_back_to_language_home_without_translation(rf, home_pages):
    from django.template import Context, Template
    from django.utils import translation
    from wagtail.models import Page

    ky_home = home_pages["ky"]
    only_kyrgyz = Page(title="Жалгыз барак", slug="only-ky", locale=ky_home.locale)
    ky_home.add_child(instance=only_kyrgyz)
    request = rf.get("/ky/only-ky/")
    template = Template(
        "{% load club_tags %}{% language_links as links %}"
        "{% for l in links %}{{ l.code }}={{ l.url }}:{{ l.exists }};{% endfor %}"
    )
    with translation.override("ky"):
        rendered = template.render(Context({"request": request, "page": only_kyrgyz}))
    assert "ky=/ky/only-ky/:True" in rendered
    assert "ru=/ru/:False" in rendered
    assert "en=/en/:False" in rendered


def test_footer_shows_club_settings(client, home_pages):
    html = client.get("/ru/").content.decode()
    assert "г. Бишкек, ул. Шевченко, 114" in html
    assert "+996 312 976530" in html
    assert "academylgca@gmail.com" in html  # the concept's only email
    # The concept names no Telegram address: no link until editors set one in Club settings.
    assert "t.me/" not in html


def test_footer_links_the_telegram_group_editors_set(client, home_pages):
    from home.models import ClubSettings

    ClubSettings.objects.update(telegram_url="https://t.me/example_group")
    html = client.get("/en/").content.decode()
    assert 'href="https://t.me/example_group"' in html
