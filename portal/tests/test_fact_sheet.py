"""The park's fact sheet: a PDF from live data that gathers the park, its land, incentives and contacts."""

import io

import pytest
from django.utils import timezone
from pypdf import PdfReader

from parks.models import Plot
from parks.tests.conftest import draw_park


def read(response):
    reader = PdfReader(io.BytesIO(response.content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.django_db
def test_the_fact_sheet_in_vietnamese(client, park):
    draw_park()
    response = client.get("/vi/park/fact-sheet.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'inline; filename="thanh-binh-fact-sheet-vi-{today}.pdf"'
    reader, text = read(response)
    assert len(reader.pages) >= 1
    for words in (
        "Khu công nghiệp Thanh Bình",
        "Số liệu chính",
        "Đất còn trống",
        "Nghị định số 103/2024/NĐ-CP",
        "Nguyễn Văn 0",
    ):
        assert words in text, words
    assert "01/10/2026" in text
    for plot in Plot.objects.filter(status=Plot.Status.AVAILABLE):
        assert f"Lô đất {plot.code}" in text


@pytest.mark.django_db
def test_the_fact_sheet_in_english(client, park):
    response = client.get("/en/park/fact-sheet.pdf")
    _reader, text = read(response)
    for words in ("Thanh Binh Industrial Park", "Key figures", "Available land", "Decree No. 103/2024/ND-CP", "Head"):
        assert words in text, words
    assert "1 October 2026" in text


@pytest.mark.django_db
def test_without_a_park_there_is_no_fact_sheet(client, empty_site):
    assert client.get("/en/park/fact-sheet.pdf").status_code == 404
