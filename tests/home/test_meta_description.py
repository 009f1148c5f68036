"""Every page carries a meta description (search results show it): its own, else the site's."""

import re
from types import SimpleNamespace

import pytest
from django.utils import translation

from home.templatetags.club_tags import page_description


def _description(html):
    return re.search(r'<meta name="description" content="([^"]*)">', html).group(1)


@pytest.mark.django_db
def test_home_page_describes_itself_in_its_language(client, home_pages):
    html = client.get("/ky/").content.decode()
    assert _description(html) == page_description(home_pages["ky"])
    assert home_pages["ky"].intro and home_pages["ky"].intro[:40] in _description(html)


@pytest.mark.django_db
def test_a_view_without_a_page_gets_the_sites_description(client, home_pages):
    html = client.get("/ru/search/?q=бюджет").content.decode()
    assert (
        _description(html)
        == "Курсы, библиотека практик и новости Клуба депутатов-женщин местных кенешей."
    )


def test_the_editors_search_description_comes_first_then_the_pages_own_text():
    page = SimpleNamespace(search_description="", summary="", intro="<p>Budget &amp; hearings</p>")
    assert page_description(page) == "Budget & hearings"
    page.search_description = "Chosen by the editor"
    assert page_description(page) == "Chosen by the editor"
    long = SimpleNamespace(summary="word " * 100)
    assert len(page_description(long)) <= 160
    with translation.override("ky"):
        assert page_description(None).startswith("Жергиликтүү кеңештердин")
