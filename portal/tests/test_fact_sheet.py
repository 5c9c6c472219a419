"""The park's fact sheet: a PDF from live data that gathers the park, its land, incentives and contacts."""

import io
import logging

import pytest
from django.utils import timezone, translation
from pypdf import PdfReader

from core.i18n import language_codes
from core.pdf import Document
from core.testing import korean_font
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


def missing_glyphs(caplog):
    return [record.getMessage() for record in caplog.records if "missing the following glyphs" in record.getMessage()]


@pytest.mark.django_db
@pytest.mark.parametrize("language", language_codes())
def test_the_fact_sheet_prints_every_letter_in_every_language(client, park, settings, caplog, language):
    # A language written in another script (Korean: Django's own dates, "2026년 10월 1일") needs the fallback font.
    settings.PDF_FALLBACK_FONTS = [korean_font()]
    caplog.set_level(logging.WARNING, logger="fpdf")
    response = client.get(f"/{language}/park/fact-sheet.pdf")
    assert response.status_code == 200
    _reader, text = read(response)
    assert "Khu công nghiệp Thanh Bình" in text or "Thanh Binh Industrial Park" in text
    assert missing_glyphs(caplog) == []


@pytest.mark.parametrize("fallback", [True, False])
def test_letters_the_sites_font_lacks_come_from_the_fallback_font(settings, caplog, fallback):
    settings.PDF_FALLBACK_FONTS = [korean_font()] if fallback else []
    caplog.set_level(logging.WARNING, logger="fpdf")
    with translation.override("ko"):
        document = Document(title="Tờ thông tin", header="KCN Thanh Bình", footer="Thái Nguyên", language="ko")
        document.paragraph("Khu công nghiệp Thanh Bình · 2026년 10월 1일")
        content = bytes(document.output())
    text = PdfReader(io.BytesIO(content)).pages[0].extract_text()
    assert "Khu công nghiệp Thanh Bình" in text
    if fallback:
        assert "2026년 10월 1일" in text
        assert missing_glyphs(caplog) == []
    else:
        # Without one, the letters are left out (and fpdf2 says so): what the setting is for.
        assert "년" not in text
        assert missing_glyphs(caplog)
