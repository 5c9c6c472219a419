"""The demo park as loaded (once for the module): its master plans drawn, the neighbours of its plots, the
corridor map of its connections."""

import unicodedata

import pytest
from django.utils import translation

from core.testing import parse
from parks import shapes
from parks.corridor import _box, _overlaps, build_corridor_map, drive_time
from parks.demo import WASTEWATER_PLANT_M3_DAY, load_demo_park
from parks.demo_shapes import apply_demo_shapes
from parks.models import Connection, Park, Plot, Zone
from parks.neighbours import PlotNeighbours


def load_drawn_demo():
    """The demo park with its master plans drawn; how many zones and plots were drawn."""
    load_demo_park()
    return apply_demo_shapes()


@pytest.fixture(scope="module")
def _module_demo(module_data):
    return module_data.build(load_drawn_demo)


@pytest.fixture
def drawn(_module_demo, db):
    """How many zones and plots the demo's shapes drew when the demo was loaded."""
    return _module_demo if _module_demo is not None else load_drawn_demo()


@pytest.fixture
def demo_park(drawn):
    return Park.objects.get()


@pytest.fixture
def neighbours(drawn):
    return PlotNeighbours(Plot.objects.select_related("zone__phase"))


def infrastructure(client, language):
    with translation.override(language):
        return client.get(f"/{language}/park/infrastructure/")


@pytest.mark.django_db
def test_every_demo_zone_and_plot_gets_a_valid_shape_once(drawn):
    assert drawn == Zone.objects.count() + Plot.objects.count()
    for item in [*Zone.objects.select_related("phase"), *Plot.objects.select_related("zone__phase")]:
        item.full_clean()
        assert item.shape, item
    assert apply_demo_shapes() == 0  # a second run changes nothing


@pytest.mark.django_db
def test_plots_lie_inside_their_zone_and_do_not_overlap(drawn):
    for zone in Zone.objects.prefetch_related("plots"):
        left, top, right, bottom = shapes.bounding_box(shapes.parse_shape(zone.shape))
        boxes = []
        for plot in zone.plots.all():
            box = shapes.bounding_box(shapes.parse_shape(plot.shape))
            assert left <= box[0] < box[2] <= right and top <= box[1] < box[3] <= bottom, plot
            boxes.append(box)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (zone, a, b)


@pytest.mark.django_db
def test_the_three_phases_are_laid_out_differently(drawn):
    factory_zones = Zone.objects.filter(code__in=["I-A", "E-A", "II-A"]).order_by("code")
    assert len({zone.shape for zone in factory_zones}) == 3


def codes(plots):
    return [plot.code for plot in plots]


@pytest.mark.django_db
def test_the_demo_blocks_stand_edge_to_edge_with_roads_between(neighbours):
    plot = {p.code: p for p in neighbours.plots.values()}
    # A block of two rows: E1-01 E1-02 over E1-03 E1-04 (the extension's plan is mirrored).
    assert codes(neighbours.of(plot["E1-01"])) == ["E1-02", "E1-03"]
    assert codes(neighbours.of(plot["E1-04"])) == ["E1-02", "E1-03"]  # E1-01 only at a corner
    # The next block lies across an internal road.
    assert codes(neighbours.of(plot["E1-05"])) == ["E1-06"]
    # A row of three in the second factory zone; a plot alone in its zone has no neighbour.
    assert codes(neighbours.of(plot["B2-02"])) == ["B2-01", "B2-03"]
    assert neighbours.of(plot["E3-01"]) == []
    assert all(neighbours.of(p) for p in neighbours.plots.values() if p.zone.code.endswith(("-A", "-B")))


@pytest.mark.django_db
def test_demo_groups_that_reach_an_area_together(neighbours):
    groups = [codes(group) for group in neighbours.combinations(80_000)]
    assert ["B1-01", "B1-03"] in groups  # 50,000 + 38,000, side by side
    for group in neighbours.combinations(80_000):
        assert sum(plot.area_m2 for plot in group) >= 80_000
        assert all(plot.status == "available" and plot.area_m2 < 80_000 for plot in group)


