"""Neighbours from the outlines: a shared stretch of boundary counts; a corner or a road between does not."""

import pytest

from parks import neighbours
from parks.models import Phase, Plot
from parks.neighbours import PlotNeighbours, adjacency, shared_boundary
from parks.shapes import parse_shape


def outline(text):
    return parse_shape(text)


def square(left, top, size=100):
    return outline(f"{left},{top} {left + size},{top} {left + size},{top + size} {left},{top + size}")


@pytest.mark.parametrize(
    ("first", "second", "length"),
    [
        # Edge to edge: the whole side is shared.
        (square(0, 0), square(100, 0), 100),
        # Side by side but offset: half a side is shared.
        (square(0, 0), square(100, 50), 50),
        # A small plot against a long side.
        (square(0, 0, 200), square(200, 60, 40), 40),
        # Diagonal edges: a triangle and its mirror share the hypotenuse.
        (outline("0,0 100,0 0,100"), outline("100,0 100,100 0,100"), 141.42),
        # Corner to corner: a point, not a stretch.
        (square(0, 0), square(100, 100), 0),
        # Across a road 20 units wide.
        (square(0, 0), square(120, 0), 0),
        # In line on the same side, end to end: they meet at a point only.
        (outline("0,0 100,0 100,10 0,10"), outline("100,-10 200,-10 200,0 100,0"), 0),
        # Parallel edges a hair apart: not touching.
        (square(0, 0), square(100.01, 0), 0),
    ],
)
def test_shared_boundary(first, second, length):
    assert shared_boundary(first, second) == pytest.approx(length, abs=0.01)
    assert shared_boundary(second, first) == pytest.approx(length, abs=0.01)


def test_adjacency_of_a_block_and_a_road():
    # Two rows of two plots edge to edge, and one plot across a road.
    outlines = {
        "a": square(0, 0),
        "b": square(100, 0),
        "c": square(0, 100),
        "d": square(100, 100),
        "e": square(224, 0),
    }
    found = {key: set(value) for key, value in adjacency(outlines).items()}
    assert found == {"a": {"b", "c"}, "b": {"a", "d"}, "c": {"a", "d"}, "d": {"b", "c"}, "e": set()}


def test_the_work_grows_with_the_touching_pairs_not_with_every_pair(monkeypatch):
    calls = []

    def counting(first, second):
        calls.append(1)
        return shared_boundary(first, second)

    monkeypatch.setattr(neighbours, "shared_boundary", counting)
    size = 20
    outlines = {(i, j): square(i * 100, j * 100) for i in range(size) for j in range(size)}
    found = adjacency(outlines)
    assert len(found[(5, 5)]) == 4 and len(found[(0, 0)]) == 2
    plots = size * size
    # Each square's box touches at most eight others (corners included): about 4 pairs per plot, never n².
    assert len(calls) <= 4 * plots < plots * (plots - 1) // 2


def draw(plot, text):
    plot.shape = text
    plot.save(update_fields=["shape"])


@pytest.mark.django_db
def test_plots_of_different_phases_are_never_neighbours(park):
    first, second = Phase.objects.order_by("order")[:2]
    a = Plot.objects.filter(zone__phase=first).order_by("code").first()
    b = Plot.objects.filter(zone__phase=second).order_by("code").first()
    draw(a, "0,0 100,0 100,100 0,100")
    draw(b, "100,0 200,0 200,100 100,100")  # the same place on another phase's plan
    found = PlotNeighbours(Plot.objects.select_related("zone__phase"))
    assert found.of(a) == [] and found.of(b) == []


@pytest.mark.django_db
def test_room_to_grow_counts_only_available_neighbours(park):
    phase = Phase.objects.order_by("order").first()
    available, reserved, leased = Plot.objects.filter(zone__phase=phase).order_by("code")[:3]
    assert (available.status, reserved.status, leased.status) == ("available", "reserved", "leased")
    extra = Plot.objects.filter(zone__phase=phase, status="available").exclude(pk=available.pk).first()
    draw(available, "0,100 100,100 100,200 0,200")
    draw(reserved, "100,100 200,100 200,200 100,200")
    draw(leased, "0,200 100,200 100,300 0,300")
    draw(extra, "0,0 100,0 100,100 0,100")
    found = PlotNeighbours(Plot.objects.select_related("zone__phase"))
    assert {plot.code for plot in found.of(available)} == {reserved.code, leased.code, extra.code}
    room = found.room_to_grow(available)
    assert room.neighbours == [extra]
    assert room.combined_m2 == available.area_m2 + extra.area_m2
