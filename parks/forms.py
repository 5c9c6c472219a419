from urllib.parse import urlencode

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.fields import WholeNumberField
from parks.checker import PlannedProject
from parks.models import Phase, Plot, Sector

MAX_AREA_M2 = 100_000_000  # 10,000 ha: far more than any park


class PlotFinderForm(forms.Form):
    """The plot finder's filters. Sent by GET: the query string is the search, and can be shared."""

    SORTS = {
        "code": ("code",),
        "area": ("area_m2", "code"),
        "-area": ("-area_m2", "code"),
    }

    min_area = WholeNumberField(
        label=_("Minimum area (m²)"),
        required=False,
        min_value=0,
        max_value=MAX_AREA_M2,
        error_messages={"invalid": _("Enter the area as a whole number of square metres, e.g. 20000.")},
    )
    max_area = WholeNumberField(
        label=_("Maximum area (m²)"),
        required=False,
        min_value=0,
        max_value=MAX_AREA_M2,
        error_messages={"invalid": _("Enter the area as a whole number of square metres, e.g. 50000.")},
    )
    phase = forms.ModelChoiceField(
        label=_("Phase"),
        queryset=Phase.objects.all(),
        required=False,
        empty_label=_("All phases"),
        error_messages={"invalid_choice": _("There is no such phase.")},
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any status")), *Plot.Status.choices],
        required=False,
        error_messages={"invalid_choice": _("There is no such status.")},
    )
    sector = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.all(),
        required=False,
        empty_label=_("Any sector"),
        help_text=_("Plots open to any sector are included."),
        error_messages={"invalid_choice": _("There is no such sector.")},
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[
            ("code", _("Plot code")),
            ("area", _("Area, smallest first")),
            ("-area", _("Area, largest first")),
        ],
        required=False,
        error_messages={"invalid_choice": _("There is no such order.")},
    )

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("min_area"), cleaned.get("max_area")
        if low is not None and high is not None and low > high:
            self.add_error("max_area", _("The maximum area is smaller than the minimum area."))
        return cleaned

    def filters(self):
        """The filters that are valid; the others are left out (the page says which and why)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}

    def alert_query(self):
        """The valid filters as a query string for a plot alert's form (the sort order is not a criterion)."""
        filters = self.filters()
        values = {name: getattr(value, "pk", value) for name, value in filters.items() if name != "sort"}
        return urlencode(values)

    def filter(self, queryset, *, area=True, status=True):
        """The plots that match; `area=False` and `status=False` leave those filters out."""
        filters = self.filters()
        if "min_area" in filters and area:
            queryset = queryset.filter(area_m2__gte=filters["min_area"])
        if "max_area" in filters and area:
            queryset = queryset.filter(area_m2__lte=filters["max_area"])
        if "phase" in filters:
            queryset = queryset.filter(zone__phase=filters["phase"])
        if "status" in filters and status:
            queryset = queryset.filter(status=filters["status"])
        if "sector" in filters:
            # A plot with no sectors listed is open to any sector the park accepts.
            queryset = queryset.filter(Q(allowed_sectors=filters["sector"]) | Q(allowed_sectors__isnull=True))
        return queryset.order_by(*self.SORTS[filters.get("sort", "code")])


MAX_CAPITAL_VND = 10**16  # VND 10 million billion: more than any project
MAX_WORKERS = 1_000_000


class IncentiveCheckForm(forms.Form):
    """A planned project, for the incentive checker. Sent by GET: the address is the question, and can be shared."""

    sector = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.all(),
        required=False,
        empty_label=_("Not decided yet, or another sector"),
        error_messages={"invalid_choice": _("There is no such sector; choose one from the list.")},
    )
    capital = WholeNumberField(
        label=_("Planned capital (VND)"),
        required=False,
        min_value=1,
        max_value=MAX_CAPITAL_VND,
        help_text=_("In Vietnamese đồng, an estimate, e.g. 120000000000 for VND 120 billion."),
        error_messages={
            "invalid": _("Enter the planned capital as a whole number of đồng, e.g. 120000000000."),
            "min_value": _("The planned capital must be more than zero."),
            "max_value": _("The planned capital is too large; check the number of zeros."),
        },
    )
    workers = WholeNumberField(
        label=_("Number of workers"),
        required=False,
        min_value=1,
        max_value=MAX_WORKERS,
        error_messages={
            "invalid": _("Enter the number of workers as a whole number, e.g. 250."),
            "min_value": _("The number of workers must be more than zero."),
            "max_value": _("That is more workers than any factory has; check the number."),
        },
    )
    high_tech = forms.BooleanField(label=_("The project is high-technology"), required=False)
    phase = forms.ModelChoiceField(
        label=_("Location in the park"),
        queryset=Phase.objects.all(),
        required=False,
        empty_label=_("Not decided yet"),
        error_messages={"invalid_choice": _("There is no such phase.")},
    )

    def project(self):
        """The planned project from the valid answers (a form with errors gives None)."""
        data = self.cleaned_data
        return PlannedProject(
            sector=data.get("sector"),
            capital_vnd=data.get("capital"),
            workers=data.get("workers"),
            high_tech=bool(data.get("high_tech")),
            phase=data.get("phase"),
        )
