import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def _queries_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_anonymous_visitors_get_the_cached_home_page(client, home_pages):
    first_count, first_html = _queries_for(client, "/ru/")
    second_count, second_html = _queries_for(client, "/ru/")
    assert second_html == first_html
    assert second_count < first_count


def test_publishing_shows_at_once_despite_the_cache(client, home_pages):
    client.get("/en/")
    home = home_pages["en"]
    home.tagline = "A freshly published tagline"
    home.save_revision().publish()
    assert "A freshly published tagline" in client.get("/en/").content.decode()


def test_signed_in_member_never_gets_the_anonymous_copy(client, home_pages):
    client.get("/ky/")  # fills the anonymous cache
    member = get_user_model().objects.create_user("aigul", "aigul@example.kg", "x")
    client.force_login(member)
    html = client.get("/ky/").content.decode()
    assert 'action="/ky/accounts/logout/"' in html
