"""Text a member typed cannot run as a formula in the admin's CSV and XLSX exports."""

import pytest

from home.exports import escape_formula
from tests.spreadsheets import FORMULA, PHONE, assert_text_cells, csv_cells

from .conftest import make_application, make_member

pytestmark = pytest.mark.django_db


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
