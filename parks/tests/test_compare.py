"""The shortlist in the address and the compare page: up to four plots, bad codes left out with a note."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from conftest import build_park
from core.i18n import language_codes
from core.testing import language_switch_links, parse, query_count
from parks.models import Plot
from parks.tests.conftest import draw_park


def compare(client, query="", language="en"):
    with translation.override(language):
        url = reverse("parks:compare")
    return client.get(url + query)


def columns(response):
    table = parse(response.content).find("table", class_="compare-table")
    if table is None:
        return []
    return [cell.find("a").text() for cell in table.find("thead").find_all("th")]


def notes(response):
    alert = parse(response.content).find("div", class_="notice-error")
    return [" ".join(item.text().split()) for item in alert.find_all("li")] if alert else []


def row(response, label):
    table = parse(response.content).find("table", class_="compare-table")
    for tr in table.find("tbody").find_all("tr"):
        header = tr.find("th")
        if header is not None and header.attrs.get("scope") == "row" and header.text().strip().startswith(label):
            return [" ".join(cell.text().split()) for cell in tr.find_all("td")]
    raise AssertionError(f"no row {label}")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_shortlist_is_the_address(client, park, language):
    response = compare(client, "?plot=P2-0-0&plot=P0-0-1&plot=P1-1-2", language)
    assert response.status_code == 200
    assert columns(response) == ["P2-0-0", "P0-0-1", "P1-1-2"]  # in the order given
    assert notes(response) == []
    # No cookie, nothing stored: the same address gives the same page to anyone.
    assert not response.cookies
    assert "Vary" not in response or "Cookie" not in response["Vary"]
    # The language switch keeps the shortlist.
    assert language_switch_links(response.content) == {
        other: f"/{other}/park/compare/?plot=P2-0-0&plot=P0-0-1&plot=P1-1-2"
        for other in language_codes()
        if other != language
    }


@pytest.mark.django_db
def test_the_lease_price_reads_as_in_vietnamese_elsewhere(client, park):
    response = compare(client, "?plot=P2-0-0", "vi")
    assert row(response, "Giá thuê") == ["50.000 đồng/m²/năm"]


@pytest.mark.django_db
def test_the_compare_page_sets_the_plots_side_by_side(client, park):
    response = compare(client, "?plot=P2-0-0&plot=P2-0-2")
    assert row(response, "Area") == ["10,000 m²", "10,002 m²"]
    assert row(response, "Status")[0].startswith("Available") and row(response, "Status")[1].startswith("Leased")
    assert row(response, "Power") == ["ask the Board", "ask the Board"]
    assert row(response, "Site cleared") == ["ask the Board", "ask the Board"]
    assert row(response, "Terms verified") == ["1 October 2026", "1 October 2026"]
    # The price is written as on the plot's own page and in the tables (docs/wording.md).
    assert row(response, "Lease price") == ["50,000 VND/m²/year", "50,000 VND/m²/year"]
    assert row(response, "Available neighbours") == ["none", "none"]
    # Each plot: its data sheet, and the shortlist without it.
    assert row(response, "Documents") == ["Data sheet (PDF)", "Data sheet (PDF)"]
    html = parse(response.content)
    links = [a.attrs["href"] for a in html.find("table", class_="compare-table").find_all("a")]
    assert "/en/park/plots/P2-0-0/data-sheet.pdf" in links
    assert "/en/park/compare/?plot=P2-0-2" in links  # remove P2-0-0
    # One inquiry about the whole shortlist.
    ask = [a for a in html.find_all("a") if a.text().startswith("Ask the Board about these")][0]
    assert ask.attrs["href"] == "/en/contact/inquiry/?shortlist=P2-0-0&shortlist=P2-0-2"


@pytest.mark.django_db
def test_an_estimate_with_its_assumptions(client, park):
    response = compare(client, "?plot=P2-0-0")
    cost = row(response, "Estimated lease cost")[0]
    assert cost == "ask the Board"  # no lease term end in the test park: no estimate is made up
    plot = Plot.objects.get(code="P2-0-0")
    plot.lease_term_end = plot.verified_on.replace(year=2072)
    plot.save()
    response = compare(client, "?plot=P2-0-0")
    assert "billion" in row(response, "Estimated lease cost")[0]
    assert "no indexation or revision of the land rent" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "kept", "expected_notes"),
    [
        ("?plot=nope", [], ["There is no plot with the code “nope”; it was left out."]),
        (
            "?plot=P2-0-0&plot=<script>alert(1)</script>",
            ["P2-0-0"],
            ["There is no plot with the code “<script>alert(1)</script>”; it was left out."],
        ),
        ("?plot=" + "x" * 5000, [], ["There is no plot with the code “" + "x" * 39 + "…”; it was left out."]),
        ("?plot=P2-0-0&plot=P2-0-0&plot=&plot=%20", ["P2-0-0"], []),
        (
            "?plot=P0-0-0&plot=P0-0-1&plot=P0-0-2&plot=P1-0-0&plot=P1-0-1",
            ["P0-0-0", "P0-0-1", "P0-0-2", "P1-0-0"],
            ["A shortlist holds up to 4 plots, so this one was left out: P1-0-1."],
        ),
        ("?plot=P0-0-0&plots=P0-0-1&plot[]=P0-0-2", ["P0-0-0"], []),
    ],
)
def test_codes_that_cannot_be_used_are_left_out_with_a_note(client, park, query, kept, expected_notes):
    response = compare(client, query)
    assert response.status_code == (400 if expected_notes else 200)
    assert columns(response) == kept
    assert notes(response) == expected_notes
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.django_db
def test_a_flood_of_codes_is_read_only_so_far(client, park):
    query = "?" + "&".join(f"plot=X{i}" for i in range(500)) + "&plot=P2-0-0"
    response = compare(client, query)
    assert response.status_code == 400
    assert columns(response) == []  # the valid code came after twenty unknown ones: not looked up
    assert len(notes(response)) == 21  # twenty unknown codes, then one note for the rest


@pytest.mark.django_db
def test_an_empty_shortlist_explains_itself(client, park):
    response = compare(client)
    assert response.status_code == 200
    assert "Your shortlist is empty." in response.content.decode()
    assert parse(response.content).find("select", id="add-plot") is not None


@pytest.mark.django_db
def test_the_add_form_keeps_the_shortlist_and_disappears_when_it_is_full(client, park):
    response = compare(client, "?plot=P2-0-0")
    form = parse(response.content).find("form", class_="compare-add")
    assert form.attrs["method"] == "get"
    assert [i.attrs["value"] for i in form.find_all("input", type="hidden")] == ["P2-0-0"]
    options = [o.attrs["value"] for o in form.find("select").find_all("option")]
    assert "P2-0-0" not in options and len(options) == Plot.objects.count() - 1
    response = compare(client, "?plot=P0-0-0&plot=P0-0-1&plot=P0-0-2&plot=P1-0-0")
    assert parse(response.content).find("form", class_="compare-add") is None


@pytest.mark.django_db
def test_compare_is_read_only_and_cached_like_a_page(client, park, settings):
    with translation.override("en"):
        assert client.post(reverse("parks:compare")).status_code == 405
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    first = compare(client, "?plot=P2-0-0")
    second = compare(client, "?plot=P2-0-0")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    other = compare(client, "?plot=P2-0-1")
    assert other["X-Page-Cache"] == "miss" and columns(other) == ["P2-0-1"]
    cache.clear()


@pytest.mark.django_db
@pytest.mark.parametrize("scale", [1, 10])
def test_query_count_does_not_grow_with_plots(client, empty_site, scale):
    build_park(scale=scale)
    draw_park()
    with translation.override("en"):
        full = reverse("parks:compare") + "?plot=P0-0-0&plot=P1-0-0&plot=P2-0-0&plot=P2-1-1"
        counts = {
            "four": query_count(client, full),
            "empty": query_count(client, reverse("parks:compare")),
        }
    # The plots, their sectors, their phases' plots, the wastewater plant, the codes (none when full), + layout.
    assert counts == {"four": 6, "empty": 3}


@pytest.mark.django_db
def test_the_finder_marks_plots_for_the_shortlist(client, park):
    with translation.override("en"):
        response = client.get(reverse("parks:finder") + "?status=available")
    html = parse(response.content)
    form = html.find("form", id="shortlist-form")
    assert form.attrs["method"] == "get" and form.attrs["action"] == "/en/park/compare/"
    boxes = html.find("table", class_="data").find_all("input", type="checkbox")
    assert [box.attrs["value"] for box in boxes] == list(
        Plot.objects.filter(status="available").order_by("code").values_list("code", flat=True)
    )
    assert all(box.attrs["form"] == "shortlist-form" and box.attrs["name"] == "plot" for box in boxes)
    assert boxes[0].attrs["aria-label"] == "Add plot P0-0-0 to the shortlist"
