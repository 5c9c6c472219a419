"""The corridor map: inline SVG from the connection records, schematic and saying so, with the same table."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core.testing import parse
from parks.corridor import drive_time
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
