"""The corridor map: the park and the places its connection records lead to, drawn as a schematic inline SVG.

Positions come from the records' latitude and longitude (the park's own and
each connection's), projected flat (longitude scaled by the cosine of the
middle latitude) into a fixed-width drawing. No tiles and no outside request:
the roads are a few schematic lines through the towns they serve, enough to
read the corridor, not to navigate by. Labels are placed so that they do not
cover one another; a label moved away from its place gets a leader line.
"""

import math
from dataclasses import dataclass, field
from itertools import pairwise

from django.utils.formats import number_format
from django.utils.translation import gettext, gettext_lazy, ngettext

WIDTH = 420
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 24, 28, 56
FONT = 15
SMALL = 12.5
CHAR = 0.56  # a character's width in ems, roughly, for Be Vietnam Pro
LINE_LENGTH = 22  # characters of a place's name on one line of its label
NEAR, FAR = 10, 34  # how far from its place a label starts: beside it, or past a road that runs beside it

# Schematic roads: (label, kind, [(latitude, longitude)]). Waypoints are towns the road runs through.
HANOI, THAI_NGUYEN, PARK, BAC_KAN = (21.03, 105.85), (21.59, 105.84), (21.86, 105.78), (22.15, 105.83)
CAO_BANG, TA_LUNG, LANG_SON, HUU_NGHI = (22.67, 106.26), (22.49, 106.58), (21.85, 106.76), (21.98, 106.70)
HAI_PHONG = (20.84, 106.75)
ROADS = [
    (
        "CT07",
        gettext_lazy("Hanoi – Thai Nguyen – Cho Moi Expressway (CT.07)"),
        "expressway",
        [(21.05, 105.88), (21.32, 105.89), (21.58, 105.88), (21.85, 105.80)],
    ),
    (
        "CT04",
        gettext_lazy("Hanoi – Hai Phong expressway"),
        "expressway",
        [(21.02, 105.88), (20.93, 106.30), (20.85, 106.72)],
    ),
    ("QL3", gettext_lazy("National Highway 3"), "national", [HANOI, THAI_NGUYEN, PARK, BAC_KAN, CAO_BANG, TA_LUNG]),
    ("QL1B", gettext_lazy("National Highway 1B"), "national", [THAI_NGUYEN, (21.80, 106.20), LANG_SON, HUU_NGHI]),
]
# Towns drawn for orientation only (not destinations of a connection record).
TOWNS = [(gettext_lazy("Cao Bang"), CAO_BANG), (gettext_lazy("Lang Son"), LANG_SON)]


@dataclass
class Label:
    lines: list
    x: float
    y: float
    anchor: str  # "start" or "end"
    leader: tuple | None = None  # (x1, y1, x2, y2) when the label was moved away from its place

    figures: int = 1  # how many of the last lines are figures, set in the smaller type

    @property
    def line_positions(self):
        first_figure = len(self.lines) - self.figures
        return [(text, self.y + index * (FONT + 2), index >= first_figure) for index, text in enumerate(self.lines)]


@dataclass
class Place:
    name: str
    x: float
    y: float
    kind: str  # a connection's mode, "park" or "town"
    label: Label = None
    connection: object = None


@dataclass
class Road:
    code: str
    name: str
    kind: str
    points: str
    shield_x: float  # the centre of the shield with the road's code
    shield_y: float

    @property
    def shield_box(self):
        half = len(self.code) * SMALL * CHAR / 2 + 4
        return self.shield_x - half, self.shield_y - 9, self.shield_x + half, self.shield_y + 9

    @property
    def shield_width(self):
        box = self.shield_box
        return round(box[2] - box[0], 1)


@dataclass
class CorridorMap:
    width: int
    height: int
    places: list = field(default_factory=list)
    roads: list = field(default_factory=list)

    def _roads_of(self, kind):
        return "; ".join(f"{road.code}: {road.name}" for road in self.roads if road.kind == kind)

    @property
    def expressways(self):
        return self._roads_of("expressway")

    @property
    def national_roads(self):
        return self._roads_of("national")

    @property
    def destinations(self):
        return [place for place in self.places if place.connection is not None]


def drive_time(minutes):
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return gettext("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": rest}
    if hours:
        return ngettext("%(hours)s hour", "%(hours)s hours", hours) % {"hours": hours}
    return gettext("%(minutes)s min") % {"minutes": minutes}


def distance_line(connection):
    text = f"{number_format(connection.distance_km, decimal_pos=0, force_grouping=True)} km"
    time = drive_time(connection.travel_time_minutes)
    return f"{text} · {time}" if time else text


class _Projection:
    def __init__(self, positions):
        latitudes = [lat for lat, _lon in positions]
        longitudes = [lon for _lat, lon in positions]
        self.north, self.west = max(latitudes), min(longitudes)
        self.squeeze = math.cos(math.radians((max(latitudes) + min(latitudes)) / 2))
        span_x = max((max(longitudes) - self.west) * self.squeeze, 0.01)
        span_y = max(self.north - min(latitudes), 0.01)
        self.scale = (WIDTH - 2 * MARGIN_X) / span_x
        self.height = round(span_y * self.scale + MARGIN_TOP + MARGIN_BOTTOM)

    def __call__(self, latitude, longitude):
        x = MARGIN_X + (longitude - self.west) * self.squeeze * self.scale
        y = MARGIN_TOP + (self.north - latitude) * self.scale
        return round(x, 1), round(y, 1)


