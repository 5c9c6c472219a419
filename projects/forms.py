"""The project directory's filters, read from the query string.

A value the form cannot use (an unknown sector, a misspelt status) is reported
on the page and that filter is left out; the other filters still apply.
Sectors and phases are named by their slug in any language, so a link shared
from the English site keeps working on the Vietnamese one.
"""

from django import forms
from django.http import QueryDict
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.i18n import language_codes
from core.render_cache import per_version
from parks.models import Phase, Sector
from projects.models import Country, Investor, Project, name_order


class Sort:
    NAME = "name"
    CAPITAL = "capital"
    WORKERS = "workers"
    NEWEST = "newest"
    OLDEST = "oldest"

    choices = [
        (NAME, _("Name (A–Z)")),
        (CAPITAL, _("Registered capital (largest first)")),
        (WORKERS, _("Workers (most first)")),
        (NEWEST, _("Registration date (newest first)")),
        (OLDEST, _("Registration date (oldest first)")),
    ]

    # Ties are broken by name; the name order depends on the active language, so it is built per request.
    orderings = {
        NAME: [],
        CAPITAL: ["-capital_vnd"],
        WORKERS: ["-workers"],
        NEWEST: ["-registration_date"],
        OLDEST: ["registration_date"],
    }

    @classmethod
    def order_by(cls, key):
        return [*cls.orderings[key], name_order(), "pk"]


FILTER_FIELDS = ("sector", "phase", "status", "country")


def _shown(value):
    """The visitor's value as echoed in a message: short, whatever they sent."""
    return Truncator(str(value)).chars(40)


def filter_choices():
    """The sectors, the phases, and the countries of the investors with a project."""
    present = set(
        Investor.objects.filter(projects__isnull=False).order_by().values_list("country", flat=True).distinct()
    )
    return list(Sector.objects.all()), list(Phase.objects.all()), present


class ProjectFilterForm(forms.Form):
    sector = forms.CharField(label=_("Sector"), required=False)
    phase = forms.CharField(label=_("Phase"), required=False)
    status = forms.CharField(label=_("Status"), required=False)
    country = forms.CharField(label=_("Investor's country"), required=False)
    sort = forms.CharField(label=_("Sort by"), required=False)

    def __init__(self, data=None, request=None, **kwargs):
        super().__init__(data if data is not None else {}, **kwargs)
        # What the choices are made of changes only with content: with the request, read once per version.
        self.sectors, self.phases, present = (
            per_version(request, "projects:filter-choices", filter_choices) if request else filter_choices()
        )
        self.countries = [(code, label) for code, label in Country.choices if code in present]
        self.fields["sector"].widget = forms.Select(
            choices=[("", _("All sectors")), *((sector.url_slug, sector.name) for sector in self.sectors)]
        )
        self.fields["phase"].widget = forms.Select(
            choices=[("", _("All phases")), *((phase.url_slug, phase.name) for phase in self.phases)]
        )
        self.fields["status"].widget = forms.Select(choices=[("", _("All statuses")), *Project.Status.choices])
        self.fields["country"].widget = forms.Select(choices=[("", _("All countries")), *self.countries])
        self.fields["sort"].widget = forms.Select(choices=Sort.choices)

    def full_clean(self):
        super().full_clean()
        # Show what is applied: a sector named by its other-language slug, or "jp", is selected in the form.
        # Only the form's own fields are kept: nothing else of the address reaches the page.
        data = QueryDict(mutable=True)
        for name in self.fields:
            data.setlist(name, self.data.getlist(name))
        for name in FILTER_FIELDS:
            value = self.cleaned_data.get(name)
            if value:
                data[name] = value.url_slug if hasattr(value, "url_slug") else value
        self.data = data

    @staticmethod
    def _by_any_slug(objects, value):
        for obj in objects:
            if value in {getattr(obj, build_localized_fieldname("slug", code), None) for code in language_codes()}:
                return obj
        return None

    def clean_sector(self):
        value = self.cleaned_data["sector"]
        if not value:
            return None
        sector = self._by_any_slug(self.sectors, value)
        if sector is None:
            raise forms.ValidationError(
                _("There is no sector “%(value)s”; the sector filter was left out."), params={"value": _shown(value)}
            )
        return sector

    def clean_phase(self):
        value = self.cleaned_data["phase"]
        if not value:
            return None
        phase = self._by_any_slug(self.phases, value)
        if phase is None:
            raise forms.ValidationError(
                _("There is no phase “%(value)s”; the phase filter was left out."), params={"value": _shown(value)}
            )
        return phase

    def clean_status(self):
        value = self.cleaned_data["status"]
        if not value:
            return None
        if value not in Project.Status.values:
            raise forms.ValidationError(
                _("“%(value)s” is not a project status; the status filter was left out."),
                params={"value": _shown(value)},
            )
        return value

    def clean_country(self):
        value = self.cleaned_data["country"].upper()
        if not value:
            return None
        if value not in Country.values:
            raise forms.ValidationError(
                _("“%(value)s” is not a country code the directory knows; the country filter was left out."),
                params={"value": _shown(self.data.get("country", ""))},
            )
        return value

    def clean_sort(self):
        value = self.cleaned_data["sort"]
        if not value:
            return Sort.NAME
        if value not in Sort.orderings:
            raise forms.ValidationError(
                _("“%(value)s” is not a sort order; the projects are sorted by name."), params={"value": _shown(value)}
            )
        return value

    def filters(self):
        """The filters that passed validation: {field: value}."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: self.cleaned_data[name] for name in FILTER_FIELDS if self.cleaned_data.get(name)}

    def sort_key(self):
        self.is_valid()
        return self.cleaned_data.get("sort") or Sort.NAME

    def apply(self, queryset):
        filters = self.filters()
        if "sector" in filters:
            queryset = queryset.filter(sector=filters["sector"])
        if "phase" in filters:
            queryset = queryset.filter(phase=filters["phase"])
        if "status" in filters:
            queryset = queryset.filter(status=filters["status"])
        if "country" in filters:
            queryset = queryset.filter(investor__country=filters["country"])
        return queryset.order_by(*Sort.order_by(self.sort_key()))

    def error_messages(self):
        return [message for errors in self.errors.values() for message in errors]

    def is_filtered(self):
        return bool(self.filters())

    def canonical_query(self):
        """The query string of the valid filters and sort, in a fixed order, for links and exports."""
        filters = self.filters()
        pairs = []
        for name in FILTER_FIELDS:
            value = filters.get(name)
            if value is None:
                continue
            pairs.append((name, value.url_slug if hasattr(value, "url_slug") else value))
        if self.sort_key() != Sort.NAME:
            pairs.append(("sort", self.sort_key()))
        return pairs
