"""Junk sent to every admin view of the Club's own, signed in as an editor: never a 5xx.

The views are found in the URL resolver (tests/admin_routes.py), so a view added later is
swept too: ids in paths, every filter the list offers, search, paging, ordering and export
parameters, each set to every junk id and to the general junk values.
"""

from urllib.parse import quote_from_bytes

import pytest

from home.members.roles import EDITORS
from tests.admin_language import set_admin_language
from tests.admin_routes import SENTINEL, club_admin_routes, club_settings_paths
from tests.junk import JUNK, JUNK_IDS, get
from tests.members.conftest import make_member

pytestmark = pytest.mark.django_db

ROUTES = club_admin_routes()
LISTS = [route for route in ROUTES if route.is_list]
WITH_IDS = [route for route in ROUTES if not route.is_list]
LIST_PARAMETERS = ["q", "p", "ordering", "export", "locale"]
# A sample of the general junk: text, not ids (the ids are all sent).
TEXT_JUNK = [JUNK[3], JUNK[4], JUNK[6], JUNK[21], JUNK[26], JUNK[30]]


@pytest.fixture
def editor_client(client, settings):
    settings.RATELIMIT_ENABLE = False
    client.force_login(make_member("editor", group=EDITORS))
    return client


def filter_names(response):
    """The filters the list offers (its filterset's form), found in the rendered page."""
    filters = (response.context or {}).get("filters")
    return list(filters.form.fields) if hasattr(filters, "form") else []


def test_the_sweep_finds_the_clubs_admin_views():
    names = {route.name for route in ROUTES}
    assert {"participants:index", "memberprofile:edit", "progress_reports:members"} <= names
    assert len(LISTS) >= 30 and len(WITH_IDS) >= 40


@pytest.mark.parametrize("route", LISTS, ids=lambda route: route.name)
def test_filters_and_exports_with_junk(editor_client, route):
    path = route.path()
    names = filter_names(get(editor_client, path)) + LIST_PARAMETERS
    for index, value in enumerate(JUNK_IDS + TEXT_JUNK):
        get(editor_client, path, [(name.encode(), value) for name in names])
        if index % 3 == 0:
            # The spreadsheets read the same filters: every third junk value, filters and
            # all, each format in turn.
            pairs = [(name.encode(), value) for name in names if name != "export"]
            get(editor_client, path, [*pairs, (b"export", (b"csv", b"xlsx")[index // 3 % 2])])


@pytest.mark.parametrize("route", WITH_IDS, ids=lambda route: route.name)
def test_ids_in_paths_with_junk(editor_client, route):
    for value in JUNK_IDS:
        get(editor_client, route.template.replace(SENTINEL, quote_from_bytes(value, safe="")))


def test_settings_with_junk_site_ids(editor_client, home_pages):
    for path in club_settings_paths():
        site = path.rstrip("/").rsplit("/", 1)[-1]
        for value in JUNK_IDS:
            junk = path.replace(f"/{site}/", f"/{quote_from_bytes(value, safe='')}/")
            get(editor_client, junk)


def test_a_nul_in_an_admin_address_is_a_plain_400_in_her_language(client):
    editor = make_member("editor", group=EDITORS)
    set_admin_language(editor, "en")
    client.force_login(editor)
    response = client.get("/admin/snippets/home/track/add/?locale=%00")
    assert response.status_code == 400
    assert response.content.decode() == (
        "The address of this page holds a character the site cannot read."
    )


def test_a_page_long_search_term_is_ignored(editor_client):
    make_member("aigul", full_name="Айгүл Токтогулова")
    response = editor_client.get("/admin/club-members/", {"q": "x" * 100_000})
    assert response.status_code == 200
    assert "Айгүл Токтогулова" in response.content.decode()
    found = editor_client.get("/admin/club-members/", {"q": "Айгүл"})
    assert [str(row) for row in found.context["object_list"]] == ["Айгүл Токтогулова"]


def test_a_word_for_a_snippet_id_in_the_chooser_is_a_404(editor_client):
    assert editor_client.get("/admin/snippets/choose/home/track/chosen/abc/").status_code == 404
