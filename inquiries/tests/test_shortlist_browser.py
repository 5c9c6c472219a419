"""In Chromium: an investor filters plots, shortlists three, compares them, downloads a data sheet and sends
one inquiry about the whole shortlist."""

import io
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.core.cache import cache
from pypdf import PdfReader

from inquiries.models import Inquiry
from parks.models import Plot
from parks.tests.conftest import draw_park

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_investor_shortlists_compares_downloads_and_asks_once(page, live_server, park):
    draw_park()
    # The investor filters the plots.
    page.goto(f"{live_server.url}/en/park/plots/")
    filters = page.get_by_role("search")
    filters.get_by_label("Status").select_option("available")
    with page.expect_navigation():
        filters.get_by_role("button", name="Show plots").click()
    assert page.get_by_role("heading", name="6 plots found").is_visible()

    # Marks three of them and compares.
    chosen = ["P0-1-0", "P1-0-0", "P2-1-0"]
    for code in chosen:
        page.get_by_role("checkbox", name=f"Add plot {code} to the shortlist").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Compare the marked plots").click()
    assert urlsplit(page.url).path == "/en/park/compare/"
    assert parse_qs(urlsplit(page.url).query) == {"plot": chosen}
    headers = page.locator("table.compare-table thead th a.compare-code")
    assert headers.all_inner_texts() == chosen
    area = page.locator("table.compare-table tbody tr").filter(
        has=page.get_by_role("rowheader", name="Area", exact=True)
    )
    assert area.locator("td").all_inner_texts() == ["10,000 m²"] * 3

    # Downloads the data sheet of one of them.
    with page.expect_download() as download_info:
        page.locator("table.compare-table").get_by_role("link", name="Data sheet (PDF)").nth(1).click()
    download = download_info.value
    assert download.suggested_filename.startswith("thanh-binh-plot-P1-0-0-")
    reader = PdfReader(io.BytesIO(Path(download.path()).read_bytes()))
    assert 1 <= len(reader.pages) <= 2
    assert "Plot P1-0-0" in reader.pages[0].extract_text()

    # Sends one inquiry about the whole shortlist.
    with page.expect_navigation():
        page.get_by_role("link", name="Ask the Board about these 3 plots").click()
    assert page.locator("h1").inner_text() == "Ask about your shortlist"
    form = page.locator("form.inquiry-form")
    assert form.get_by_label("Land needed (m²)").input_value() == "30000"
    form.get_by_label("Company").fill("Kanto Seimitsu Co., Ltd.")
    form.get_by_label("Contact person").fill("Sato Hanako")
    form.get_by_label("Email").fill("sato@example.jp")
    form.get_by_label("Phone").fill("+81 3 1234 5678")
    form.get_by_label("Country").fill("Japan")
    form.get_by_label("English").check()
    form.get_by_label("Timeline").select_option("6_months")
    form.get_by_label("Your message").fill("We would like to visit these three plots in May.")
    form.get_by_label("I agree that the Board processes these details").check()
    with page.expect_navigation():
        form.get_by_role("button", name="Send the inquiry").click()
    assert page.url == f"{live_server.url}/en/contact/inquiry/sent/"
    inquiry = Inquiry.objects.get()
    assert inquiry.reference in page.locator("main").inner_text()
    assert sorted(plot.code for plot in inquiry.plots.all()) == chosen
    assert inquiry.land_needed_m2 == 30000
    assert [message.to for message in mail.outbox] == [["sato@example.jp"], ["board@example.com"]]
    assert set(Plot.objects.filter(code__in=chosen).values_list("status", flat=True)) == {"available"}
    assert page.problems == []
