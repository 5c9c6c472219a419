"""Shapes for the test park (conftest.build_park draws none): each zone a band, each plot a third of it."""

import pytest

from parks.models import Phase, Plot, Zone


def rectangle(left, top, right, bottom):
    return f"{left},{top} {right},{top} {right},{bottom} {left},{bottom}"


def draw_park():
    """Give every zone and plot of every phase an outline inside the phase's plan."""
    for phase in Phase.objects.all():
        zones = list(Zone.objects.filter(phase=phase).order_by("code"))
        band = phase.plan_height // max(len(zones), 1)
        for index, zone in enumerate(zones):
            top, bottom = index * band, (index + 1) * band
            zone.shape = rectangle(0, top, phase.plan_width, bottom)
            zone.save(update_fields=["shape"])
            plots = list(Plot.objects.filter(zone=zone).order_by("code"))
            width = phase.plan_width // max(len(plots), 1)
            for column, plot in enumerate(plots):
                plot.shape = rectangle(column * width + 2, top + 2, (column + 1) * width - 2, bottom - 2)
                plot.save(update_fields=["shape"])


@pytest.fixture
def drawn_park(park):
    draw_park()
    return park
