"""The demo park's master plans: every zone and plot drawn, inside its plan and its zone, applied idempotently."""

import pytest

from parks import shapes
from parks.demo import load_demo_park
from parks.demo_shapes import apply_demo_shapes
from parks.models import Plot, Zone


@pytest.fixture
def demo(db):
    load_demo_park()
    return apply_demo_shapes()


@pytest.mark.django_db
def test_every_demo_zone_and_plot_gets_a_valid_shape_once(demo):
    assert demo == Zone.objects.count() + Plot.objects.count()
    for item in [*Zone.objects.select_related("phase"), *Plot.objects.select_related("zone__phase")]:
        item.full_clean()
        assert item.shape, item
    assert apply_demo_shapes() == 0  # a second run changes nothing


@pytest.mark.django_db
def test_plots_lie_inside_their_zone_and_do_not_overlap(demo):
    for zone in Zone.objects.prefetch_related("plots"):
        left, top, right, bottom = shapes.bounding_box(shapes.parse_shape(zone.shape))
        boxes = []
        for plot in zone.plots.all():
            box = shapes.bounding_box(shapes.parse_shape(plot.shape))
            assert left <= box[0] < box[2] <= right and top <= box[1] < box[3] <= bottom, plot
            boxes.append(box)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (zone, a, b)


@pytest.mark.django_db
def test_the_three_phases_are_laid_out_differently(demo):
    factory_zones = Zone.objects.filter(code__in=["I-A", "E-A", "II-A"]).order_by("code")
    assert len({zone.shape for zone in factory_zones}) == 3
