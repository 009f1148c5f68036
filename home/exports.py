"""The one CSV/XLSX writer of every admin export: no cell can ever run as a formula.

Members type their own names, phones, emails and initiative titles; editors type page titles.
Excel and LibreOffice run a CSV cell that starts with "=", "+", "-" or "@" (or a tab or carriage
return) as a formula ("CSV injection", OWASP), so such a cell gets a leading apostrophe, phone
numbers such as "+996…" included: correctness over looks. In XLSX the text is stored as a text
cell with Excel's own quote prefix (what typing the apostrophe in Excel does), never as a
formula.

Every spreadsheet the admin offers — the Club's listings and reports, and Wagtail's own (site
history, page types, aging and locked pages, workflows, form submissions) — is written by
Wagtail's `SpreadsheetExportMixin`. `neutralise_formulas()`, run once when the `home` app is
ready, wraps that mixin's two row writers, so every view using it (and every view added later)
escapes without opting in; re-registering each report URL would miss the next one. CSV keeps
streaming. tests/club/test_wagtail_exports.py fails if a view writes rows its own way.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
TEXT_FORMAT = "@"


def starts_like_formula(text):
    return text.startswith(FORMULA_TRIGGERS)


def escape_formula(text):
    """`text` with a leading apostrophe when a spreadsheet would read it as a formula."""
    return f"'{text}" if starts_like_formula(text) else text


class FormulaSafeCsvWriter:
    """Wraps the csv writer of one export: every text cell escaped as it is written."""

    def __init__(self, writer):
        self.writer = writer

    def writerow(self, row):
        return self.writer.writerow(
            {
                field: escape_formula(value) if isinstance(value, str) else value
                for field, value in row.items()
            }
        )


def as_text_cell(cell):
    """An XLSX text cell stays text, even edited later; a formula-like one is quote-prefixed."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        cell.number_format = TEXT_FORMAT
        if starts_like_formula(cell.value):
            cell.quotePrefix = True
    return cell


def neutralise_formulas(mixin=SpreadsheetExportMixin):
    """Wrap the mixin's CSV and XLSX row writers once (idempotent: `ready()` may run twice)."""
    if getattr(mixin, "formulas_neutralised", False):
        return
    write_csv_row, generate_xlsx_row = mixin.write_csv_row, mixin.generate_xlsx_row

    def safe_write_csv_row(self, writer, row_dict):
        return write_csv_row(self, FormulaSafeCsvWriter(writer), row_dict)

    def safe_generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in generate_xlsx_row(self, worksheet, row_dict, date_format=date_format):
            yield as_text_cell(cell)

    mixin.write_csv_row = safe_write_csv_row
    mixin.generate_xlsx_row = safe_generate_xlsx_row
    mixin.formulas_neutralised = True
