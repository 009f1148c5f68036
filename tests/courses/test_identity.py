"""The courses' share of the Club's look: "Start learning" on the home page's first screen,
SVG track icons (not emoji) in the catalogue, and each course's cover on its card."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("code", "label"), [("ky", "Окууну баштоо"), ("en", "Start learning")])
def test_the_home_page_offers_to_start_learning_in_the_catalogue(client, catalogue, code, label):
    hero = client.get(f"/{code}/").content.decode().split('<section class="hero"')[1]
    assert f'href="{catalogue[code].url}">{label}</a>' in hero.split("</section>")[0]


def test_track_icons_are_drawn_in_svg_not_emoji(client, public_course, catalogue):
    html = client.get(catalogue["en"].url).content.decode()
    assert '<use href="/static/icons/tracks.svg#' in html
    assert not any(emoji in html for emoji in ("💬", "🤝", "📊", "📘"))


def test_a_course_card_shows_its_cover(client, public_course, catalogue, image_file):
    public_course.cover_image = image_file
    public_course.save_revision().publish()
    html = client.get(catalogue["ky"].url).content.decode()
    assert 'class="course-cover"' in html
