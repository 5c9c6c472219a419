"""Shapes for the test park (conftest.build_park draws none): each zone a band, each plot a third of it."""

import pytest

from core.batch import batched
from core.builders import update_all
from parks.models import Phase, Plot, Zone


def rectangle(left, top, right, bottom):
    return f"{left},{top} {right},{top} {right},{bottom} {left},{bottom}"


@batched()
def draw_park():
    """Give every zone and plot of every phase an outline inside the phase's plan (each kind saved together:
    core.builders)."""
    zones, plots = [], []
    plots_of = {}
    for plot in Plot.objects.order_by("code"):
        plots_of.setdefault(plot.zone_id, []).append(plot)
    for phase in Phase.objects.all():
        phase_zones = list(Zone.objects.filter(phase=phase).order_by("code"))
        band = phase.plan_height // max(len(phase_zones), 1)
        for index, zone in enumerate(phase_zones):
            top, bottom = index * band, (index + 1) * band
            zone.shape = rectangle(0, top, phase.plan_width, bottom)
            zones.append(zone)
            zone_plots = plots_of.get(zone.pk, [])
            width = phase.plan_width // max(len(zone_plots), 1)
            for column, plot in enumerate(zone_plots):
                plot.shape = rectangle(column * width + 2, top + 2, (column + 1) * width - 2, bottom - 2)
                plots.append(plot)
    update_all(zones, ["shape"])
    update_all(plots, ["shape"])


@pytest.fixture
def drawn_park(park):
    draw_park()
    return park
