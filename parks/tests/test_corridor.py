"""The corridor map: inline SVG from the connection records, schematic and saying so, with the same table."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core.testing import parse
from parks.corridor import _box, _overlaps, build_corridor_map, drive_time
from parks.demo import load_demo_park
from parks.models import Connection, Park


@pytest.fixture
def demo(empty_site):
    load_demo_park()
    return Park.objects.get()


def infrastructure(client, language):
    with translation.override(language):
        return client.get(f"/{language}/park/infrastructure/")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_map_and_its_table_show_every_connection(client, demo, language):
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
    else:
        assert "Bản đồ sơ đồ, không theo tỷ lệ" in text
        assert any(label.startswith("Hà Nội") and label.endswith("130 km · 2 giờ 20 phút") for label in labels)
    # No style attribute, no outside address: the strict Content-Security-Policy holds.
    assert "style=" not in text
    assert all(not element.attrs.get("href", "").startswith("http") for element in svg.iter())


@pytest.mark.django_db
def test_the_labels_do_not_cover_one_another_and_stay_on_the_map(demo):
    with translation.override("en"):
        drawing = build_corridor_map(demo, list(Connection.objects.all()))
    boxes = [_box(place.label) for place in drawing.places]
    for index, box in enumerate(boxes):
        assert box[0] >= 0 and box[2] <= drawing.width and box[1] >= 0 and box[3] <= drawing.height, box
        for other in boxes[index + 1 :]:
            assert not _overlaps(box, other, pad=0)


@pytest.mark.django_db
def test_places_lie_where_their_coordinates_put_them(demo):
    drawing = build_corridor_map(demo, list(Connection.objects.all()))
    by_name = {place.name: place for place in drawing.places}
    park, hanoi = by_name["KCN Thanh Bình"], by_name["Hà Nội"]
    port = by_name["Cảng Hải Phòng (khu Đình Vũ)"]
    ta_lung = by_name["Cửa khẩu quốc tế Tà Lùng (Cao Bằng)"]
    assert hanoi.y > park.y > ta_lung.y  # Hanoi south of the park, Ta Lung north
    assert port.x > hanoi.x and port.y > hanoi.y  # Hai Phong south-east of Hanoi


@pytest.mark.django_db
def test_without_positions_the_table_still_answers(client, park):
    # The test park has neither the park's nor the connections' coordinates: no map, the table is complete.
    response = infrastructure(client, "en")
    html = parse(response.content)
    assert html.find("svg", class_="corridor-svg") is None
    assert len(html.find("section", id="corridor").find("tbody").find_all("tr")) == Connection.objects.count()


@pytest.mark.django_db
def test_a_connection_needs_both_coordinates(park):
    connection = Connection.objects.first()
    connection.latitude = Decimal("21.5")
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            connection.full_clean()
        assert error.value.messages == ["Give both the latitude and the longitude, or neither."]


@pytest.mark.parametrize(
    ("minutes", "text"), [(None, ""), (45, "45 min"), (60, "1 hour"), (140, "2 h 20 min"), (240, "4 hours")]
)
def test_drive_times_read_naturally(minutes, text):
    with translation.override("en"):
        assert drive_time(minutes) == text
