"""CSV that a spreadsheet opens as data: no cell runs as a formula, whoever typed it.

Excel, LibreOffice and Google Sheets take a cell that starts with =, +, -, @
(or a tab or carriage return before one) as a formula: "=HYPERLINK(...)" in a
company name or a plot note would run on the Board's computer. Every CSV the
site writes goes through `writer()`, which prefixes such a cell with an
apostrophe, the spreadsheets' own mark for "text".
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value` as a cell a spreadsheet shows as text; numbers (which may be negative) stay numbers."""
    if value is None:
        return ""
    if isinstance(value, (bool, int, float)) or type(value).__name__ == "Decimal":
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SafeWriter:
    """csv.writer with every cell passed through `safe_cell`."""

    def __init__(self, stream, **options):
        self._writer = csv.writer(stream, **options)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(stream, **options):
    return SafeWriter(stream, **options)
