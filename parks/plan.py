"""A phase's master plan, ready for the template that draws it as inline SVG.

The view fetches the zones and plots (two queries for any number of them);
this module turns their shapes into polygons, label positions and accessible
names, so the template only writes attributes.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.formats import number_format
from django.utils.translation import gettext

from parks import shapes
from parks.models import Plot, Zone

# Labels are sized in plan units: about 1/55 of the plan's width, smaller where a shape is narrow.
LABEL_SHARE = 55
MIN_LABEL_SHARE = 110


def plot_accessible_name(plot):
    """What a screen reader says for a plot on the plan: "Plot A1-03, 12,000 m², available"."""
    return gettext("Plot %(code)s, %(area)s m², %(status)s") % {
        "code": plot.code,
        "area": number_format(plot.area_m2, force_grouping=True),
        "status": plot.get_status_display().lower(),
    }


@dataclass(frozen=True)
class Shape:
    points: str
    label_x: float
    label_y: float
    font_size: float  # 0: no room for a label


@dataclass
class PlanZone:
    zone: Zone
    shape: Shape


@dataclass
class PlanPlot:
    plot: Plot
    shape: Shape
    name: str
    highlighted: bool


@dataclass
class MasterPlan:
    phase: object
    zones: list = field(default_factory=list)
    plots: list = field(default_factory=list)
    unplaced: list = field(default_factory=list)  # plots with no outline yet
    highlight: set | None = None  # the pks picked out; None: every plot

    @property
    def filtered(self):
        return self.highlight is not None

    def is_highlighted(self, plot):
        return self.highlight is None or plot.pk in self.highlight

    @property
    def width(self):
        return self.phase.plan_width

    @property
    def height(self):
        return self.phase.plan_height

    @property
    def pattern_size(self):
        """The spacing of the hatching, in plan units: about a hundredth of the plan's width."""
        return max(4, round(self.width / 100))

    @property
    def dom_id(self):
        return f"plan-{self.phase.pk}"

    @property
    def land_uses(self):
        """The land uses drawn on this plan, in the legend's order."""
        present = {item.zone.land_use for item in self.zones}
        return [(value, label) for value, label in Zone.LandUse.choices if value in present]

    @property
    def statuses(self):
        """The legend's plot statuses, each with how many of the plan's plots (those picked out) have it."""
        every = [plot for plot in [item.plot for item in self.plots] + self.unplaced if self.is_highlighted(plot)]
        return [
            (value, label, sum(1 for plot in every if plot.status == value)) for value, label in Plot.Status.choices
        ]

    @property
    def highlighted_count(self):
        return sum(1 for item in self.plots if item.highlighted)


def _shape(text, phase, label_text):
    """A Shape for an outline, labelled with `label_text` where it fits; None where it is missing or off the plan."""
    return _outline(text, phase.plan_width, phase.plan_height, label_text)


@lru_cache(maxsize=8192)
def _outline(text, plan_width, plan_height, label_text):
    """The geometry of one outline: worked out once for each shape, plan size and label, then reused (the
    label's place is the costly part of drawing a plan)."""
    points = shapes.drawable_points(text, plan_width, plan_height)
    if points is None:
        return None  # listed in the table, noted under the plan
    if not label_text:
        return Shape(shapes.format_points(points), 0, 0, 0)
    left, top, right, bottom = shapes.bounding_box(points)
    size = min(plan_width / LABEL_SHARE, (bottom - top) / 2)
    middle, depth = shapes.label_point(points, clearance=size)
    # Centred on the stretch of shape the text's line runs through, and no larger than fits in it:
    # roughly 0.62 em per character of a bold sans-serif across, 1.6 times the depth down.
    start, end = shapes.horizontal_span(points, middle)
    middle = shapes.Point((start + end) / 2, middle.y)
    size = min(size, depth * 1.6, (end - start) * 0.85 / (0.62 * len(label_text)))
    if size < plan_width / MIN_LABEL_SHARE:
        size = 0  # no room for a legible label
    return Shape(shapes.format_points(points), round(middle.x, 1), round(middle.y, 1), round(size, 1))


def build_plan(phase, zones, plots, highlight=None):
    """The plan of `phase` from its zones and plots; `highlight`: the pks to emphasise (None: all plots)."""
    plan = MasterPlan(phase=phase, highlight=highlight)
    for plot in plots:
        shape = _shape(plot.shape, phase, plot.code)
        if shape is None:
            plan.unplaced.append(plot)
            continue
        plan.plots.append(
            PlanPlot(plot=plot, shape=shape, name=plot_accessible_name(plot), highlighted=plan.is_highlighted(plot))
        )
    # A zone is labelled with its land use where no plot covers it.
    zones_with_plots = {item.plot.zone_id for item in plan.plots}
    for zone in zones:
        label = "" if zone.pk in zones_with_plots else zone.get_land_use_display()
        shape = _shape(zone.shape, phase, label)
        if shape is not None:
            plan.zones.append(PlanZone(zone=zone, shape=shape))
    # Highlighted plots last, so that their outlines and focus rings are drawn on top.
    plan.plots.sort(key=lambda item: item.highlighted)
    return plan
