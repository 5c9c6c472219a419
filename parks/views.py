from django.db.models import Count, Prefetch, Q, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, TemplateView

from parks.models import Incentive, Park, Phase, Plot, Sector, Zone
from portal.views_mixins import TranslatedSlugDetailMixin


def get_park():
    park = Park.objects.first()
    if park is None:
        raise Http404("The park has not been set up yet.")
    return park


def phases_with_plot_counts():
    return Phase.objects.annotate(
        plots_total=Count("zones__plots"),
        plots_available=Count("zones__plots", filter=Q(zones__plots__status=Plot.Status.AVAILABLE)),
        available_m2=Sum("zones__plots__area_m2", filter=Q(zones__plots__status=Plot.Status.AVAILABLE)),
    )


class ParkOverviewView(TemplateView):
    template_name = "parks/overview.html"

    def get_context_data(self, **kwargs):
        park = get_park()
        return super().get_context_data(
            park=park,
            object=park,
            phases=phases_with_plot_counts()
            .filter(park=park)
            .prefetch_related(Prefetch("zones", queryset=Zone.objects.order_by("code"))),
            connections=park.connections.all(),
            **kwargs,
        )


class PhaseDetailView(TranslatedSlugDetailMixin, DetailView):
    template_name = "parks/phase_detail.html"
    context_object_name = "phase"

    def get_queryset(self):
        return (
            phases_with_plot_counts()
            .select_related("park")
            .prefetch_related(
                Prefetch(
                    "zones",
                    queryset=Zone.objects.prefetch_related(
                        Prefetch("plots", queryset=Plot.objects.prefetch_related("allowed_sectors"))
                    ),
                ),
                "priority_sectors",
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        plots = [plot for zone in self.object.zones.all() for plot in zone.plots.all()]
        context["plots"] = sorted(plots, key=lambda plot: plot.code)
        context["status_counts"] = [
            (status, label, sum(1 for plot in plots if plot.status == status)) for status, label in Plot.Status.choices
        ]
        context["other_phases"] = Phase.objects.exclude(pk=self.object.pk)
        return context


class PlotDetailView(DetailView):
    template_name = "parks/plot_detail.html"
    context_object_name = "plot"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Plot.objects.select_related("zone__phase").prefetch_related("allowed_sectors"),
            code=self.kwargs["code"],
        )


class InfrastructureView(TemplateView):
    template_name = "parks/infrastructure.html"

    def get_context_data(self, **kwargs):
        park = get_park()
        return super().get_context_data(
            park=park, items=park.infrastructure.all(), connections=park.connections.all(), **kwargs
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
        return Sector.objects.prefetch_related(
            "phases", Prefetch("plots", queryset=Plot.objects.select_related("zone__phase"))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["other_sectors"] = Sector.objects.exclude(pk=self.object.pk)
        return context


class IncentiveListView(ListView):
    template_name = "parks/incentive_list.html"
    context_object_name = "incentives"
    model = Incentive


class IncentiveDetailView(TranslatedSlugDetailMixin, DetailView):
    template_name = "parks/incentive_detail.html"
    context_object_name = "incentive"
    model = Incentive

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["other_incentives"] = Incentive.objects.exclude(pk=self.object.pk)
        return context
