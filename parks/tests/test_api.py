"""Open data: GeoJSON and CSV that parse and match the database, key figures, cache headers, read-only."""

import csv
import io
import json
from datetime import date
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from conftest import build_park
from parks import shapes
from parks.api import CSV_COLUMNS
from parks.models import Phase, Plot, Zone
from parks.tests.conftest import draw_park

URLS = ["/api/plots.geojson", "/api/plots.csv", "/api/zones.geojson", "/api/zones.csv", "/api/key-figures.json"]


def ring(shape):
    points = [[p.x, p.y] for p in shapes.parse_shape(shape)]
    return points + [points[0]]


@pytest.fixture
def data(drawn_park):
    plot = Plot.objects.get(code="P2-1-0")
    plot.lease_price = Decimal("52000.50")
    plot.lease_term_end = date(2072, 12, 31)
    plot.is_illustrative = True
    plot.save()
    undrawn = Plot.objects.get(code="P0-0-2")
    undrawn.shape = ""
    undrawn.save()
    return drawn_park


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
def test_cache_headers_and_read_only(client, data, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert client.head(url).status_code == 200
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)(url)
        assert response.status_code == 405, (url, method)
        assert set(response.headers["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD"}


@pytest.mark.django_db
def test_plots_geojson_parses_and_matches_the_database(client, data):
    response = client.get("/api/plots.geojson")
    assert response.headers["Content-Type"] == "application/geo+json"
    document = json.loads(response.content)
    assert document["type"] == "FeatureCollection"
    assert "not longitude and latitude" in document["coordinates"]
    assert {phase["id"]: (phase["plan_width"], phase["plan_height"]) for phase in document["phases"]} == {
        phase.pk: (1000, 700) for phase in Phase.objects.all()
    }
    features = {feature["id"]: feature for feature in document["features"]}
    plots = Plot.objects.select_related("zone__phase").prefetch_related("allowed_sectors")
    assert set(features) == {plot.code for plot in plots}
    for plot in plots:
        feature = features[plot.code]
        assert feature["type"] == "Feature"
        properties = feature["properties"]
        assert properties["code"] == plot.code
        assert properties["phase_id"] == plot.zone.phase_id
        assert properties["phase"] == plot.zone.phase.name_vi  # default language
        assert properties["zone"] == plot.zone.code
        assert properties["area_m2"] == plot.area_m2
        assert properties["status"] == plot.status
        assert properties["lease_price"] == (None if plot.lease_price is None else float(plot.lease_price))
        assert properties["currency"] == plot.currency
        assert properties["price_basis"] == plot.price_basis
        assert properties["lease_term_end"] == (plot.lease_term_end.isoformat() if plot.lease_term_end else None)
        assert properties["allowed_sectors"] == [sector.name_vi for sector in plot.allowed_sectors.all()]
        assert properties["is_illustrative"] == plot.is_illustrative
        assert properties["verified_on"] == plot.verified_on.isoformat()
        assert properties["url"] == f"http://testserver/vi/park/plots/{plot.code}/"
        if plot.shape:
            assert feature["geometry"] == {"type": "Polygon", "coordinates": [ring(plot.shape)]}
        else:
            assert feature["geometry"] is None
    assert features["P2-1-0"]["properties"]["lease_price"] == 52000.5
    assert features["P0-0-2"]["geometry"] is None


@pytest.mark.django_db
def test_zones_geojson_parses_and_matches_the_database(client, data):
    document = json.loads(client.get("/api/zones.geojson?lang=en").content)
    zones = Zone.objects.select_related("phase")
    assert len(document["features"]) == zones.count()
    features = {(f["properties"]["phase_id"], f["properties"]["code"]): f for f in document["features"]}
    for zone in zones:
        feature = features[(zone.phase_id, zone.code)]
        assert feature["properties"]["name"] == zone.name_en
        assert feature["properties"]["land_use"] == zone.land_use
        assert feature["properties"]["land_use_label"] == "Factories"
        assert feature["properties"]["area_ha"] == float(zone.area_ha)
        assert feature["geometry"]["coordinates"] == [ring(zone.shape)]
        closed = feature["geometry"]["coordinates"][0]
        assert closed[0] == closed[-1]


@pytest.mark.django_db
def test_plots_csv_parses_and_matches_the_database(client, data):
    response = client.get("/api/plots.csv?lang=en")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="thanh-binh-plots-en.csv"' in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert list(rows[0]) == CSV_COLUMNS
    plots = {plot.code: plot for plot in Plot.objects.select_related("zone__phase").prefetch_related("allowed_sectors")}
    assert [row["code"] for row in rows] == sorted(plots)
    for row in rows:
        plot = plots[row["code"]]
        assert row["phase"] == plot.zone.phase.name_en
        assert int(row["area_m2"]) == plot.area_m2
        assert row["status"] == plot.status
        with translation.override("en"):
            assert row["status_label"] == plot.get_status_display()
            assert row["price_basis_label"] == plot.get_price_basis_display()
        assert (Decimal(row["lease_price"]) if row["lease_price"] else None) == plot.lease_price
        assert row["lease_term_end"] == (plot.lease_term_end.isoformat() if plot.lease_term_end else "")
        assert row["allowed_sectors"] == "; ".join(sector.name_en for sector in plot.allowed_sectors.all())
        assert row["is_illustrative"] == ("true" if plot.is_illustrative else "false")
        assert row["shape"] == plot.shape
        assert row["url"] == f"http://testserver/en/park/plots/{plot.code}/"


@pytest.mark.django_db
def test_csv_keeps_vietnamese_text_and_separators_intact(client, data):
    response = client.get("/api/plots.csv")
    text = response.content.decode("utf-8")
    assert "Chế biến nông sản 0; Chế biến nông sản 1" in text
    assert "Giai đoạn I" in text


@pytest.mark.django_db
def test_key_figures_match_the_database(client, data):
    response = client.get("/api/key-figures.json?lang=en")
    assert response.headers["Content-Type"] == "application/json"
    assert response.headers["Content-Language"] == "en"
    figures = json.loads(response.content)
    assert figures["park"]["name"] == "Thanh Binh Industrial Park"
    assert figures["park"]["total_area_ha"] == 153
    plots = Plot.objects.all()
    assert figures["plots"]["count"] == plots.count()
    assert figures["plots"]["area_m2"] == sum(plot.area_m2 for plot in plots)
    for status in Plot.Status.values:
        subset = [plot for plot in plots if plot.status == status]
        assert figures["plots"]["by_status"][status] == {
            "count": len(subset),
            "area_m2": sum(p.area_m2 for p in subset),
        }
    for entry in figures["phases"]:
        phase = Phase.objects.get(pk=entry["id"])
        assert entry["name"] == phase.name_en
        assert entry["area_ha"] == float(phase.area_ha)
        assert entry["status"] == phase.status
        for status in Plot.Status.values:
            subset = plots.filter(zone__phase=phase, status=status)
            assert entry["plots"][status]["count"] == subset.count()
    assert figures["projects"]["projects"] == 0  # from projects/stats.py; the test park has none


@pytest.mark.django_db
def test_key_figures_without_a_park(client, empty_site):
    figures = json.loads(client.get("/api/key-figures.json").content)
    assert figures["park"] is None
    assert figures["plots"]["count"] == 0
    assert figures["phases"] == []


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
def test_language_parameter(client, data, url):
    vietnamese = client.get(url).content.decode()
    english = client.get(url + "?lang=en").content.decode()
    assert "Giai đoạn I" in vietnamese and "Phase I" in english
    response = client.get(url + "?lang=fr")
    assert response.status_code == 400
    codes = ", ".join(code for code, _name in settings.LANGUAGES)
    assert json.loads(response.content) == {"error": f"Unknown language 'fr'; use one of: {codes}."}
    assert client.get(url + "?lang=" + "x" * 3000).status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("scale", [1, 10])
def test_query_counts_do_not_grow_with_data(client, empty_site, scale):

    build_park(scale=scale)
    draw_park()
    counts = {}
    for url in URLS:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)
    assert counts == {
        "/api/plots.geojson": 3,  # plots, their sectors, phases
        "/api/plots.csv": 2,
        "/api/zones.geojson": 2,
        "/api/zones.csv": 1,
        "/api/key-figures.json": 4,  # park, plots by phase and status, phases, project figures
    }
