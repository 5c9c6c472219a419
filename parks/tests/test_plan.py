"""The master plan page: inline SVG with every plot a named link, a legend, the same plots in a table."""

import pytest
from django.conf import settings
from django.utils import translation

from conftest import build_park
from core.testing import language_switch_links, parse, query_count
from parks.models import Phase, Plot
from parks.plan import build_plan, plot_accessible_name
from parks.tests.conftest import draw_park

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def plan_url(phase, language):
    with translation.override(language):
        return phase.get_plan_url()


def svg_of(html):
    svg = parse(html).find("svg", class_="plan-svg")
    assert svg is not None, "no <svg class=plan-svg> on the page"
    return svg


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_svg_has_every_plot_of_the_phase_as_a_named_link(client, drawn_park, language):
    for phase in Phase.objects.all():
        response = client.get(plan_url(phase, language))
        assert response.status_code == 200
        svg = svg_of(response.content)
        links = {link.attrs["href"]: link for link in svg.find_all("a")}
        plots = Plot.objects.filter(zone__phase=phase)
        assert len(links) == plots.count() == 6
        with translation.override(language):
            for plot in plots:
                link = links[plot.get_absolute_url()]
                name = plot_accessible_name(plot)
                assert link.attrs["aria-label"] == name
                assert link.find("title").text() == name
                assert link.find("polygon").attrs["points"] == plot.shape
                assert link.find("text").text() == plot.code
                assert "status-" + plot.status in link.classes


@pytest.mark.django_db
def test_accessible_name_reads_code_area_and_status(drawn_park):
    plot = Plot.objects.get(code="P0-0-1")
    with translation.override("en"):
        assert plot_accessible_name(plot) == "Plot P0-0-1, 10,001 m², reserved"
    with translation.override("vi"):
        name = plot_accessible_name(plot)
    assert "P0-0-1" in name and "10.001 m²" in name
    with translation.override("vi"):
        assert plot.get_status_display().lower() in name


@pytest.mark.django_db
def test_svg_is_a_labelled_group_with_title_description_and_patterns(client, drawn_park):
    phase = Phase.objects.get(name_en="Phase II")
    svg = svg_of(client.get(plan_url(phase, "en")).content)
    # A group, not role="img": an img's children are presentational, which would hide the plot links.
    assert svg.attrs["role"] == "group"
    title = svg.find("title", id=svg.attrs["aria-labelledby"])
    assert title is not None and title.text() == "Master plan of Phase II"
    assert svg.find("desc", id=svg.attrs["aria-describedby"]) is not None
    assert svg.attrs["viewbox"] == "0 0 1000 700"
    prefix = svg.attrs["id"]
    assert svg.find("pattern", id=f"{prefix}-reserved") is not None
    assert svg.find("pattern", id=f"{prefix}-leased") is not None
    fills = {
        link.attrs["aria-label"].split(",")[0]: link.find("polygon").attrs.get("fill") for link in svg.find_all("a")
    }
    for plot in Plot.objects.filter(zone__phase=phase):
        expected = None if plot.status == Plot.Status.AVAILABLE else f"url(#{prefix}-{plot.status})"
        assert fills[f"Plot {plot.code}"] == expected, plot
    # Zones are drawn by land use, as background.
    zones = svg.find("g", class_="plan-zones")
    assert zones.attrs["aria-hidden"] == "true"
    assert len(zones.find_all("polygon")) == phase.zones.count()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_svg_numbers_are_not_localised(client, drawn_park, language):
    # Vietnamese groups thousands with a dot: "1.000" in a viewBox would break the drawing.
    phase = Phase.objects.first()
    phase.plan_width = 12000
    phase.save()
    svg = svg_of(client.get(plan_url(phase, language)).content)
    assert svg.attrs["viewbox"] == "0 0 12000 700"
    for text in svg.find_all("text"):
        float(text.attrs["x"]), float(text.attrs["y"]), float(text.attrs["font-size"])


@pytest.mark.django_db
def test_legend_names_each_status_in_words_with_its_swatch(client, drawn_park):
    phase = Phase.objects.get(name_en="Phase II")
    document = parse(client.get(plan_url(phase, "en")).content)
    legend = document.find("div", class_="plan-legend")
    text = " ".join(legend.text().split())
    for word in ["Available (2)", "Reserved (2)", "Leased (2)", "Land use", "Factories"]:
        assert word in text
    swatches = legend.find_all("rect", class_="swatch-plot")
    assert [rect.attrs.get("fill") for rect in swatches] == [
        None,
        f"url(#plan-{phase.pk}-reserved)",
        f"url(#plan-{phase.pk}-leased)",
    ]


@pytest.mark.django_db
def test_table_beside_the_plan_lists_the_same_plots(client, drawn_park):
    phase = Phase.objects.first()
    document = parse(client.get(plan_url(phase, "en")).content)
    table = document.find("table", class_="data")
    codes = [row.find("th").find("a").text() for row in table.find("tbody").find_all("tr")]
    assert codes == sorted(Plot.objects.filter(zone__phase=phase).values_list("code", flat=True))


