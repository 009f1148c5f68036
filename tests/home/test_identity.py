"""The Club's identity on every page: its mark and name in the page's language, AMUCA as
organiser in the footer, logos editors upload in Club settings, and the home page's first
screen (what the Club is, for whom, how to join)."""

import pytest

from home.models import ClubSettings

pytestmark = pytest.mark.django_db

CLUB = {
    "ky": "Жергиликтүү кеңештердин аял депутаттарынын клубу",
    "ru": "Клуб депутатов-женщин местных кенешей",
    "en": "Club of Women Deputies of Local Keneshes",
}
ORGANISER = {"ky": "Уюштуруучу", "ru": "Организатор", "en": "Organiser"}


def header(html):
    return html.split('<header class="site-header">')[1].split("</header>")[0]


def footer(html):
    return html.split('<footer class="site-footer">')[1].split("</footer>")[0]


@pytest.mark.parametrize("code", ["ky", "ru", "en"])
def test_the_header_shows_the_clubs_mark_and_name_in_the_pages_language(client, home_pages, code):
    html = client.get(f"/{code}/").content.decode()
    brand = header(html)
    assert 'class="logo-mark"' in brand and CLUB[code] in brand and "♀" not in brand
    assert '<link rel="icon" href="/static/icons/icon.svg"' in html


@pytest.mark.parametrize("code", ["ky", "ru", "en"])
def test_the_footer_names_amuca_as_the_organiser(client, home_pages, code):
    names = {
        "ky": "Борбордук Азиянын жергиликтүү башкаруу академиясы",
        "ru": "Академия местного управления Центральной Азии (АМУЦА)",
        "en": "Academy of Local Governance of Central Asia (AMUCA)",
    }
    bottom = footer(client.get(f"/{code}/").content.decode())
    assert ORGANISER[code] in bottom and names[code] in bottom
    assert "organiser-logo" not in bottom  # none uploaded: named in words only


def test_logos_uploaded_in_club_settings_replace_the_drawn_mark(client, home_pages, image_file):
    club = ClubSettings.for_default_site()
    club.logo = club.organiser_logo = image_file
    club.save()
    html = client.get("/ru/").content.decode()
    assert 'class="brand-logo" src="/media/images/' in header(html)
    assert 'class="logo-mark"' not in header(html)
    assert 'class="organiser-logo" src="/media/images/' in footer(html)


def test_the_first_screen_says_who_it_is_for_and_offers_to_join(client, home_pages):
    html = client.get("/ru/").content.decode()
    hero = html.split('<section class="hero"')[1].split("</section>")[0]
    assert "Для депутатов-женщин местных кенешей" in hero
    assert 'class="button" href="/ru/join/">Вступить в клуб</a>' in hero


def test_a_signed_in_member_is_not_asked_to_join(client, home_pages, django_user_model):
    client.force_login(django_user_model.objects.create_user("aigul", "a@example.org"))
    hero = client.get("/ru/").content.decode().split('<section class="hero"')[1]
    assert "/ru/join/" not in hero.split("</section>")[0]
