"""Which plots stand next to which on a phase's master plan, from their outlines.

Two plots are neighbours when their outlines share a stretch of boundary of
positive length: an edge of one lies along an edge of the other (collinear
and overlapping). Touching at a single corner does not count, and neither
does facing each other across a road, since a road leaves a gap between the
outlines. Plots of different phases are never neighbours: each phase has a
plan, and coordinates of one plan mean nothing on another.

The work is bounded: outlines are compared only where their bounding boxes
touch (a sweep along x), and only edges of those pairs are tested, so a plan
of n plots costs about n log n plus the touching pairs, never n² edge tests.
Everything comes from the plots already fetched (one query for a page).
"""

import math
from dataclasses import dataclass, field

from parks import shapes

# Plan units below which a distance is taken as zero: shapes are typed with two decimals at most.
TOLERANCE = 1e-6


def _edges(points):
    return list(zip(points, points[1:] + points[:1], strict=True))


def _shared_on_edge(a, b, c, d):
    """The length along which segment cd lies on segment ab (0 when not collinear or only touching)."""
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy)
    if length <= TOLERANCE:
        return 0.0
    # Distance of c and d from the line through a and b.
    for point in (c, d):
        if abs(dx * (point.y - a.y) - dy * (point.x - a.x)) / length > TOLERANCE:
            return 0.0
    # Positions of c and d along ab, in plan units from a.
    tc = ((c.x - a.x) * dx + (c.y - a.y) * dy) / length
    td = ((d.x - a.x) * dx + (d.y - a.y) * dy) / length
    overlap = min(length, max(tc, td)) - max(0.0, min(tc, td))
    return overlap if overlap > TOLERANCE else 0.0


def shared_boundary(first, second):
    """The length of boundary two outlines (lists of Points) have in common."""
    total = 0.0
    for a, b in _edges(first):
        for c, d in _edges(second):
            total += _shared_on_edge(a, b, c, d)
    return total


def _boxes_touch(one, other):
    return not (
        one[2] < other[0] - TOLERANCE
        or other[2] < one[0] - TOLERANCE
        or one[3] < other[1] - TOLERANCE
        or other[3] < one[1] - TOLERANCE
    )


def adjacency(outlines):
    """{key: {neighbour key: shared length}} for `outlines` {key: [Point, ...]} drawn on one plan."""
    boxes = {key: shapes.bounding_box(points) for key, points in outlines.items()}
    neighbours = {key: {} for key in outlines}
    # Sweep along x: each outline is compared only with those whose x-range it reaches.
    order = sorted(outlines, key=lambda key: boxes[key][0])
    active = []
    for key in order:
        box = boxes[key]
        active = [other for other in active if boxes[other][2] >= box[0] - TOLERANCE]
        for other in active:
            if _boxes_touch(box, boxes[other]):
                length = shared_boundary(outlines[key], outlines[other])
                if length > TOLERANCE:
                    neighbours[key][other] = length
                    neighbours[other][key] = length
        active.append(key)
    return neighbours


@dataclass
class RoomToGrow:
    """A plot's available neighbours, and the area of the plot with all of them."""

    plot: object
    neighbours: list = field(default_factory=list)

    @property
    def combined_m2(self):
        return self.plot.area_m2 + sum(neighbour.area_m2 for neighbour in self.neighbours)


class PlotNeighbours:
    """The neighbours of plots, from plots fetched with `zone__phase` (one query, any number of phases)."""

    def __init__(self, plots):
        self.plots = {plot.pk: plot for plot in plots}
        by_phase = {}
        for plot in self.plots.values():
            phase = plot.zone.phase
            points = shapes.drawable_points(plot.shape, phase.plan_width, phase.plan_height)
            if points is not None:
                by_phase.setdefault(phase.pk, {})[plot.pk] = points
        self._adjacent = {}
        for outlines in by_phase.values():
            self._adjacent.update(adjacency(outlines))

    def of(self, plot):
        """Every plot sharing a boundary with `plot`, by code."""
        return sorted((self.plots[pk] for pk in self._adjacent.get(plot.pk, {})), key=lambda other: other.code)

    def available_of(self, plot):
        return [other for other in self.of(plot) if other.status == other.Status.AVAILABLE]

    def room_to_grow(self, plot):
        return RoomToGrow(plot=plot, neighbours=self.available_of(plot))

    def combinations(self, minimum_m2):
        """Groups of available plots that together reach `minimum_m2` where no single one does.

        Each group is an available plot smaller than the minimum with as few of its available
        neighbours as reach it, largest first; each group once, smallest total first.
        """
        groups = {}
        for plot in self.plots.values():
            if plot.status != plot.Status.AVAILABLE or plot.area_m2 >= minimum_m2:
                continue
            members, total = [plot], plot.area_m2
            for neighbour in sorted(self.available_of(plot), key=lambda other: (-other.area_m2, other.code)):
                if total >= minimum_m2:
                    break
                members.append(neighbour)
                total += neighbour.area_m2
            if total >= minimum_m2 and len(members) > 1:
                key = frozenset(member.pk for member in members)
                groups[key] = sorted(members, key=lambda member: member.code)
        return sorted(groups.values(), key=lambda members: (sum(m.area_m2 for m in members), members[0].code))
