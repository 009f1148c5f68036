"""A member's name cannot run as a formula in the progress reports' CSV and XLSX exports."""

import pytest

from home.members.models import MemberProfile
from tests.spreadsheets import FORMULA, assert_text_cells, csv_cells, xlsx_rows

pytestmark = pytest.mark.django_db

MEMBERS_REPORT = "/admin/club/progress-reports/members/"


@pytest.fixture
def formula_name(people):
    MemberProfile.objects.filter(user=people["member"]).update(full_name=FORMULA)


def test_member_report_escapes_names_and_keeps_numbers(client, people, formula_name):
    client.force_login(people["editor"])
    cells = csv_cells(client.get(MEMBERS_REPORT, {"export": "csv"}))
    assert "'" + FORMULA in cells and FORMULA not in cells
    xlsx = client.get(MEMBERS_REPORT, {"export": "xlsx"})
    rows = xlsx_rows(xlsx)
    row = next(row for row in rows if row[0].value == FORMULA)
    assert (row[0].data_type, row[0].number_format, row[0].quotePrefix) == ("s", "@", True)
    # Figures stay numbers that a spreadsheet can add up.
    assert row[2].value == 0 and row[2].data_type == "n"


def test_member_report_csv_still_streams_in_the_language(client, people, formula_name):
    client.force_login(people["editor"])
    response = client.get(MEMBERS_REPORT, {"export": "csv"})
    assert response.streaming
    assert "'" + FORMULA in csv_cells(response)
    assert_text_cells(client.get(MEMBERS_REPORT, {"export": "xlsx"}), FORMULA)