def wrap(name, width=LINE_LENGTH):
    """A place's name on as many lines of about `width` characters as it needs."""
    lines = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [name]


def _box(label):
    width = max(len(text) * (SMALL if small else FONT) * CHAR for text, _y, small in label.line_positions)
    left = {"start": label.x, "end": label.x - width, "middle": label.x - width / 2}[label.anchor]
    top = label.y - FONT
    return left, top, left + width, top + (FONT + 2) * len(label.lines)


def _overlaps(box, other, pad=2):
    return not (
        box[2] + pad < other[0] or other[2] + pad < box[0] or box[3] + pad < other[1] or other[3] + pad < box[1]
    )


def _segments(roads):
    """The straight stretches of the roads, as ((x1, y1), (x2, y2))."""
    segments = []
    for road in roads:
        segments += pairwise(tuple(float(value) for value in point.split(",")) for point in road.points.split())
    return segments


def _crosses(box, segment, pad=0):
    """Whether the straight stretch runs through the box (grown by `pad` on every side)."""
    left, top, right, bottom = box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad
    (x1, y1), (x2, y2) = segment
    dx, dy = x2 - x1, y2 - y1
    start, end = 0.0, 1.0
    # Liang–Barsky: clip the stretch to the box; it crosses the box if anything is left of it.
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            start = max(start, t)
        else:
            end = min(end, t)
        if start > end:
            return False
    return True


def _place_labels(places, height, roads):
    """Give each place a label beside it that covers no other label, place or road shield, moving it if need be;
    of the free positions, the first that no road runs through."""
    taken = [(place.x - 7, place.y - 7, place.x + 7, place.y + 7) for place in places]
    taken += [road.shield_box for road in roads]
    segments = _segments(roads)
    for place in sorted(places, key=lambda item: (item.kind != "park", item.y)):
        lines = wrap(place.name) + ([distance_line(place.connection)] if place.connection is not None else [])
        prefer_left = place.x > WIDTH * 0.6
        height_of_label = (FONT + 2) * len(lines)
        figures = 1 if place.connection is not None else 0
        candidates = []
        for step in (0, 1, -1, 2, -2, 3, -3):
            dy = step * (FONT + 4)
            for left in (prefer_left, not prefer_left):
                candidates.append(
                    Label(
                        lines,
                        place.x - NEAR if left else place.x + NEAR,
                        place.y + 5 + dy,
                        "end" if left else "start",
                        figures=figures,
                    )
                )
            if step == 0:  # centred below, then above the place
                candidates.append(Label(lines, place.x, place.y + 10 + FONT, "middle", figures=figures))
                candidates.append(
                    Label(lines, place.x, place.y - 8 - height_of_label + FONT, "middle", figures=figures)
                )
        # Farther out to the side, past roads that run close beside the place (with a leader line).
        for step in (0, 1, -1, 2, -2):
            dy = step * (FONT + 4)
            for left in (prefer_left, not prefer_left):
                x = place.x - FAR if left else place.x + FAR
                candidates.append(Label(lines, x, place.y + 5 + dy, "end" if left else "start", figures=figures))
        free = []
        for label in candidates:
            box = _box(label)
            inside = box[0] >= 2 and box[2] <= WIDTH - 2 and box[1] >= 2 and box[3] <= height - 2
            if inside and not any(_overlaps(box, other) for other in taken):
                free.append(label)
        clear = [label for label in free if not any(_crosses(_box(label), segment) for segment in segments)]
        chosen = (clear or free or [None])[0]
        if chosen is None:  # nowhere free: beside the place, as readable as the drawing allows
            chosen = candidates[0]
        elif chosen.anchor != "middle" and (abs(chosen.y - (place.y + 5)) > FONT or abs(chosen.x - place.x) > NEAR):
            chosen.leader = (place.x, place.y, chosen.x, chosen.y - FONT / 3)
        place.label = chosen
        taken.append(_box(chosen))


def build_corridor_map(park, connections):
    """The CorridorMap of the park and its connections with a position; None without the park's position."""
    if park is None or park.latitude is None or park.longitude is None:
        return None
    located = [connection for connection in connections if connection.on_map]
    if not located:
        return None
    positions = [(float(park.latitude), float(park.longitude))]
    positions += [(float(c.latitude), float(c.longitude)) for c in located]
    project = _Projection(positions + [point for *_names, waypoints in ROADS for point in waypoints])
    drawing = CorridorMap(width=WIDTH, height=project.height)
    drawing.places.append(Place(park.short_name or park.name, *project(*positions[0]), kind="park"))
    for connection in located:
        x, y = project(float(connection.latitude), float(connection.longitude))
        drawing.places.append(Place(connection.destination, x, y, kind=connection.mode, connection=connection))
    for name, (lat, lon) in TOWNS:
        drawing.places.append(Place(str(name), *project(lat, lon), kind="town"))
    for code, name, kind, waypoints in ROADS:
        points = [project(lat, lon) for lat, lon in waypoints]
        # The shield sits halfway along the road's middle stretch.
        (x1, y1), (x2, y2) = points[(len(points) - 1) // 2], points[(len(points) - 1) // 2 + 1]
        drawing.roads.append(
            Road(
                code,
                str(name),
                kind,
                " ".join(f"{x},{y}" for x, y in points),
                round((x1 + x2) / 2, 1),
                round((y1 + y2) / 2, 1),
            )
        )
    _place_labels(drawing.places, drawing.height, drawing.roads)
    return drawing
