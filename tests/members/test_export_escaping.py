"""Text a member typed cannot run as a formula in the admin's CSV and XLSX exports."""

import pytest
from django.urls import get_resolver
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from home.exports import SafeSpreadsheetExportMixin, escape_formula
from tests.spreadsheets import FORMULA, PHONE, assert_text_cells, csv_cells

from .conftest import make_application, make_member

pytestmark = pytest.mark.django_db

PROJECT_APPS = ("home", "courses", "library", "news")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("=1+1", "'=1+1"),
        ("+996555101201", "'+996555101201"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Айгүл = 1", "Айгүл = 1"),
        ("", ""),
    ],
)
def test_escape_formula(text, expected):
    assert escape_formula(text) == expected


@pytest.fixture
def formula_member(editor):
    return make_member("hacker", full_name=FORMULA, phone=PHONE)


@pytest.mark.parametrize("url", ["/admin/club-members/", "/admin/club-applications/"])
def test_member_and_application_exports_escape_formulas(client, editor, formula_member, url):
    make_application(full_name=FORMULA, email="e@example.org", phone=PHONE)
    client.force_login(editor)
    cells = csv_cells(client.get(url, {"export": "csv"}))
    assert "'" + FORMULA in cells and "'" + PHONE in cells
    assert FORMULA not in cells and PHONE not in cells
    xlsx = client.get(url, {"export": "xlsx"})
    assert_text_cells(xlsx, FORMULA, PHONE)


def test_csv_export_still_streams(client, editor, formula_member):
    client.force_login(editor)
    assert client.get("/admin/club-members/", {"export": "csv"}).streaming


def _exporting_views(patterns):
    """(view class, URL name) of every view with a `list_export` configured by this project:
    through a viewset (passed to as_view) or on one of the project's own view classes."""
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            yield from _exporting_views(pattern.url_patterns)
            continue
        view = getattr(pattern.callback, "view_class", None)
        if view is None or not issubclass(view, SpreadsheetExportMixin):
            continue
        configured = pattern.callback.view_initkwargs.get("list_export")
        if configured or (view.list_export and view.__module__.startswith(PROJECT_APPS)):
            yield view, pattern.name


def test_every_export_of_the_project_escapes_formulas():
    views = list(_exporting_views(get_resolver().url_patterns))
    names = {name for _view, name in views}
    # members, applications, 3 progress reports, participants, mailing list, library tags
    assert len(names) >= 8
    unsafe = {name for view, name in views if not issubclass(view, SafeSpreadsheetExportMixin)}
    assert unsafe == set()
