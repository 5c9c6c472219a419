"""The open data CSV of plots, with names typed by the board that a spreadsheet would run as formulas."""

import csv
import io

import pytest

from parks.models import Phase, Zone


@pytest.mark.django_db
def test_plots_csv_neutralises_formula_cells(client, park):
    Phase.objects.filter(name_en="Phase I").update(name_vi='=HYPERLINK("http://evil.example","x")')
    Zone.objects.filter(code="0-0").update(code="@SUM(1)")
    rows = list(csv.reader(io.StringIO(client.get("/api/plots.csv").content.decode())))
    header, body = rows[0], rows[1:]
    phases = {row[header.index("phase")] for row in body}
    zones = {row[header.index("zone")] for row in body}
    assert '\'=HYPERLINK("http://evil.example","x")' in phases
    assert "'@SUM(1)" in zones
    assert not any(cell.startswith(("=", "+", "@", "-")) for row in body for cell in row)
