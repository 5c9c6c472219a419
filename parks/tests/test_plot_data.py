"""A plot's utilities, readiness and room to grow: on its page in both languages, "ask the Board" where the
board has no figure, and the rule that figures come with the date they were verified."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core.testing import parse
from parks.models import Infrastructure, Park, Plot

VERIFIED = date(2026, 9, 15)


@pytest.fixture
def plot(park):
    plot = Plot.objects.get(code="P2-0-0")
    plot.power_kva = 1250
    plot.power_voltage_kv = Decimal("22")
    plot.water_m3_day = 125
    plot.wastewater_connection = Plot.Provision.AT_BOUNDARY
    plot.wastewater_m3_day = 100
    plot.fibre = Plot.Provision.PLANNED
    plot.site_cleared = True
    plot.site_levelled = False
    plot.handover_date = date(2027, 12, 31)
    plot.site_verified_on = VERIFIED
    plot.full_clean()
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


def page(client, plot, language):
    with translation.override(language):
        return client.get(plot.get_absolute_url())


def lines(response):
    section = parse(response.content).find("section", class_="site-data")
    return {
        line.find("dt").text().strip(): " ".join(line.find("dd").text().split())
        for line in section.find_all("div", class_="site-line")
    }


def checklist(response):
    section = parse(response.content).find("section", class_="site-data")
    return [" ".join(item.text().split()) for item in section.find("ul", class_="checklist").find_all("li")]


@pytest.mark.django_db
def test_utilities_and_readiness_on_the_plot_page_in_english(client, plot):
    response = page(client, plot, "en")
    assert response.status_code == 200
    assert lines(response) == {
        "Power": "1,250 kVA at 22 kV",
        "Water supply": "125 m³/day",
        "Wastewater": "At the plot boundary; up to 100 m³/day to the central plant "
        "Central treatment plant: 2,500 m³/day · as recorded on 1 October 2026",
        "Fibre": "Planned",
        "Access road": "ask the Board",
        "Environmental category": "ask the Board",
    }
    assert checklist(response) == [
        "Site cleared: Yes",
        "Site levelled: Not yet",
        "Utilities connected: ask the Board",
        "Handover: 31 December 2027",
    ]
    assert "Utilities and readiness verified on 15 September 2026" in response.content.decode()


@pytest.mark.django_db
def test_utilities_and_readiness_on_the_plot_page_in_vietnamese(client, plot):
    response = page(client, plot, "vi")
    found = lines(response)
    assert found["Điện"] == "1.250 kVA, cấp điện áp 22 kV"
    assert found["Cấp nước"] == "125 m³/ngày đêm"
    assert found["Đường tiếp cận"] == "hỏi Ban Quản lý"
    assert checklist(response)[0] == "Đã giải phóng mặt bằng: Có"
    assert checklist(response)[3] == "Bàn giao: 31/12/2027"
    assert "Hạ tầng và mức sẵn sàng được xác minh ngày 15/9/2026" in response.content.decode()


@pytest.mark.django_db
def test_without_figures_every_line_asks_the_board_and_the_phase_gives_the_handover(client, park):
    plot = Plot.objects.get(code="P1-0-0")
    phase = plot.zone.phase
    phase.expected_handover = date(2028, 6, 30)
    phase.save()
    response = page(client, plot, "en")
    assert set(lines(response).values()) == {"ask the Board"}
    assert checklist(response)[-1] == "Handover: 30 June 2028 (the phase's expected handover)"
    assert "The Board has not published utility or readiness figures for this plot yet" in response.content.decode()


@pytest.mark.django_db
def test_a_figure_needs_the_date_it_was_verified(park):
    plot = Plot.objects.get(code="P1-0-0")
    plot.power_kva = 500
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            plot.full_clean()
        assert error.value.message_dict == {
            "site_verified_on": ["Give the date these utility and readiness figures were last verified."]
        }
    plot.site_verified_on = VERIFIED
    plot.full_clean()


@pytest.mark.django_db
def test_room_to_grow_on_the_plot_page(client, park):
    plots = {plot.code: plot for plot in Plot.objects.filter(zone__code="2-0")}
    shapes = {
        "P2-0-0": "0,0 100,0 100,100 0,100",  # available
        "P2-0-1": "100,0 200,0 200,100 100,100",  # reserved, beside it
        "P2-0-2": "100,100 200,100 200,200 100,200",  # leased, at its corner
    }
    for code, shape in shapes.items():
        plots[code].shape = shape
        plots[code].save()
    neighbour = Plot.objects.get(code="P2-1-0")  # available, below it
    neighbour.shape = "0,100 100,100 100,200 0,200"
    neighbour.save()
    response = page(client, plots["P2-0-0"], "en")
    section = parse(response.content).find("section", class_="room-to-grow")
    text = " ".join(section.text().split())
    assert "shares a boundary with 1 available plot; together they make 20,000 m²" in text
    assert [link.text() for link in section.find_all("a")] == ["Plot P2-1-0"]
    response = page(client, plots["P2-0-2"], "vi")
    section = parse(response.content).find("section", class_="room-to-grow")
    assert "Lô đất P2-1-0" in section.text()  # leased itself, it still shows the available plot beside it


@pytest.mark.django_db
def test_the_plot_page_links_its_data_sheet_and_the_comparison(client, plot):
    response = page(client, plot, "en")
    actions = parse(response.content).find("ul", class_="plot-actions")
    hrefs = [link.attrs["href"] for link in actions.find_all("a")]
    assert hrefs == ["/en/park/plots/P2-0-0/data-sheet.pdf", "/en/park/compare/?plot=P2-0-0"]


@pytest.mark.django_db
def test_the_finder_offers_plots_that_reach_an_area_together(client, park):
    for code, shape in {
        "P2-0-0": "0,0 100,0 100,100 0,100",
        "P2-1-0": "100,0 200,0 200,100 100,100",
        "P1-0-0": "0,0 100,0 100,100 0,100",
        "P1-1-0": "300,0 400,0 400,100 300,100",  # same phase, across a gap
    }.items():
        Plot.objects.filter(code=code).update(shape=shape)
    with translation.override("en"):
        response = client.get("/en/park/plots/?min_area=15000")
    assert response.status_code == 200
    section = parse(response.content).find("section", class_="combinations")
    assert "Plots that can be combined to reach 15,000 m²" in section.text()
    groups = [" ".join(item.find("span", class_="combination-codes").text().split()) for item in section.find_all("li")]
    assert groups == ["P2-0-0 + P2-1-0"]
    link = section.find("li").find_all("a")[-1]
    assert link.attrs["href"] == "/en/park/compare/?plot=P2-0-0&plot=P2-1-0"
    # The finder's own results still hold no plot that large.
    assert "0 plots found" in response.content.decode()
