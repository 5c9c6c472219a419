"""Shapes on the master plan: the text the board types, checked with a message that says what and where."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from core.testing import admin_form_data
from parks import shapes
from parks.models import Phase, Plot, Zone


@pytest.fixture(autouse=True)
def _english():
    """The messages below are compared in English, the language of the msgids."""
    with translation.override("en"):
        yield


def error_of(text, width=1000, height=700):
    with pytest.raises(ValidationError) as caught:
        shapes.validate_shape(text, width, height)
    with translation.override("en"):
        return caught.value.code, " ".join(caught.value.messages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0,0 100,0 100,50", [(0, 0), (100, 0), (100, 50)]),
        ("  10,20   30,20\n30,40 ", [(10, 20), (30, 20), (30, 40)]),
        ("10, 20 30 ,20 30 , 40", [(10, 20), (30, 20), (30, 40)]),
        ("0.5,0.25 999.75,0 1000,700", [(0.5, 0.25), (999.75, 0), (1000, 700)]),
        ("0,0 10,0 10,10 0,10 0,0", [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]),  # closed ring
    ],
)
def test_valid_shapes_parse_to_their_points(text, expected):
    points = shapes.validate_shape(text, 1000, 700)
    assert [(p.x, p.y) for p in points] == expected


def test_canonical_text_round_trips():
    points = shapes.parse_shape("10.50,20 30,20.0 30,40")
    assert shapes.format_points(points) == "10.5,20 30,20 30,40"
    assert shapes.parse_shape(shapes.format_points(points)) == points


@pytest.mark.parametrize(
    ("text", "count"),
    [("0,0 10,10", 2), ("5,5", 1), ("0,0 10,10 0,0 10,10", 2), ("1,1 1,1 1,1 1,1", 1)],
)
def test_fewer_than_three_distinct_points_is_refused(text, count):
    code, message = error_of(text)
    assert code == "too_few_points"
    assert f"at least three different corners; this one has {count}" in message


def test_empty_shape_is_refused_by_the_parser_but_allowed_on_the_model():
    assert error_of("   ")[0] == "empty"
    shapes.validate_shape_syntax("")  # a zone or plot not drawn yet
    shapes.validate_shape_syntax("  \n ")


@pytest.mark.parametrize(
    ("text", "code", "fragment"),
    [
        ("abc", "not_a_pair", "Point 1 (“abc”) is not an x,y pair"),
        ("0,0 10;0 10,10", "not_a_pair", "Point 2 (“10;0”) is not an x,y pair"),
        ("0,0 10,0,5 10,10", "not_a_pair", "Point 2 (“10,0,5”)"),
        ("0,0 10, 10,10", "not_a_pair", "Point 2"),
        ("0,0 10,x 10,10", "not_a_number", "Point 2 (“10,x”): “x” is not a number"),
        ("0,0 1e3,0 10,10", "not_a_number", "Point 2 (“1e3,0”): “1e3” is not a number"),
        ("0,0 1_000,0 10,10", "not_a_number", "“1_000” is not a number"),
        ("0,0 10,0 10,10 <script>", "not_a_pair", "Point 4 (“<script>”)"),
        ("M0 0 L10 0 L10 10 Z", "not_a_pair", "Point 1 (“M0”)"),
        ("[[0,0],[10,0],[10,10]]", "not_a_pair", "Point 1"),
    ],
)
def test_garbage_is_refused_naming_the_point(text, code, fragment):
    got_code, message = error_of(text)
    assert got_code == code
    assert fragment in message


@pytest.mark.parametrize("bad", ["nan", "NaN", "inf", "-inf", "Infinity"])
def test_nan_and_infinity_are_not_numbers(bad):
    code, message = error_of(f"0,0 {bad},0 10,10")
    assert code == "not_a_number"
    assert f"“{bad}” is not a number" in message


def test_a_number_too_large_for_a_float_is_refused():
    code, message = error_of(f"0,0 {'9' * 400},0 10,10")
    assert code == "not_finite"
    assert "too large" in message
    assert len(message) < 200  # the garbage is quoted short


def test_points_on_one_line_have_no_area():
    code, message = error_of("0,0 10,10 20,20")
    assert code == "no_area"
    assert "one straight line" in message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("0,0 1001,0 500,500", "Point 2 (1001,0) lies outside the plan"),
        ("-5,0 10,0 10,10", "Point 1 (-5,0) lies outside the plan"),
        ("0,0 10,0 10,700.5", "Point 3 (10,700.5) lies outside the plan"),
    ],
)
def test_points_outside_the_plan_are_refused(text, fragment):
    code, message = error_of(text)
    assert code == "out_of_bounds"
    assert fragment in message
    assert "0 to 1000 across and from 0 to 700 down" in message


def test_the_plan_edges_are_inside():
    shapes.validate_shape("0,0 1000,0 1000,700 0,700", 1000, 700)


def test_too_many_points_is_refused():
    text = " ".join(f"{i % 1000},{i % 700}" for i in range(shapes.MAX_POINTS + 1))
    assert error_of(text)[0] == "too_many_points"


def test_geometry_helpers():
    square = shapes.parse_shape("0,0 10,0 10,10 0,10")
    assert shapes.polygon_area(square) == 100
    assert shapes.centroid(square) == shapes.Point(5, 5)
    assert shapes.contains(square, shapes.Point(5, 5))
    assert not shapes.contains(square, shapes.Point(15, 5))
    ell = shapes.parse_shape("0,0 100,0 100,10 10,10 10,100 0,100")
    assert not shapes.contains(ell, shapes.centroid(ell))  # why an L-shaped zone gets no label
    assert shapes.bounding_box(ell) == (0, 0, 100, 100)
    assert shapes.distance_to_edges(square, shapes.Point(5, 5)) == 5


def test_a_label_goes_where_it_fits():
    square = shapes.parse_shape("0,0 10,0 10,10 0,10")
    assert shapes.label_point(square, clearance=3) == (shapes.Point(5, 5), 5)
    # A road shaped like a T: the centroid lies on the stem's edge; the label goes deep inside a strip.
    tee = shapes.parse_shape("0,0 100,0 100,10 55,10 55,100 45,100 45,10 0,10")
    point, depth = shapes.label_point(tee, clearance=4)
    assert shapes.contains(tee, point)
    assert depth >= 4


# --------------------------------------------------------------------------- on the models


@pytest.fixture
def small_phase(park):
    phase = Phase.objects.get(name_en="Phase II")
    phase.plan_width, phase.plan_height = 500, 300
    phase.save()
    return phase


@pytest.mark.django_db
def test_model_checks_the_shape_against_its_phase_plan(small_phase):
    plot = Plot.objects.filter(zone__phase=small_phase).first()
    plot.shape = "0,0 400,0 400,250"
    plot.full_clean()  # inside 500 × 300
    plot.shape = "0,0 600,0 600,250"
    with pytest.raises(ValidationError) as caught, translation.override("en"):
        plot.full_clean()
    assert list(caught.value.message_dict) == ["shape"]
    assert "Point 2 (600,0) lies outside the plan, which runs from 0 to 500" in caught.value.message_dict["shape"][0]


@pytest.mark.django_db
def test_model_reports_syntax_once_on_the_shape_field(park):
    zone = Zone.objects.first()
    zone.shape = "0,0 10,abc 5,5"
    with pytest.raises(ValidationError) as caught, translation.override("en"):
        zone.full_clean()
    assert caught.value.message_dict == {
        "shape": ["Point 2 (“10,abc”): “abc” is not a number. Use digits with a dot for decimals."]
    }


@pytest.mark.django_db
def test_a_plan_cannot_shrink_below_its_shapes(small_phase):
    zone = small_phase.zones.first()
    zone.shape = "0,0 480,0 480,280 0,280"
    zone.save()
    small_phase.plan_width = 400
    with pytest.raises(ValidationError) as caught, translation.override("en"):
        small_phase.full_clean()
    assert f"The plan is too small for the shape of {zone}" in caught.value.messages[0]


@pytest.mark.django_db
def test_admin_shows_a_malformed_shape_as_a_form_error_and_saves_nothing(admin_client, park):

    plot = Plot.objects.first()
    url = reverse("admin:parks_plot_change", args=[plot.pk])
    with translation.override("en"):
        data = admin_form_data(admin_client.get(url))
        data["shape"] = "0,0 10,0 banana"
        response = admin_client.post(url, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["shape"] == [
        "Point 3 (“banana”) is not an x,y pair. Write each corner as two numbers joined by a comma."
    ]
    plot.refresh_from_db()
    assert plot.shape == ""

    with translation.override("en"):
        data["shape"] = "0,0 100,0 100,60"
        response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    plot.refresh_from_db()
    assert plot.shape == "0,0 100,0 100,60"


@pytest.mark.django_db
def test_admin_help_text_documents_the_format(admin_client, park):
    zone = Zone.objects.first()
    with translation.override("en"):
        html = admin_client.get(reverse("admin:parks_zone_change", args=[zone.pk])).content.decode()
    assert "x,y pairs separated by spaces" in html
    assert "100,50 300,50 300,200 100,200" in html