@pytest.mark.django_db
def test_a_plot_without_a_shape_is_in_the_table_and_noted_not_drawn(client, drawn_park):
    phase = Phase.objects.first()
    plot = Plot.objects.filter(zone__phase=phase).first()
    plot.shape = ""
    plot.save()
    html = client.get(plan_url(phase, "en")).content.decode()
    svg = svg_of(html)
    assert plot.get_absolute_url() not in [link.attrs["href"] for link in svg.find_all("a")]
    assert "1 plot has no outline on the plan yet; it is listed in the table." in html
    assert f">{plot.code}</a>" in html  # in the table


@pytest.mark.django_db
def test_a_stored_shape_outside_a_shrunken_plan_is_left_off_not_a_500(client, drawn_park):
    phase = Phase.objects.first()
    Phase.objects.filter(pk=phase.pk).update(plan_width=200)  # bypassing clean(), as a raw update would
    response = client.get(plan_url(phase, "en"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "The master plan of this phase has not been drawn yet. The plots are listed below." in html
    assert html.count('<th scope="row">') == Plot.objects.filter(zone__phase=phase).count()


@pytest.mark.django_db
def test_phase_without_shapes_says_the_plan_is_not_drawn(client, park):
    html = client.get(plan_url(Phase.objects.first(), "en")).content.decode()
    assert "The master plan of this phase has not been drawn yet" in html
    assert 'class="plan-svg"' not in html


@pytest.mark.django_db
def test_language_switch_and_old_slug_land_on_the_plan(client, drawn_park):
    phase = Phase.objects.get(name_en="Phase II")
    links = language_switch_links(client.get(plan_url(phase, "en")).content)
    assert links == {code: plan_url(phase, code) for code in LANGUAGES if code != "en"}
    # The Vietnamese slug under /en/ redirects to the English plan, not to the phase page.
    response = client.get(f"/en/park/phases/{phase.slug_vi}/plan/")
    assert response.status_code == 301
    assert response.headers["Location"] == plan_url(phase, "en")


@pytest.mark.django_db
def test_phase_page_links_to_its_plan(client, drawn_park):
    phase = Phase.objects.first()
    with translation.override("en"):
        html = client.get(phase.get_absolute_url()).content.decode()
    assert f'href="{plan_url(phase, "en")}"' in html


@pytest.mark.django_db
def test_plan_page_is_get_only(client, drawn_park):
    response = client.post(plan_url(Phase.objects.first(), "en"))
    assert response.status_code == 405


@pytest.mark.django_db
def test_plot_page_shows_the_plot_on_its_phase_plan(client, drawn_park):
    plot = Plot.objects.get(code="P1-1-2")
    with translation.override("en"):
        html = client.get(plot.get_absolute_url()).content.decode()
        name = plot_accessible_name(plot)
    svg = svg_of(html)
    links = svg.find_all("a")
    assert [link.attrs["aria-label"] for link in links] == [name]
    muted = svg.find_all("g", class_="plan-plot-muted")
    assert len(muted) == Plot.objects.filter(zone__phase=plot.zone.phase).count() - 1
    assert all(group.attrs["aria-hidden"] == "true" for group in muted)


def test_highlighted_plots_are_drawn_last():
    class FakePhase:
        pk, plan_width, plan_height = 1, 1000, 700

    class FakePlot:
        def __init__(self, pk, code):
            self.pk, self.code, self.shape, self.area_m2, self.status, self.zone_id = (
                pk,
                code,
                f"{pk * 10},0 {pk * 10 + 9},0 {pk * 10 + 9},9",
                1000,
                "available",
                1,
            )

        def get_status_display(self):
            return "Available"

    with translation.override("en"):
        plan = build_plan(FakePhase(), [], [FakePlot(1, "A"), FakePlot(2, "B"), FakePlot(3, "C")], highlight={1})
    assert [item.plot.code for item in plan.plots] == ["B", "C", "A"]
    assert [item.highlighted for item in plan.plots] == [False, False, True]


@pytest.mark.django_db
@pytest.mark.parametrize("scale", [1, 10])
def test_query_counts_do_not_grow_with_plots(client, empty_site, scale):

    build_park(scale=scale)
    draw_park()
    phase = Phase.objects.order_by("order").last()
    plot = Plot.objects.filter(zone__phase=phase).last()
    assert Plot.objects.count() == 18 * scale
    with translation.override("en"):
        counts = {
            "plan": query_count(client, phase.get_plan_url()),
            "plot": query_count(client, plot.get_absolute_url()),
        }
    # plan: phase, plots, zones + the layout's menu pages, their translation status, park.
    # plot: plot, its sectors, its projects, the phase's plots and zones + the same three.
    assert counts == {"plan": 6, "plot": 9}
