"""The member dashboard at /<lang>/dashboard/."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail import hooks

from .conftest import add_course, lessons_of

pytestmark = pytest.mark.django_db


def dashboard_url(code="ky"):
    with translation.override(code):
        return reverse("home:dashboard")


def test_dashboard_sends_visitors_to_sign_in(client):
    response = client.get(dashboard_url())
    assert response.status_code == 302
    assert response["Location"].startswith("/ky/accounts/login/?next=/ky/dashboard/")


def test_dashboard_shows_her_numbers(member_client, member, catalogue, tracks):
    started = add_course(catalogue["ky"], "started", tracks["soft"], lessons=3, title="Started")
    finished = add_course(catalogue["ky"], "finished", tracks["budget"], lessons=2, title="Done")
    add_course(catalogue["ky"], "untouched", tracks["soft"], lessons=2, title="Untouched")
    started_lessons = lessons_of(started)
    member_client.post(started_lessons[0].url + "complete/")
    for lesson in lessons_of(finished):
        member_client.post(lesson.url + "complete/")

    response = member_client.get(dashboard_url())
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert "3 сабактан 1 өтүлдү (33%)" in html
    assert f'href="{started_lessons[1].url}"' in html  # next lesson / continue
    assert html.count(started_lessons[1].title) >= 2
    completed = html[html.index("Аяктаган курстар") :]
    assert "Done" in completed
    assert "Untouched" not in html


def test_dashboard_in_other_languages(member_client):
    assert member_client.get(dashboard_url("ru")).status_code == 200
    assert member_client.get(dashboard_url("en")).status_code == 200


def test_dashboard_renders_the_panels_of_other_apps(member_client):
    def panel(request):
        return "<section id='test-panel'>panel</section>"

    panel.order = 1
    with hooks.register_temporarily("register_member_dashboard_panel", panel):
        html = member_client.get(dashboard_url()).content.decode()
    assert "<section id='test-panel'>panel</section>" in html
