from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from parks.models import Connection, Incentive, IncentiveRule, Infrastructure, Park, Phase, Plot, Sector, Zone
from translations.admin import (
    TranslatedAdmin,
    TranslatedStackedInline,
    TranslatedTabularInline,
    UntranslatedTabularInline,
)


class PhaseInline(TranslatedStackedInline):
    model = Phase
    extra = 0
    fields = (
        "name",
        "slug",
        "order",
        "area_ha",
        "status",
        "infrastructure_progress",
        "expected_handover",
        "verified_on",
    )
    show_change_link = True


class InfrastructureInline(TranslatedTabularInline):
    model = Infrastructure
    extra = 0
    fields = ("kind", "title", "capacity", "order", "verified_on")


class ConnectionInline(TranslatedTabularInline):
    model = Connection
    extra = 0
    fields = ("destination", "mode", "distance_km", "travel_time_minutes", "route", "order", "verified_on")


@admin.register(Park)
class ParkAdmin(TranslatedAdmin):
    list_display = ("name", "total_area_ha", "average_monthly_income_vnd", "verified_on")
    inlines = [PhaseInline, InfrastructureInline, ConnectionInline]
    fieldsets = (
        (None, {"fields": ("name", "short_name", "tagline", "description", "operator", "infrastructure_partner")}),
        (_("Location and contact"), {"fields": ("address", "latitude", "longitude", "phone", "email", "office_hours")}),
        (
            _("Key figures"),
            {
                "fields": (
                    "year_opened",
                    "total_area_ha",
                    "average_monthly_income_vnd",
                    "verified_on",
                )
            },
        ),
    )


class ZoneInline(TranslatedTabularInline):
    model = Zone
    extra = 0
    fields = ("code", "name", "land_use", "area_ha")
    show_change_link = True


@admin.register(Phase)
class PhaseAdmin(TranslatedAdmin):
    list_display = ("name", "area_ha", "status", "infrastructure_progress", "expected_handover", "verified_on")
    list_filter = ("status",)
    search_fields = ("name", "summary")
    inlines = [ZoneInline]


class PlotInline(UntranslatedTabularInline):
    model = Plot
    extra = 0
    fields = ("code", "area_m2", "status", "lease_price", "currency", "verified_on")
    show_change_link = True


@admin.register(Zone)
class ZoneAdmin(TranslatedAdmin):
    list_display = ("code", "name", "phase", "land_use", "area_ha")
    list_filter = ("phase", "land_use")
    search_fields = ("code", "name")
    list_select_related = ("phase",)
    inlines = [PlotInline]


@admin.register(Plot)
class PlotAdmin(TranslatedAdmin):
    list_display = (
        "code",
        "zone",
        "phase_name",
        "area_m2",
        "status",
        "lease_price",
        "currency",
        "is_illustrative",
        "verified_on",
    )
    list_filter = ("status", "zone__phase", "allowed_sectors", "is_illustrative")
    list_editable = ("status",)
    search_fields = ("code", "zone__code", "zone__name")
    list_select_related = ("zone__phase",)
    filter_horizontal = ("allowed_sectors",)
    autocomplete_fields = ("zone",)

    @admin.display(description=_("phase"), ordering="zone__phase__order")
    def phase_name(self, plot):
        return plot.zone.phase.name


@admin.register(Sector)
class SectorAdmin(TranslatedAdmin):
    list_display = ("name", "icon", "order")
    list_editable = ("order",)
    search_fields = ("name", "summary")
    filter_horizontal = ("phases",)


class IncentiveRuleInline(TranslatedStackedInline):
    """Who qualifies: the conditions the incentive checker tests, kept as data by the Board."""

    model = IncentiveRule
    extra = 0
    fields = (
        "title",
        "benefit",
        "sectors",
        "min_capital_vnd",
        "min_workers",
        "high_tech_only",
        "phases",
        "is_illustrative",
        "order",
    )
    filter_horizontal = ("sectors", "phases")


@admin.register(Incentive)
class IncentiveAdmin(TranslatedAdmin):
    list_display = ("title", "category", "legal_basis", "order", "verified_on", "ended_on")
    list_filter = ("category",)
    inlines = [IncentiveRuleInline]
    search_fields = ("title", "summary", "legal_basis")


@admin.register(Infrastructure)
class InfrastructureAdmin(TranslatedAdmin):
    list_display = ("title", "kind", "capacity", "verified_on")
    list_filter = ("kind",)
    search_fields = ("title", "capacity")


@admin.register(Connection)
class ConnectionAdmin(TranslatedAdmin):
    list_display = ("destination", "mode", "distance_km", "travel_time_minutes", "verified_on")
    list_filter = ("mode",)
    search_fields = ("destination",)
