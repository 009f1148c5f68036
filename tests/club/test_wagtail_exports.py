"""Wagtail's own reports export through the Club's formula-neutralising writer too.

A member types an initiative's title; a mentor features it; Wagtail's site history carries the
title into its CSV and XLSX. Page titles reach the page reports the same way.
"""

import pytest
from django.urls import get_resolver
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from tests.spreadsheets import FORMULA, assert_text_cells, csv_cells

from .conftest import make_initiative

pytestmark = pytest.mark.django_db

# What a writer of its own would override to bypass home/exports.py.
WRITER_METHODS = ("write_csv_row", "generate_xlsx_row", "stream_csv", "write_xlsx")


@pytest.fixture
def featured_formula(client, aigul, mentor):
    """Her initiative titled like a formula, featured by a mentor in the admin."""
    initiative = make_initiative(aigul, title=FORMULA)
    client.force_login(mentor)
    response = client.post(f"/admin/club-initiatives/edit/{initiative.pk}/", {"featured": "on"})
    assert response.status_code == 302
    return initiative


def assert_escaped(url, client):
    cells = csv_cells(client.get(url, {"export": "csv"}))
    assert "'" + FORMULA in cells
    assert FORMULA not in cells
    assert_text_cells(client.get(url, {"export": "xlsx"}), FORMULA)


def test_site_history_export_escapes_a_members_title(client, featured_formula, editor):
    client.force_login(editor)
    assert_escaped("/admin/reports/site-history/", client)


@pytest.fixture
def formula_page(home_pages, editor):
    """A published page titled like a formula, locked by the editor."""
    page = home_pages["en"]
    page.title = FORMULA
    page.save_revision(user=editor).publish()
    page.refresh_from_db()
    page.locked, page.locked_by = True, editor
    page.save()
    return page


@pytest.mark.parametrize("report", ["aging-pages", "locked"])
def test_page_reports_escape_a_title(client, formula_page, editor, report):
    client.force_login(editor)
    assert_escaped(f"/admin/reports/{report}/", client)


def _export_views(patterns):
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            yield from _export_views(pattern.url_patterns)
            continue
        view = getattr(pattern.callback, "view_class", None)
        if view is not None and issubclass(view, SpreadsheetExportMixin):
            yield view


def test_no_export_view_writes_spreadsheets_its_own_way():
    """Escaping sits in Wagtail's writer methods: a view overriding one would escape it."""
    views = set(_export_views(get_resolver().url_patterns))
    assert len(views) >= 10  # Wagtail's reports and the Club's listings
    own_writers = {
        f"{view.__module__}.{view.__qualname__}.{name}"
        for view in views
        for name in WRITER_METHODS
        if getattr(view, name) is not getattr(SpreadsheetExportMixin, name)
    }
    assert own_writers == set()
