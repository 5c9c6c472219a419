from dataclasses import dataclass
from functools import cache

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView, TemplateView

from core.pdf import pdf_response
from core.views import TranslatedSlugDetailMixin, deferred
from parks import datasheet
from parks.checker import check, incentives_with_rules
from parks.corridor import build_corridor_map, drive_time
from parks.forms import IncentiveCheckForm, PlotFinderForm
from parks.lease import estimate_for_plot
from parks.models import Incentive, Infrastructure, Park, Phase, Plot, Sector, Zone
from parks.neighbours import PlotNeighbours
from parks.plan import build_plan
from parks.shortlist import MAX_PLOTS, Shortlist, read_shortlist
from parks.site_data import handover_line, readiness_checks, site_verified, utility_lines, wastewater_plant


def current_projects(relation, *related):
    """A prefetch of the projects on a plot or in a sector that are current, by name.

    Projects stand on the park, a layer above: they are reached through the
    reverse relation's model, never imported here.
    """
    Project = relation.rel.related_model
    return Prefetch(
        relation.rel.related_name,
        queryset=Project.objects.current().select_related(*related).by_name(),
        to_attr="current_projects",
    )


class PhaseDetailView(TranslatedSlugDetailMixin, DetailView):
    template_name = "parks/phase_detail.html"
    context_object_name = "phase"

    def get_queryset(self):
        return Phase.objects.select_related("park")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        phase = self.object
        zones = cache(
            lambda: list(
                phase.zones.prefetch_related(
                    Prefetch("plots", queryset=Plot.objects.prefetch_related("allowed_sectors"))
                )
            )
        )
        phase_plots = cache(lambda: [plot for zone in zones() for plot in zone.plots.all()])
        context["zones"] = deferred(zones)
        context["priority_sectors"] = deferred(lambda: list(phase.priority_sectors.all()))
        context["plots"] = deferred(lambda: sorted(phase_plots(), key=lambda plot: plot.code))
        context["plot_counts"] = deferred(lambda: plot_counts(phase_plots()))
        context["status_counts"] = deferred(
            lambda: [
                (status, label, sum(1 for plot in phase_plots() if plot.status == status))
                for status, label in Plot.Status.choices
            ]
        )
        context["other_phases"] = deferred(lambda: Phase.objects.exclude(pk=self.object.pk))
        return context


def plot_counts(plots):
    """How many plots there are, how many of them are available, and their area (None where none is)."""
    available = [plot for plot in plots if plot.status == Plot.Status.AVAILABLE]
    return {
        "total": len(plots),
        "available": len(available),
        "available_m2": sum(plot.area_m2 for plot in available) or None,
    }


