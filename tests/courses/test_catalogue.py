import pytest

from .conftest import add_course, translate_course

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "soft", "budget", "prefix"),
    [
        ("ky", "Ийкемдүү көндүмдөр", "Кесиптик билим", ""),
        ("ru", "Гибкие навыки", "Профессиональные знания", "RU"),
        ("en", "Soft skills", "Professional knowledge", "EN"),
    ],
)
def test_catalogue_groups_courses_by_track_in_each_language(
    client, catalogue, tracks, code, soft, budget, prefix
):
    speaking = add_course(catalogue["ky"], "speaking", tracks["soft"], title="Speaking")
    money = add_course(catalogue["ky"], "money", tracks["budget"], title="Money")
    if code != "ky":
        translate_course(speaking, code, prefix)
        translate_course(money, code, prefix)
    html = client.get(catalogue[code].url).content.decode()
    html = html[html.index('class="section track-section"') :]  # after the track filter
    assert html.index(soft) < html.index("Speaking") < html.index(budget) < html.index("Money")
    assert "3 " in html  # lesson count
    filtered = client.get(catalogue[code].url + "?track=budget").content.decode()
    assert "Money" in filtered
    assert "Speaking" not in filtered


def test_members_only_courses_are_hidden_from_visitors_in_the_catalogue(
    client, catalogue, public_course, private_course, member
):
    url = catalogue["ky"].url
    html = client.get(url).content.decode()
    assert public_course.title in html
    assert private_course.title not in html
    client.force_login(member)
    assert private_course.title in client.get(url).content.decode()


def test_sitemap_leaves_out_members_only_courses(client, public_course, private_course):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/speaking/" in sitemap
    assert "/speaking/lesson-1/" in sitemap
    assert "/budget/" not in sitemap
