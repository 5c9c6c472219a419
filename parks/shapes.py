"""Outlines of zones and plots on a phase's master plan.

A shape is stored as text in the SVG `points` syntax: x,y pairs separated by
spaces, in the plan's own units, with 0,0 at the top left, x growing to the
right up to the plan's width and y growing downwards up to its height, e.g.

    100,50 300,50 300,200 100,200

The same text goes straight into an SVG `<polygon points="...">`, so what the
board types is what the plan draws. `parse_shape` checks the syntax and
`check_bounds` the plan's bounds; both raise a ValidationError that says what
is wrong and at which point.
"""

import math
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_POINTS = 500
MAX_LENGTH = 20_000

# A plain decimal number: no exponent, no "nan", no "inf", no underscores.
_NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)")
# Spaces around a comma are forgiven: "10, 20" is the point (10, 20).
_COMMA_SPACES = re.compile(r"\s*,\s*")

HELP_TEXT = _(
    "The outline on the master plan: at least three corners as x,y pairs separated by spaces, in the "
    "plan's own units, with 0,0 at the top left corner, x to the right up to the plan's width and y "
    "downwards up to its height. Example: 100,50 300,50 300,200 100,200. Leave blank when the outline "
    "is not drawn yet."
)


@dataclass(frozen=True)
class Point:
    x: float
    y: float


def _show(token):
    """A token as quoted in a message: long garbage is cut short."""
    return token if len(token) <= 30 else token[:29] + "…"


def _number(text, index, token):
    if not _NUMBER.fullmatch(text):
        raise ValidationError(
            _("Point %(index)s (“%(token)s”): “%(value)s” is not a number. Use digits with a dot for decimals."),
            code="not_a_number",
            params={"index": index, "token": _show(token), "value": _show(text)},
        )
    value = float(text)
    if not math.isfinite(value):
        raise ValidationError(
            _("Point %(index)s (“%(token)s”): “%(value)s” is too large."),
            code="not_finite",
            params={"index": index, "token": _show(token), "value": _show(text)},
        )
    return value


def parse_shape(text):
    """The points of a shape's text, in order; ValidationError naming the first problem."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("The shape is empty."), code="empty")
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            _("The shape is too long: at most %(max)s characters."), code="too_long", params={"max": MAX_LENGTH}
        )
    tokens = _COMMA_SPACES.sub(",", text).split()
    if len(tokens) > MAX_POINTS:
        raise ValidationError(
            _("The shape has %(count)s points; at most %(max)s are allowed."),
            code="too_many_points",
            params={"count": len(tokens), "max": MAX_POINTS},
        )
    points = []
    for index, token in enumerate(tokens, start=1):
        parts = token.split(",")
        if len(parts) != 2 or not parts[0] or not parts[1]:
            raise ValidationError(
                _(
                    "Point %(index)s (“%(token)s”) is not an x,y pair. Write each corner as two numbers joined by a comma."
                ),
                code="not_a_pair",
                params={"index": index, "token": _show(token)},
            )
        points.append(Point(_number(parts[0], index, token), _number(parts[1], index, token)))
    distinct = list(dict.fromkeys(points))
    if len(distinct) < 3:
        raise ValidationError(
            _("A shape needs at least three different corners; this one has %(count)s."),
            code="too_few_points",
            params={"count": len(distinct)},
        )
    if polygon_area(points) == 0:
        raise ValidationError(_("The corners all lie on one straight line, so the shape has no area."), code="no_area")
    return points


def check_bounds(points, width, height):
    """ValidationError naming the first point outside the plan (0..width, 0..height)."""
    for index, point in enumerate(points, start=1):
        if not (0 <= point.x <= width and 0 <= point.y <= height):
            raise ValidationError(
                _(
                    "Point %(index)s (%(x)s,%(y)s) lies outside the plan, which runs from 0 to %(width)s "
                    "across and from 0 to %(height)s down."
                ),
                code="out_of_bounds",
                params={
                    "index": index,
                    "x": format_number(point.x),
                    "y": format_number(point.y),
                    "width": width,
                    "height": height,
                },
            )


def validate_shape_syntax(text):
    """Field validator: the syntax alone (the bounds depend on the phase, see the models' clean())."""
    if text and text.strip():
        parse_shape(text)


def validate_shape(text, width, height):
    """The points of a shape that is well formed and inside a width × height plan."""
    points = parse_shape(text)
    check_bounds(points, width, height)
    return points


def drawable_points(text, width, height):
    """The points of a stored shape that can be drawn on a width × height plan; None when blank or not valid.

    For the plan and the open data: a shape saved before a rule existed, or left outside by a raw
    update of the plan's size, is left off rather than drawn wrong or answered with a 500.
    """
    if not text or not text.strip():
        return None
    try:
        return validate_shape(text, width, height)
    except ValidationError:
        return None


def format_number(value):
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def format_points(points):
    """Points as the canonical text: "x,y x,y ...", integers without decimals."""
    return " ".join(f"{format_number(p.x)},{format_number(p.y)}" for p in points)


def polygon_area(points):
    """The area enclosed (shoelace formula), always positive."""
    return abs(_signed_area(points))


def _signed_area(points):
    total = 0.0
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        total += a.x * b.y - b.x * a.y
    return total / 2


def centroid(points):
    """Where a label goes: the polygon's centre of mass."""
    area = _signed_area(points)
    cx = cy = 0.0
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        cross = a.x * b.y - b.x * a.y
        cx += (a.x + b.x) * cross
        cy += (a.y + b.y) * cross
    return Point(cx / (6 * area), cy / (6 * area))


def contains(points, point):
    """Whether `point` lies inside the polygon (even-odd rule, by casting a ray to the right)."""
    inside = False
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        if (a.y > point.y) != (b.y > point.y):
            crossing = a.x + (point.y - a.y) * (b.x - a.x) / (b.y - a.y)
            if point.x < crossing:
                inside = not inside
    return inside


def distance_to_edges(points, point):
    """The distance from `point` to the polygon's nearest edge."""
    best = math.inf
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        dx, dy = b.x - a.x, b.y - a.y
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length))
        best = min(best, math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy)))
    return best


def label_point(points, clearance, steps=16):
    """Where a label fits: the centroid when it lies inside with `clearance` to spare, otherwise the
    point of a grid over the shape that lies deepest inside it (an L- or T-shaped zone's centroid
    can fall outside it or on its edge). Returns (point, its distance to the nearest edge)."""
    middle = centroid(points)
    depth = distance_to_edges(points, middle) if contains(points, middle) else 0.0
    if depth >= clearance:
        return middle, depth
    left, top, right, bottom = bounding_box(points)
    for i in range(steps):
        for j in range(steps):
            candidate = Point(left + (i + 0.5) * (right - left) / steps, top + (j + 0.5) * (bottom - top) / steps)
            if contains(points, candidate):
                distance = distance_to_edges(points, candidate)
                if distance > depth:
                    middle, depth = candidate, distance
    return middle, depth


def horizontal_span(points, point):
    """The stretch of the horizontal line through `point` that lies inside the polygon around it: (left, right)."""
    crossings = sorted(
        a.x + (point.y - a.y) * (b.x - a.x) / (b.y - a.y)
        for a, b in zip(points, points[1:] + points[:1], strict=True)
        if (a.y > point.y) != (b.y > point.y)
    )
    for left, right in zip(crossings[::2], crossings[1::2], strict=False):
        if left <= point.x <= right:
            return left, right
    return point.x, point.x


def bounding_box(points):
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    return min(xs), min(ys), max(xs), max(ys)
