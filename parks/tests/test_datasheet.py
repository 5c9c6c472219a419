"""The plot data sheet: a PDF made on request, one or two pages, its text readable in both languages."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import timezone, translation
from pypdf import PdfReader

from parks.models import Infrastructure, Park, Plot
from parks.tests.conftest import draw_park


@pytest.fixture
def plot(park):
    draw_park()
    plot = Plot.objects.get(code="P2-0-0")
    plot.power_kva = 1250
    plot.power_voltage_kv = Decimal("22")
    plot.water_m3_day = 125
    plot.site_cleared = True
    plot.site_levelled = True
    plot.utilities_connected = False
    plot.site_verified_on = date(2026, 9, 15)
    plot.lease_term_end = date(2072, 12, 31)
    plot.is_illustrative = True
    plot.notes_vi = "Lô đất bằng phẳng, gần đường trục chính."
    plot.save()
    Infrastructure.objects.create(
        park=Park.objects.get(),
        kind=Infrastructure.Kind.WASTEWATER,
        title_vi="Nhà máy xử lý nước thải",
        capacity_vi="2.500 m³/ngày đêm",
        capacity_en="2,500 m³/day",
        verified_on=date(2026, 10, 1),
    )
    return plot


def fetch(client, plot, language):
    with translation.override(language):
        return client.get(plot.get_absolute_url() + "data-sheet.pdf")


def text_of(response):
    reader = PdfReader(io.BytesIO(response.content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.django_db
def test_the_vietnamese_data_sheet(client, plot):
    response = fetch(client, plot, "vi")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'inline; filename="thanh-binh-plot-P2-0-0-{today}.pdf"'
    reader, text = text_of(response)
    assert 1 <= len(reader.pages) <= 2
    assert "Lô đất P2-0-0" in text
    # Vietnamese words with every kind of mark, as the reader copies them.
    for words in ("Khu công nghiệp Thanh Bình", "Điều kiện thuê", "Hạ tầng đến ranh giới lô đất", "Mức sẵn sàng"):
        assert words in text, words
    assert "1.250 kVA" in text and "hỏi Ban Quản lý" in text
    # The verified dates: of the lease terms and of the utilities.
    assert "01/10/2026" in text and "15/9/2026" in text
    assert reader.metadata.title == "Lô đất P2-0-0: phiếu thông tin"


@pytest.mark.django_db
def test_the_english_data_sheet(client, plot):
    response = fetch(client, plot, "en")
    reader, text = text_of(response)
    assert 1 <= len(reader.pages) <= 2
    assert "Plot P2-0-0" in text and "Plot data sheet" in text
    assert "1,250 kVA at 22 kV" in text and "ask the Board" in text
    assert "1 October 2026" in text and "15 September 2026" in text
    # Names the board has not translated stay in Vietnamese, with their marks.
    assert "Khu công nghiệp Thanh Bình" in text or "Thanh Binh Industrial Park" in text
    assert "Giai đoạn II" not in text and "Phase II" in text
    assert "illustrative examples, not a binding offer" in text


@pytest.mark.django_db
def test_an_unknown_plot_is_a_404_and_other_methods_are_refused(client, park):
    assert client.get("/en/park/plots/NOPE/data-sheet.pdf").status_code == 404
    assert client.post("/en/park/plots/P2-0-0/data-sheet.pdf").status_code == 405


@pytest.mark.django_db
def test_the_data_sheet_is_cached_like_a_page_and_made_anew_after_a_change(
    client, plot, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    first = fetch(client, plot, "en")
    again = fetch(client, plot, "en")
    assert (first["X-Page-Cache"], again["X-Page-Cache"]) == ("miss", "hit")
    assert again.content == first.content
    with django_capture_on_commit_callbacks(execute=True):
        plot.power_kva = 2000
        plot.save()
    changed = fetch(client, plot, "en")
    assert changed["X-Page-Cache"] == "miss"
    assert "2,000 kVA" in text_of(changed)[1]
    cache.clear()
