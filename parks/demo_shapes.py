"""Outlines for the demo park's zones and plots (parks/demo.py), drawn from one simple layout per phase.

Every phase's plan is 1000 × 700 units: a green buffer along two edges, a
main road with a branch, a large factory zone on one side and a second one
across the road, warehouses, services and utilities in the remaining corner.
The factory and warehouse zones are parcelled as real blocks are: plots in
rows of a few columns, two rows back to back to a block, each block's plots
edge to edge (so they can be combined), and an internal road between blocks.
Within a block the columns line up, so the plots diagonally across a block
touch at one corner only. The Phase I extension is the layout mirrored left
to right and Phase II top to bottom, so the three plans do not look alike.
The drawing is illustrative, like the demo's figures.
"""

from parks.demo import PHASES, PLOTS, ZONES
from parks.models import Plot, Zone
from parks.shapes import Point, format_points

WIDTH, HEIGHT = 1000, 700
MARGIN = 8  # between a zone's edge and its plots
ROAD = 24  # an internal road between two blocks
ROWS_PER_BLOCK = 2

# Where each kind of zone lies in the base layout: (land use, number in the zone's name) -> outline.
BASE_OUTLINES = {
    ("green", None): [(0, 0), (1000, 0), (1000, 40), (40, 40), (40, 700), (0, 700)],
    ("roads", None): [(470, 40), (510, 40), (510, 330), (1000, 330), (1000, 370), (510, 370), (510, 700), (470, 700)],
    ("factory", 1): [(40, 40), (470, 40), (470, 700), (40, 700)],
    ("factory", 2): [(510, 40), (1000, 40), (1000, 330), (510, 330)],
    ("warehouse", None): [(510, 370), (760, 370), (760, 700), (510, 700)],
    ("services", None): [(760, 370), (1000, 370), (1000, 520), (760, 520)],
    ("utilities", None): [(760, 520), (1000, 520), (1000, 700), (760, 700)],
}
# How many plots side by side in each kind of zone that is divided into plots.
COLUMNS = {("factory", 1): 2, ("factory", 2): 3, ("warehouse", None): 1}
# Each phase's variation of the base layout.
MIRROR = {"I": (False, False), "E": (True, False), "II": (False, True)}


def _mirror(points, phase_key):
    flip_x, flip_y = MIRROR[phase_key]
    return [Point(WIDTH - x if flip_x else x, HEIGHT - y if flip_y else y) for x, y in points]


def _rectangle(left, top, right, bottom):
    return [(left, top), (right, top), (right, bottom), (left, bottom)]


def _subdivide(outline, plots, columns):
    """Rectangles for `plots` [(code, area)] in a rectangular zone: rows of `columns`, two rows to a block.

    The rows are equally high; a block's columns are as wide as the areas in them ask, and its plots
    share their edges. Blocks are separated by an internal road.
    """
    xs = [x for x, _y in outline]
    ys = [y for _x, y in outline]
    left, top, right, bottom = min(xs) + MARGIN, min(ys) + MARGIN, max(xs) - MARGIN, max(ys) - MARGIN
    rows = [plots[i : i + columns] for i in range(0, len(plots), columns)]
    blocks = [rows[i : i + ROWS_PER_BLOCK] for i in range(0, len(rows), ROWS_PER_BLOCK)]
    row_height = (bottom - top - ROAD * (len(blocks) - 1)) / len(rows)
    shapes = {}
    y = top
    for block in blocks:
        width = max(len(row) for row in block)
        column_areas = [sum(row[i][1] for row in block if i < len(row)) for i in range(width)]
        # The x of each column's edges, rounded once so that neighbours share them exactly.
        edges, x = [round(left)], left
        for area in column_areas:
            x += (right - left) * area / sum(column_areas)
            edges.append(round(x))
        for row in block:
            y0, y1 = round(y), round(y + row_height)
            for index, (code, _area) in enumerate(row):
                shapes[code] = _rectangle(edges[index], y0, edges[index + 1], y1)
            y += row_height
        y += ROAD
    return shapes


def demo_shapes():
    """{("zone", phase key, zone code) or ("plot", plot code): shape text} for the demo content."""
    shapes = {}
    for phase_key, code, land_use, number, _area in ZONES:
        kind = (str(land_use), number if land_use == Zone.LandUse.FACTORY else None)
        outline = BASE_OUTLINES[kind]
        shapes[("zone", phase_key, code)] = format_points(_mirror(outline, phase_key))
        if kind in COLUMNS:
            plots = [(plot[0], plot[2]) for plot in PLOTS if plot[1] == code]
            for plot_code, rectangle in _subdivide(outline, plots, COLUMNS[kind]).items():
                shapes[("plot", plot_code)] = format_points(_mirror(rectangle, phase_key))
    return shapes


def apply_demo_shapes():
    """Give the demo zones and plots their outlines; returns how many were changed (0 on a second run)."""
    phase_keys = {data["name_vi"]: data["key"] for data in PHASES}
    shapes = demo_shapes()
    changed = 0
    zones = Zone.objects.select_related("phase").filter(phase__name_vi__in=phase_keys)
    plots = Plot.objects.select_related("zone__phase").filter(code__in=[key[1] for key in shapes if key[0] == "plot"])
    targets = [(zone, ("zone", phase_keys[zone.phase.name_vi], zone.code)) for zone in zones]
    targets += [(plot, ("plot", plot.code)) for plot in plots]
    for obj, key in targets:
        shape = shapes.get(key)
        if shape is not None and obj.shape != shape:
            obj.shape = shape
            obj.full_clean()
            obj.save(update_fields=["shape"])
            changed += 1
    return changed