class PlotDetailView(DetailView):
    template_name = "parks/plot_detail.html"
    context_object_name = "plot"

    def get_object(self, queryset=None):
        return get_object_or_404(Plot.objects.select_related("zone__phase"), code=self.kwargs["code"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        plot = self.object
        phase = plot.zone.phase
        # Where the plot lies: its phase's plan with this plot picked out; its neighbours from the same plots.
        phase_plots = cache(lambda: list(plots_of([phase])))
        context.update(
            lease_estimate=deferred(estimate_for_plot, plot, today=timezone.localdate()),
            plan=deferred(lambda: build_plan(phase, phase.zones.all(), phase_plots(), highlight={plot.pk})),
            room=deferred(lambda: PlotNeighbours(phase_plots()).room_to_grow(plot)),
            utilities=deferred(
                lambda: utility_lines(plot, wastewater_plant(Infrastructure.objects.filter(kind=WASTEWATER)))
            ),
            readiness=deferred(readiness_checks, plot),
            handover=deferred(handover_line, plot),
            site_verified=site_verified(plot),
            allowed_sectors=deferred(lambda: list(plot.allowed_sectors.all())),
            plot_projects=deferred(lambda: list(plot.projects.current().select_related("investor").by_name())),
        )
        return context


WASTEWATER = Infrastructure.Kind.WASTEWATER


@dataclass
class ComparedPlot:
    plot: Plot
    estimate: object
    utilities: list
    readiness: list
    handover: object
    room: object
    site_verified: str | None
    remove_query: str


class CompareView(TemplateView):
    """Up to four plots side by side; the shortlist is the query string (?plot=E1-01&plot=E1-03)."""

    template_name = "parks/compare.html"
    query_params = ("plot",)

    def get(self, request, *args, **kwargs):
        shortlist = read_shortlist(
            request.GET.getlist("plot"),
            Plot.objects.select_related("zone__phase").prefetch_related("allowed_sectors"),
        )
        context = self.get_context_data(shortlist=shortlist, **kwargs)
        # Codes that could not be used are left out and the page says so; the answer is then a 400.
        return self.render_to_response(context, status=400 if shortlist.notes else 200)

    def get_context_data(self, shortlist, **kwargs):
        today = timezone.localdate()
        plants = Infrastructure.objects.filter(kind=WASTEWATER)
        plant = wastewater_plant(plants) if shortlist.plots else None
        phases = {plot.zone.phase_id for plot in shortlist.plots}
        neighbours = PlotNeighbours(plots_of(phases) if phases else [])
        compared = [
            ComparedPlot(
                plot=plot,
                estimate=estimate_for_plot(plot, today=today),
                utilities=utility_lines(plot, plant),
                readiness=readiness_checks(plot),
                handover=handover_line(plot),
                room=neighbours.room_to_grow(plot),
                site_verified=site_verified(plot),
                remove_query=shortlist.query(without=plot.code),
            )
            for plot in shortlist.plots
        ]
        # The plots that can still be added: the add form lists their codes.
        addable = (
            []
            if shortlist.is_full
            else list(Plot.objects.exclude(code__in=shortlist.codes).order_by("code").values_list("code", flat=True))
        )
        return super().get_context_data(
            shortlist=shortlist,
            compared=compared,
            rows=compare_rows(compared),
            addable=addable,
            plant=plant,
            max_plots=MAX_PLOTS,
            inquiry_query=shortlist.query(name="shortlist"),
            alternate_query=shortlist.query(),
            **kwargs,
        )


def compare_rows(compared):
    """The utility, readiness and handover lines as table rows: (label, [line of each plot])."""
    if not compared:
        return {"utilities": [], "readiness": []}
    utilities = [
        (line.label, [item.utilities[index] for item in compared]) for index, line in enumerate(compared[0].utilities)
    ]
    readiness = [
        (check.label, [item.readiness[index] for item in compared]) for index, check in enumerate(compared[0].readiness)
    ]
    return {"utilities": utilities, "readiness": readiness}


@require_safe
def plot_data_sheet(request, code):
    """The plot's data sheet as a PDF, made now from the database in the language of the address."""
    plot = get_object_or_404(
        Plot.objects.select_related("zone__phase").prefetch_related(
            "allowed_sectors", current_projects(Plot.projects, "investor")
        ),
        code=code,
    )
    phase = plot.zone.phase
    plots = list(plots_of([phase]))
    document = datasheet.plot_data_sheet(
        plot=plot,
        park=Park.objects.first(),
        plant=wastewater_plant(Infrastructure.objects.filter(kind=WASTEWATER)),
        plots=plots,
        zones=list(phase.zones.all()),
        neighbours=PlotNeighbours(plots).room_to_grow(plot),
        url=request.build_absolute_uri(plot.get_absolute_url()),
    )
    return pdf_response(document, datasheet.filename(plot, timezone.localdate()))


def plots_of(phases):
    """Every plot of `phases`, with what the plan and the plot table show."""
    return Plot.objects.filter(zone__phase__in=phases).select_related("zone__phase").order_by("code")


class PhasePlanView(TranslatedSlugDetailMixin, DetailView):
    """A phase's master plan: zones by land use, every plot a link, and the same plots in a table."""

    template_name = "parks/phase_plan.html"
    context_object_name = "phase"
    url_method = "get_plan_url"

    def get_queryset(self):
        return Phase.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        phase_plots = cache(lambda: list(plots_of([self.object])))
        context["plan"] = deferred(lambda: build_plan(self.object, self.object.zones.all(), phase_plots()))
        context["plots"] = deferred(phase_plots)
        return context


MAX_COMBINATIONS = 10


class PlotFinderView(TemplateView):
    """Find land: filter the plots; the results on each phase's plan and in a table. The query string is the state."""

    template_name = "parks/plot_finder.html"
    query_params = tuple(PlotFinderForm.base_fields)

    def get(self, request, *args, **kwargs):
        # Always bound: no filters at all is a valid search that finds every plot.
        form = PlotFinderForm(request.GET)
        results = cache(lambda: list(form.filter(Plot.objects.select_related("zone__phase"))))
        context = self.get_context_data(
            form=form,
            results=deferred(results),
            # The same filters, for a plot alert (alerts:subscribe reads them).
            alert_query=form.alert_query(),
            plans=deferred(lambda: self.plans(results())),
            combinations=deferred(self.combinations, form),
            max_plots=MAX_PLOTS,
            **kwargs,
        )
        # Values that could not be used are ignored, and the page says so: the answer is still a 400.
        return self.render_to_response(context, status=400 if form.errors else 200)

    def combinations(self, form):
        """With a minimum area: groups of available neighbouring plots that reach it together (one query)."""
        minimum = form.filters().get("min_area")
        if not minimum:
            return None
        candidates = form.filter(Plot.objects.select_related("zone__phase"), area=False, status=False).available()
        groups = PlotNeighbours(candidates).combinations(minimum)[:MAX_COMBINATIONS]
        return {
            "minimum": minimum,
            "groups": [
                {
                    "plots": group,
                    "total": sum(plot.area_m2 for plot in group),
                    "query": Shortlist(plots=group[:MAX_PLOTS]).query(),
                }
                for group in groups
            ],
        }

    def plans(self, results):
        """One plan per phase with results, the results picked out."""
        phases = {plot.zone.phase.pk: plot.zone.phase for plot in results}
        if not phases:
            return []
        ordered = sorted(phases.values(), key=lambda phase: (phase.order, phase.pk))
        zones, plots = {}, {}
        for zone in Zone.objects.filter(phase__in=ordered):
            zones.setdefault(zone.phase_id, []).append(zone)
        for plot in plots_of(ordered):
            plots.setdefault(plot.zone.phase_id, []).append(plot)
        matched = {plot.pk for plot in results}
        return [
            build_plan(phase, zones.get(phase.pk, []), plots.get(phase.pk, []), highlight=matched) for phase in ordered
        ]


class InfrastructureView(TemplateView):
    template_name = "parks/infrastructure.html"

    def get_context_data(self, **kwargs):
        park = Park.objects.get_or_404()
        connections = cache(lambda: list(park.connections.all()))
        return super().get_context_data(
            park=park,
            items=deferred(park.infrastructure.all),
            connections=deferred(connections),
            connection_rows=deferred(
                lambda: [
                    {"connection": connection, "drive_time": drive_time(connection.travel_time_minutes)}
                    for connection in connections()
                ]
            ),
            corridor=deferred(lambda: build_corridor_map(park, connections())),
            **kwargs,
        )


class SectorListView(ListView):
    template_name = "parks/sector_list.html"
    context_object_name = "sectors"

    def get_queryset(self):
        return Sector.objects.prefetch_related("phases")


class SectorDetailView(TranslatedSlugDetailMixin, DetailView):
    template_name = "parks/sector_detail.html"
    context_object_name = "sector"

    def get_queryset(self):
        return Sector.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sector = self.object
        context["phases"] = deferred(lambda: list(sector.phases.all()))
        context["plots"] = deferred(lambda: list(sector.plots.select_related("zone__phase")))
        context["sector_projects"] = deferred(
            lambda: list(sector.projects.current().select_related("investor", "plot").by_name())
        )
        context["other_sectors"] = deferred(lambda: Sector.objects.exclude(pk=self.object.pk))
        return context


class IncentiveListView(ListView):
    template_name = "parks/incentive_list.html"
    context_object_name = "incentives"

    def get_queryset(self):
        return Incentive.objects.current()


class IncentiveCheckerView(TemplateView):
    """Which incentives a planned project may get, by the rules the Board keeps; the query string is the question."""

    template_name = "parks/incentive_checker.html"
    query_params = tuple(IncentiveCheckForm.base_fields)

    def get(self, request, *args, **kwargs):
        asked = any(name in request.GET for name in self.query_params)
        form = IncentiveCheckForm(request.GET if asked else None)
        results = None
        if asked and form.is_valid():
            results = check(incentives_with_rules(), form.project())
        context = self.get_context_data(form=form, results=results, **kwargs)
        return self.render_to_response(context, status=400 if form.errors else 200)


class IncentiveDetailView(TranslatedSlugDetailMixin, DetailView):
    template_name = "parks/incentive_detail.html"
    context_object_name = "incentive"
    model = Incentive

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["other_incentives"] = deferred(lambda: Incentive.objects.current().exclude(pk=self.object.pk))
        return context
