"""The demo park multiplied, for measuring at a larger size (`manage.py load_demo --scale N`).

Each phase's plan is cut into a grid of N tiles: the demo's zones and plots are
drawn, shrunk, in the first, and N - 1 copies of them in the others, so the plan
holds N times the zones and plots at the same density. Copies are keyed like
the rows they copy, with "-x2" … "-xN" (core.demo), and made again on the next
run without being doubled.
"""

import math

from django.db import transaction

from core.demo import Tally, copied_values, copy_key, is_copy, remove_copies_beyond, set_m2m, upsert
from parks.demo import PHASES
from parks.demo_shapes import demo_shapes
from parks.models import Phase, Plot, Zone
from parks.shapes import Point, format_points, parse_shape


def tiles(factor):
    columns = math.ceil(math.sqrt(factor))
    return columns, math.ceil(factor / columns)


def placed(shape, index, factor, phase):
    """`shape` shrunk into tile `index` of the phase's plan."""
    if not (shape or "").strip():
        return shape or ""
    columns, rows = tiles(factor)
    width, height = phase.plan_width / columns, phase.plan_height / rows
    left, top = (index % columns) * width, (index // columns) * height
    return format_points(
        [Point(round(left + p.x / columns, 1), round(top + p.y / rows, 1)) for p in parse_shape(shape)]
    )


def remove_park_copies(factor):
    """The copies of plots and zones numbered above `factor`, deleted (once no project copy stands on them)."""
    tally = Tally()
    with transaction.atomic():
        remove_copies_beyond(tally, Plot.objects.all(), "code", factor)
        remove_copies_beyond(tally, Zone.objects.all(), "code", factor)
    return tally.counts()


def scale_demo_park(factor):
    """Tile every phase's plan `factor` times with the demo's zones and plots; returns counts like load_demo."""
    tally = Tally()
    drawn = demo_shapes()  # the demo's own outlines, before any shrinking
    phase_keys = {data["name_vi"]: data["key"] for data in PHASES}
    with transaction.atomic():
        for phase in Phase.objects.all():
            key = phase_keys.get(phase.name_vi)
            zones = [zone for zone in phase.zones.order_by("code") if not is_copy(zone.code)]
            for number in range(1, factor + 1):
                for zone in zones:
                    values = copied_values(zone, exclude=("phase_id", "code"))
                    values["shape"] = placed(drawn.get(("zone", key, zone.code), zone.shape), number - 1, factor, phase)
                    code = zone.code if number == 1 else copy_key(zone.code, number)
                    copy = upsert(tally, Zone, {"phase": phase, "code": code}, values)
                    for plot in zone.plots.order_by("code"):
                        if is_copy(plot.code):
                            continue
                        plot_values = copied_values(plot, exclude=("code", "zone_id"))
                        plot_values["zone_id"] = copy.pk
                        original = drawn.get(("plot", plot.code), plot.shape)
                        plot_values["shape"] = placed(original, number - 1, factor, phase)
                        plot_code = plot.code if number == 1 else copy_key(plot.code, number)
                        plot_copy = upsert(tally, Plot, {"code": plot_code}, plot_values)
                        set_m2m(tally, plot_copy.allowed_sectors, list(plot.allowed_sectors.all()))
    return tally.counts()
