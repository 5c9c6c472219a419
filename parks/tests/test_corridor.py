"""The corridor map: inline SVG from the connection records, schematic and saying so, with the same table."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core.testing import parse
from parks.corridor import NEAR, Place, Road, _box, _crosses, _place_labels, drive_time
from parks.models import Connection


def infrastructure(client, language):
    with translation.override(language):
        return client.get(f"/{language}/park/infrastructure/")


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


def test_a_label_keeps_clear_of_a_road_that_runs_beside_its_place():
    # An expressway runs north–south 20 px east of the place: the label starts past it, with a leader line.
    road = Road("CT07", "Expressway", "expressway", "80,100 80,500", 80, 150)
    place = Place("Noi Bai International Airport", 60, 300, kind="airport")
    _place_labels([place], 600, [road])
    assert not _crosses(_box(place.label), ((80, 100), (80, 500)))
    assert place.label.anchor == "start" and place.label.x > 80
    assert place.label.leader is not None


def test_a_label_stays_beside_its_place_when_no_road_is_in_the_way():
    road = Road("QL3", "National Highway 3", "national", "300,100 300,500", 300, 150)
    place = Place("Hanoi", 60, 300, kind="road")
    _place_labels([place], 600, [road])
    assert (place.label.x, place.label.anchor, place.label.leader) == (60 + NEAR, "start", None)
