"""Reading the admin's CSV and XLSX exports back in tests."""

import csv
import io

from openpyxl import load_workbook

FORMULA = '=HYPERLINK("http://evil.example/","Click")'
PHONE = "+996555101201"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response):
    return list(csv.reader(io.StringIO(body(response).decode())))


def xlsx_rows(response):
    """The data rows of the first sheet, as openpyxl cells (type and format readable)."""
    sheet = load_workbook(io.BytesIO(body(response))).active
    return list(sheet.iter_rows(min_row=2))


def csv_cells(response):
    return {cell for row in csv_rows(response)[1:] for cell in row}


def assert_text_cells(response, *values):
    """Each of `values` is stored as a text cell shown as typed, never as a formula."""
    cells = {cell.value: cell for row in xlsx_rows(response) for cell in row}
    for value in values:
        assert value in cells, f"{value!r} is not in the workbook"
        cell = cells[value]
        assert (cell.data_type, cell.number_format, cell.quotePrefix) == ("s", "@", True)
