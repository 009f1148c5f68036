"""The one CSV/XLSX writer of every admin export: no cell can ever run as a formula.

Members type their own names, phones and emails on the join and account forms. Excel and
LibreOffice run a CSV cell that starts with "=", "+", "-" or "@" (or a tab or carriage return)
as a formula ("CSV injection", OWASP), so such a cell gets a leading apostrophe, phone numbers
such as "+996…" included: correctness over looks. In XLSX the text is stored as a text cell
with Excel's own quote prefix (what typing the apostrophe in Excel does), never as a formula.

Every export view of the project puts `SafeSpreadsheetExportMixin` before Wagtail's view class
(Wagtail's `SpreadsheetExportMixin`: model and snippet listings, reports); CSV keeps streaming.
"""

from wagtail.admin.views import generic
from wagtail.snippets.views import snippets

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
TEXT_FORMAT = "@"


def starts_like_formula(text):
    return text.startswith(FORMULA_TRIGGERS)


def escape_formula(text):
    """`text` with a leading apostrophe when a spreadsheet would read it as a formula."""
    return f"'{text}" if starts_like_formula(text) else text


class SafeSpreadsheetExportMixin:
    """Escapes text cells of Wagtail's CSV export and keeps them text cells in XLSX."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return escape_formula(value)
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            if isinstance(cell.value, str):
                cell.data_type = "s"
                cell.number_format = TEXT_FORMAT  # edited later, the cell still stays text
                if starts_like_formula(cell.value):
                    cell.quotePrefix = True
            yield cell


class ExportIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    """Index view of a ModelViewSet with a `list_export`."""


class SnippetExportIndexView(SafeSpreadsheetExportMixin, snippets.IndexView):
    """Index view of a SnippetViewSet with a `list_export`."""
