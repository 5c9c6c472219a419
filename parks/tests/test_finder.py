"""The plot finder: filters in the query string, results on the plan and in the table, bad values ignored."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from conftest import build_park
from core.testing import parse
from parks.models import Phase, Plot, Sector
from parks.tests.conftest import draw_park


def finder(client, query="", language="en"):
    with translation.override(language):
        url = reverse("parks:finder")
    return client.get(url + query)


def table_codes(response):
    table = parse(response.content).find("table", class_="data")
    if table is None:
        return []
    return [row.find("th").find("a").text() for row in table.find("tbody").find_all("tr")]


def plan_links(response):
    return sorted(
        # "Plot A1-03, 12,000 m², available" / "Lô đất A1-03, ...": the code is the last word before the comma.
        link.attrs["aria-label"].split(",")[0].split()[-1]
        for svg in parse(response.content).find_all("svg", class_="plan-svg")
        for link in svg.find_all("a")
    )


def all_codes(**filters):
    return list(Plot.objects.filter(**filters).order_by("code").values_list("code", flat=True))


@pytest.fixture
def plots(drawn_park):
    # Areas 10000, 10001, 10002 in each zone (available, reserved, leased); one plot open to any sector.
    Plot.objects.get(code="P2-1-0").allowed_sectors.clear()
    return Plot.objects.all()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_filters_finds_every_plot_by_code(client, plots, language):
    response = finder(client, language=language)
    assert response.status_code == 200
    assert table_codes(response) == all_codes()
    assert plan_links(response) == all_codes()
    if language == "en":
        assert "18 plots found" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("?min_area=10001", {"area_m2__gte": 10001}),
        ("?max_area=10001", {"area_m2__lte": 10001}),
        ("?min_area=10001&max_area=10001", {"area_m2": 10001}),
        ("?status=available", {"status": "available"}),
        ("?status=leased&min_area=10002", {"status": "leased"}),
    ],
)
def test_area_and_status_filters(client, plots, query, filters):
    response = finder(client, query)
    assert response.status_code == 200
    assert table_codes(response) == all_codes(**filters)
    assert plan_links(response) == all_codes(**filters)


@pytest.mark.django_db
def test_phase_filter_shows_only_that_phase_and_its_plan(client, plots):
    phase = Phase.objects.get(name_en="Phase I extension")
    response = finder(client, f"?phase={phase.pk}&status=reserved")
    assert table_codes(response) == all_codes(zone__phase=phase, status="reserved")
    svgs = parse(response.content).find_all("svg", class_="plan-svg")
    assert [svg.attrs["id"] for svg in svgs] == [f"plan-{phase.pk}"]
    # The phase's other plots are on the plan, greyed out, neither links nor read out.
    muted = svgs[0].find_all("g", class_="plan-plot-muted")
    assert len(muted) == Plot.objects.filter(zone__phase=phase).exclude(status="reserved").count()
    assert all(group.attrs["aria-hidden"] == "true" and group.find("a") is None for group in muted)


@pytest.mark.django_db
def test_sector_filter_includes_plots_open_to_any_sector(client, plots):
    first, third = Sector.objects.order_by("order")[0], Sector.objects.order_by("order")[2]
    response = finder(client, f"?sector={first.pk}")
    assert table_codes(response) == all_codes()  # every plot allows the first sector, P2-1-0 any
    response = finder(client, f"?sector={third.pk}")
    assert table_codes(response) == ["P2-1-0"]


@pytest.mark.django_db
def test_plans_are_drawn_only_for_phases_with_results(client, plots):
    response = finder(client, "?min_area=99999")
    assert response.status_code == 200
    assert table_codes(response) == []
    assert parse(response.content).find("svg", class_="plan-svg") is None
    assert "0 plots found" in response.content.decode()
    assert "No plot matches these filters" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("code", lambda: all_codes()),
        ("area", lambda: list(Plot.objects.order_by("area_m2", "code").values_list("code", flat=True))),
        ("-area", lambda: list(Plot.objects.order_by("-area_m2", "code").values_list("code", flat=True))),
    ],
)
def test_sort_orders(client, plots, sort, expected):
    assert table_codes(finder(client, f"?sort={sort}")) == expected()


@pytest.mark.django_db
def test_the_query_string_is_the_state(client, plots):
    phase = Phase.objects.first()
    sector = Sector.objects.first()
    response = finder(
        client, f"?min_area=10001&max_area=20000&phase={phase.pk}&status=leased&sector={sector.pk}&sort=-area"
    )
    form = parse(response.content).find("form", class_="finder")
    assert form.attrs["method"] == "get"
    values = {field.attrs["name"]: field.attrs.get("value") for field in form.find_all("input")}
    assert values["min_area"] == "10001" and values["max_area"] == "20000"
    selected = {
        select.attrs["name"]: select.find("option", selected="").attrs["value"] for select in form.find_all("select")
    }
    assert selected == {"phase": str(phase.pk), "status": "leased", "sector": str(sector.pk), "sort": "-area"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?min_area=abc", "Minimum area (m²)</a>: Enter the area as a whole number of square metres"),
        ("?min_area=-5", "Minimum area (m²)</a>: Enter the area as a whole number"),
        ("?min_area=1.5", "Minimum area (m²)</a>: Enter the area as a whole number"),
        ("?max_area=1e9", "Maximum area (m²)</a>: Enter the area as a whole number"),
        ("?max_area=999999999999999999999999", "Maximum area (m²)</a>: Ensure this value is less than or equal to"),
        ("?phase=9999", "Phase</a>: There is no such phase."),
        ("?phase=abc", "Phase</a>: There is no such phase."),
        ("?status=sold", "Status</a>: There is no such status."),
        ("?sector=abc", "Sector</a>: There is no such sector."),
        ("?sort=price", "Sort by</a>: There is no such order."),
        ("?sort=" + "z" * 5000, "Sort by</a>: There is no such order."),
    ],
)
def test_bad_values_are_a_400_with_a_message_and_are_ignored(client, plots, query, message):
    response = finder(client, query)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Some filters could not be used and were ignored:" in html
    assert message in html
    assert table_codes(response) == all_codes()  # the bad filter is ignored, the rest of the page works
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.django_db
def test_bad_value_leaves_the_good_filters_working(client, plots):
    response = finder(client, "?min_area=oops&status=available")
    assert response.status_code == 400
    assert table_codes(response) == all_codes(status="available")


@pytest.mark.django_db
def test_minimum_above_maximum_is_explained_and_the_maximum_dropped(client, plots):
    response = finder(client, "?min_area=10002&max_area=10000")
    assert response.status_code == 400
    assert "The maximum area is smaller than the minimum area." in response.content.decode()
    assert table_codes(response) == all_codes(area_m2__gte=10002)


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["10.001", "10,001", "10 001", " 10001 "])
def test_areas_typed_with_grouping_are_understood(client, plots, typed):
    response = finder(client, "?min_area=" + typed.replace(" ", "+"))
    assert response.status_code == 200
    assert table_codes(response) == all_codes(area_m2__gte=10001)


@pytest.mark.django_db
def test_unknown_parameters_are_ignored(client, plots):
    response = finder(client, "?page=abc&utm_source=x&lang=fr")
    assert response.status_code == 200
    assert table_codes(response) == all_codes()


@pytest.mark.django_db
def test_finder_is_in_the_main_menu(client, plots):
    response = finder(client)
    nav = parse(response.content).find("nav", class_="site-nav")
    link = [a for a in nav.find_all("a") if a.text() == "Find land"][0]
    assert link.attrs["href"] == "/en/park/plots/"
    assert link.attrs["aria-current"] == "page"


@pytest.mark.django_db
def test_finder_is_get_only(client, plots):
    assert finder(client).status_code == 200
    with translation.override("en"):
        assert client.post(reverse("parks:finder")).status_code == 405


def count_queries(client, query):
    with CaptureQueriesContext(connection) as queries:
        response = finder(client, query)
    assert response.status_code in (200, 400)
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("scale", [1, 10])
def test_query_counts_do_not_grow_with_plots(client, empty_site, scale):

    build_park(scale=scale)
    draw_park()
    phase = Phase.objects.first()
    sector = Sector.objects.first()
    counts = {
        "all": count_queries(client, ""),
        "filtered": count_queries(client, f"?phase={phase.pk}&sector={sector.pk}&min_area=1&sort=-area"),
        "none found": count_queries(client, "?min_area=99999999"),
        "bad values": count_queries(client, "?phase=x&sector=y&status=z"),
    }
    # Results, their phases' zones and plots, the form's phases and sectors, + the layout's park and menu;
    # a chosen phase and sector are looked up once each; no results, no plans; a minimum area, + 1 for the
    # available plots that could be combined to reach it.
    assert counts == {"all": 7, "filtered": 10, "none found": 6, "bad values": 7}
