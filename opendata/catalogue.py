"""Every open dataset of the portal: where it is, in which formats, and what each field means.

The open data page and the DCAT-US catalogue (`/data.json`) are both made
from DATASETS, and the tests check that each endpoint answers with exactly
the fields documented here, so the dictionary cannot drift from the data.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from parks.models import Park, Phase, Plot, Sector, Zone
from projects.models import Investor, Project


@dataclass(frozen=True)
class Field:
    name: str
    unit: str
    meaning: object
    only: str = ""  # a format this field appears in alone, e.g. "csv"


@dataclass(frozen=True)
class Distribution:
    format: str  # GeoJSON, CSV, JSON
    media_type: str
    url_name: str  # under the "api" namespace, outside the language prefixes


@dataclass(frozen=True)
class Dataset:
    key: str
    title: object
    description: object
    keywords: tuple
    distributions: tuple
    fields: tuple
    # What a record is, for the reader of the dictionary ("each feature's properties").
    record: object
    sources: tuple = field(default=(), compare=False)

    def fields_for(self, format_):
        return [item for item in self.fields if not item.only or item.only == format_.lower()]


M2 = "m²"
DATE = _("date (YYYY-MM-DD)")
TEXT = ""

PLOT_FIELDS = (
    Field("code", TEXT, _("The plot's code on the master plan; also the feature's id.")),
    Field("phase_id", TEXT, _("The phase's number, as in the collection's phases list.")),
    Field("phase", TEXT, _("The phase's name.")),
    Field("zone", TEXT, _("The code of the zone the plot lies in.")),
    Field("area_m2", M2, _("The plot's area.")),
    Field("status", TEXT, _("available, reserved or leased.")),
    Field("status_label", TEXT, _("The status in words, in the language asked for.")),
    Field("lease_price", _("currency per m²"), _("The published lease price; empty when given on request.")),
    Field("price_basis", TEXT, _("per_year (per m² per year) or whole_term (per m² for the whole term).")),
    Field("price_basis_label", TEXT, _("The price basis in words.")),
    Field("currency", TEXT, _("VND or USD.")),
    Field("lease_term_end", DATE, _("When the lease term ends.")),
    Field(
        "allowed_sectors", TEXT, _("The sectors allowed on the plot (a list; in CSV joined by “; ”); none: any sector.")
    ),
    Field("is_illustrative", TEXT, _("true when the figures are an example, not an offer.")),
    Field("verified_on", DATE, _("When the Board last checked the lease terms.")),
    Field("power_kva", "kVA", _("Power that can be supplied at the plot boundary; empty: ask the Board.")),
    Field("power_voltage_kv", "kV", _("The supply voltage.")),
    Field("water_m3_day", _("m³/day"), _("Water that can be supplied at the boundary.")),
    Field("wastewater_connection", TEXT, _("boundary (at the plot boundary), planned or none; empty: ask the Board.")),
    Field("wastewater_m3_day", _("m³/day"), _("What the plot may send to the central treatment plant each day.")),
    Field("fibre", TEXT, _("Fibre: boundary, planned or none; empty: ask the Board.")),
    Field("access_road_width_m", "m", _("The width of the road the plot opens onto.")),
    Field("site_cleared", TEXT, _("true, false, or empty when not recorded.")),
    Field("site_levelled", TEXT, _("true, false, or empty when not recorded.")),
    Field("utilities_connected", TEXT, _("true, false, or empty when not recorded.")),
    Field(
        "handover_date",
        DATE,
        _("When the land can be handed over: the plot's own date, else its phase's expected handover."),
    ),
    Field(
        "environmental_category",
        TEXT,
        _(
            "I to IV: the highest environmental risk group of projects accepted (Law on Environmental Protection 2020); empty: ask the Board."
        ),
    ),
    Field("site_verified_on", DATE, _("When the Board last checked the utilities and readiness.")),
    Field(
        "neighbours",
        TEXT,
        _("Codes of the plots that share a stretch of boundary with this one (a list; in CSV joined by “; ”)."),
    ),
    Field("url", TEXT, _("The plot's page on this site.")),
    Field("shape", _("plan units"), _("The outline as typed in the admin: x,y pairs separated by spaces."), only="csv"),
)

ZONE_FIELDS = (
    Field("code", TEXT, _("The zone's code, unique within its phase.")),
    Field("phase_id", TEXT, _("The phase's number.")),
    Field("phase", TEXT, _("The phase's name.")),
    Field("name", TEXT, _("The zone's name.")),
    Field("land_use", TEXT, _("factory, warehouse, services, green, roads or utilities.")),
    Field("land_use_label", TEXT, _("The land use in words.")),
    Field("area_ha", "ha", _("The zone's area.")),
    Field("shape", _("plan units"), _("The outline as typed in the admin."), only="csv"),
)

STATUS_FIGURES = ("count", "area_m2")
KEY_FIGURE_FIELDS = (
    Field("park.name", TEXT, _("The park's name.")),
    Field("park.total_area_ha", "ha", _("The total planned area.")),
    Field("park.year_opened", TEXT, _("The year the park opened.")),
    Field("park.verified_on", DATE, _("When the Board last checked the park's figures.")),
    Field("park.url", TEXT, _("The park's page.")),
    Field("plots.count", TEXT, _("Plots in the whole park.")),
    Field("plots.area_m2", M2, _("Their area.")),
    Field("plots.by_status.<status>.count", TEXT, _("Plots with each status (available, reserved, leased).")),
    Field("plots.by_status.<status>.area_m2", M2, _("Their area.")),
    Field("phases[].id", TEXT, _("The phase's number.")),
    Field("phases[].name", TEXT, _("The phase's name.")),
    Field("phases[].plan_width", _("plan units"), _("The width of the phase's master plan.")),
    Field("phases[].plan_height", _("plan units"), _("The height of the phase's master plan.")),
    Field("phases[].url", TEXT, _("The phase's page.")),
    Field("phases[].plan_url", TEXT, _("The page of the phase's master plan.")),
    Field("phases[].area_ha", "ha", _("The phase's area.")),
    Field("phases[].status", TEXT, _("planned, under_construction, ready or fully_leased.")),
    Field("phases[].status_label", TEXT, _("The status in words.")),
    Field("phases[].infrastructure_progress", "%", _("How far the phase's infrastructure is built.")),
    Field("phases[].expected_handover", DATE, _("When the phase's land is expected to be handed over.")),
    Field("phases[].verified_on", DATE, _("When the Board last checked the phase's figures.")),
    Field("phases[].plots.<status>.count", TEXT, _("The phase's plots with each status.")),
    Field("phases[].plots.<status>.area_m2", M2, _("Their area.")),
    Field("projects.projects", TEXT, _("Projects that count for the park's figures (all but terminated).")),
    Field("projects.projects_operating", TEXT, _("Projects in operation.")),
    Field("projects.capital_vnd", "VND", _("Their registered capital.")),
    Field("projects.capital_usd", "USD", _("Their registered capital in USD, where stated.")),
    Field("projects.workers", TEXT, _("Workers in operating projects.")),
    Field("projects.local_workers", TEXT, _("Of them, workers from the province.")),
    Field("projects.local_share_percent", "%", _("The local share of the workers.")),
    Field("projects.occupied_area_m2", M2, _("Land the projects occupy.")),
    Field("projects.verified_on", DATE, _("The latest date a project's figures were checked.")),
)

PROJECT_FIELDS = (
    Field("name", TEXT, _("The project's name.")),
    Field("investor", TEXT, _("The investor.")),
    Field("country", TEXT, _("The investor's country, in words.")),
    Field("country_code", TEXT, _("The country as an ISO 3166 code (XX: other).")),
    Field("sector", TEXT, _("The project's sector.")),
    Field("phase", TEXT, _("The phase it lies in.")),
    Field("plot", TEXT, _("The code of its plot.")),
    Field("status", TEXT, _("The status in words.")),
    Field("status_code", TEXT, _("registered, under_construction, operating, suspended or terminated.")),
    Field("capital_vnd", "VND", _("Registered capital.")),
    Field("capital_usd", "USD", _("Registered capital in USD, where the certificate states it.")),
    Field("land_area_m2", M2, _("The land it occupies.")),
    Field("workers", TEXT, _("Workers.")),
    Field("local_workers", TEXT, _("Workers from the province.")),
    Field("products", TEXT, _("What it makes.")),
    Field("registration_date", DATE, _("The date of the investment registration certificate.")),
    Field("operation_start", DATE, _("When it started operating.")),
    Field("verified_on", DATE, _("When the Board last checked its figures.")),
    Field("illustrative", TEXT, _("true when the figures are an example the Board has not verified.")),
    Field("url", TEXT, _("The project's page on this site.")),
)

GEOJSON = "application/geo+json"
CSV = "text/csv"
JSON = "application/json"

DATASETS = (
    Dataset(
        key="plots",
        title=_("Land plots"),
        description=_(
            "Every land plot of the park: area, status, lease terms, utilities at the boundary, readiness, "
            "neighbours and the outline on its phase's master plan."
        ),
        keywords=("industrial land", "land plots", "lease", "Thanh Binh"),
        distributions=(
            Distribution("GeoJSON", GEOJSON, "api:plots_geojson"),
            Distribution("CSV", CSV, "api:plots_csv"),
        ),
        fields=PLOT_FIELDS,
        record=_("Each feature's properties (GeoJSON) or each row (CSV)."),
        sources=(Plot, Zone, Phase, Sector),
    ),
    Dataset(
        key="zones",
        title=_("Zones by land use"),
        description=_("The zones of each phase by land use, with their areas and outlines on the master plan."),
        keywords=("land use", "zoning", "master plan", "Thanh Binh"),
        distributions=(
            Distribution("GeoJSON", GEOJSON, "api:zones_geojson"),
            Distribution("CSV", CSV, "api:zones_csv"),
        ),
        fields=ZONE_FIELDS,
        record=_("Each feature's properties (GeoJSON) or each row (CSV)."),
        sources=(Zone, Phase),
    ),
    Dataset(
        key="key-figures",
        title=_("Key figures"),
        description=_(
            "The park's area, its plots by status for the park and each phase, each phase's progress, and the "
            "figures derived from the projects (capital, workers, local share, occupied land)."
        ),
        keywords=("key figures", "statistics", "Thanh Binh"),
        distributions=(Distribution("JSON", JSON, "api:key_figures"),),
        fields=KEY_FIGURE_FIELDS,
        record=_("Paths in the JSON object; [] marks a list, <status> each plot status."),
        sources=(Park, Phase, Plot, Project),
    ),
    Dataset(
        key="projects",
        title=_("Investors and projects"),
        description=_("Every project in the park with its investor, sector, plot, status, capital, land and workers."),
        keywords=("investors", "projects", "foreign direct investment", "Thanh Binh"),
        distributions=(
            Distribution("CSV", CSV, "api:projects_csv"),
            Distribution("JSON", JSON, "api:projects_json"),
        ),
        fields=PROJECT_FIELDS,
        record=_("Each row (CSV) or each entry of “projects” (JSON)."),
        sources=(Project, Investor, Sector, Phase, Plot),
    ),
)