@pytest.mark.django_db
def test_demo_site_data_stays_within_the_park_infrastructure(neighbours):
    plots = list(neighbours.plots.values())
    # The central wastewater plant takes what every plot may send.
    assert sum(plot.wastewater_m3_day or 0 for plot in plots) <= WASTEWATER_PLANT_M3_DAY
    for plot in plots:
        plot.full_clean()
        assert plot.site_verified_on is not None and plot.is_illustrative
        if plot.wastewater_m3_day is not None:
            assert plot.wastewater_m3_day < plot.water_m3_day  # what goes out is less than what comes in
    # Land not yet built on has no capacities to give, and says so.
    extension = [plot for plot in plots if plot.code.startswith("E")]
    assert all(plot.power_kva is None and plot.site_cleared is False for plot in extension)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_map_and_its_table_show_every_connection(client, demo_park, language):
    response = infrastructure(client, language)
    assert response.status_code == 200
    html = parse(response.content)
    svg = html.find("svg", class_="corridor-svg")
    assert svg.attrs["role"] == "img" and svg.attrs["viewbox"].startswith("0 0 420 ")
    labels = [
        " ".join(" ".join(line.text().split()) for line in text.find_all("tspan"))
        for text in svg.find_all("text", class_="place-label")
    ]
    rows = html.find("section", id="corridor").find("table").find("tbody").find_all("tr")
    with translation.override(language):
        connections = list(Connection.objects.all())
        assert len(rows) == len(connections) == 8
        for connection, row in zip(connections, rows, strict=True):
            figures = f"{connection.distance_km:.0f} km · {drive_time(connection.travel_time_minutes)}"
            # On the map: the destination and its figures, read from the record.
            assert any(label.startswith(connection.destination) and label.endswith(figures) for label in labels), (
                connection.destination,
                labels,
            )
            cells = [" ".join(cell.text().split()) for cell in row.find_all("td")]
            assert connection.destination in row.find("th").text()
            assert cells[1] == drive_time(connection.travel_time_minutes)
    text = response.content.decode()
    if language == "en":
        assert "A schematic map, not to survey scale" in text
        assert any(label.startswith("Hanoi") and label.endswith("130 km · 2 h 20 min") for label in labels)
        # The towns drawn for orientation are written as the English text writes them, without diacritics.
        assert {"Cao Bang", "Lang Son"} <= set(labels)
        decomposed = unicodedata.normalize("NFD", " ".join(labels))
        assert not any(unicodedata.combining(char) for char in decomposed) and "đ" not in decomposed.lower(), labels
    else:
        assert "Bản đồ sơ đồ, không theo tỷ lệ" in text
        assert {"Cao Bằng", "Lạng Sơn"} <= set(labels)
        assert any(label.startswith("Hà Nội") and label.endswith("130 km · 2 giờ 20 phút") for label in labels)
    # No style attribute, no outside address: the strict Content-Security-Policy holds.
    assert "style=" not in text
    assert all(not element.attrs.get("href", "").startswith("http") for element in svg.iter())


@pytest.mark.django_db
def test_the_labels_do_not_cover_one_another_and_stay_on_the_map(demo_park):
    with translation.override("en"):
        drawing = build_corridor_map(demo_park, list(Connection.objects.all()))
    boxes = [_box(place.label) for place in drawing.places]
    for index, box in enumerate(boxes):
        assert box[0] >= 0 and box[2] <= drawing.width and box[1] >= 0 and box[3] <= drawing.height, box
        for other in boxes[index + 1 :]:
            assert not _overlaps(box, other, pad=0)


@pytest.mark.django_db
def test_places_lie_where_their_coordinates_put_them(demo_park):
    drawing = build_corridor_map(demo_park, list(Connection.objects.all()))
    by_name = {place.name: place for place in drawing.places}
    park, hanoi = by_name["KCN Thanh Bình"], by_name["Hà Nội"]
    port = by_name["Cảng Hải Phòng (khu Đình Vũ)"]
    ta_lung = by_name["Cửa khẩu quốc tế Tà Lùng (Cao Bằng)"]
    assert hanoi.y > park.y > ta_lung.y  # Hanoi south of the park, Ta Lung north
    assert port.x > hanoi.x and port.y > hanoi.y  # Hai Phong south-east of Hanoi
