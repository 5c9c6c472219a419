"""Open data: the zones and plots (GeoJSON in plan coordinates, CSV); the key figures are in projects/api.py.

Read-only (GET and HEAD), cacheable for five minutes by anyone, and outside
the language prefixes: `?lang=en` picks the language of the names and labels
(default: the site's default language). Documented in README.md, "Open data".
"""

import io
from functools import wraps

from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from core import spreadsheets
from core.i18n import default_language, language_codes
from parks import shapes
from parks.models import Phase, Plot, Zone
from parks.neighbours import PlotNeighbours

MAX_AGE = 300
GEOJSON = "application/geo+json"
PLAN_COORDINATES = (
    "Plan coordinates, not longitude and latitude: x from the left and y from the top of the phase's "
    "master plan, in the plan's own units (see phases[].plan_width and plan_height)."
)


def open_data(view):
    """GET and HEAD only (405 otherwise), ?lang= checked and activated, public cache headers."""

    @csrf_exempt  # nothing here changes anything; other methods get a 405, not a CSRF 403
    @require_safe
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        language = request.GET.get("lang") or default_language()
        if language not in language_codes():
            return JsonResponse(
                {"error": f"Unknown language {language[:20]!r}; use one of: {', '.join(language_codes())}."},
                status=400,
            )
        with translation.override(language):
            response = view(request, *args, language=language, **kwargs)
        response["Content-Language"] = language
        # Open data: any site may read it from a browser.
        response["Access-Control-Allow-Origin"] = "*"
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        return response

    return wrapped


def absolute_url(request, path):
    return request.build_absolute_uri(path)


def json_number(value):
    """Decimals and floats as JSON numbers; whole numbers without a fractional part."""
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else value


def _geometry(text, phase):
    """A GeoJSON Polygon (closed ring) for a shape, or null where there is none or it does not fit its plan."""
    points = shapes.drawable_points(text, phase.plan_width, phase.plan_height)
    if points is None:
        return None
    ring = [[json_number(point.x), json_number(point.y)] for point in points]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


def phase_info(request, phase):
    return {
        "id": phase.pk,
        "name": phase.name,
        "plan_width": phase.plan_width,
        "plan_height": phase.plan_height,
        "url": absolute_url(request, phase.get_absolute_url()),
        "plan_url": absolute_url(request, phase.get_plan_url()),
    }


def iso(day):
    return day.isoformat() if day else None


def plot_rows(request):
    """Each plot as a flat dict: the GeoJSON properties and the CSV row."""
    plots = list(Plot.objects.select_related("zone__phase").prefetch_related("allowed_sectors").order_by("code"))
    neighbours = PlotNeighbours(plots)
    for plot in plots:
        phase = plot.zone.phase
        handover, _from_phase = plot.expected_handover
        yield (
            plot,
            {
                "code": plot.code,
                "phase_id": phase.pk,
                "phase": phase.name,
                "zone": plot.zone.code,
                "area_m2": plot.area_m2,
                "status": plot.status,
                "status_label": plot.get_status_display(),
                "lease_price": json_number(plot.lease_price),
                "price_basis": plot.price_basis,
                "price_basis_label": plot.get_price_basis_display(),
                "currency": plot.currency,
                "lease_term_end": plot.lease_term_end.isoformat() if plot.lease_term_end else None,
                "allowed_sectors": [sector.name for sector in plot.allowed_sectors.all()],
                "is_illustrative": plot.is_illustrative,
                "verified_on": plot.verified_on.isoformat(),
                "power_kva": plot.power_kva,
                "power_voltage_kv": json_number(plot.power_voltage_kv),
                "water_m3_day": plot.water_m3_day,
                "wastewater_connection": plot.wastewater_connection or None,
                "wastewater_m3_day": plot.wastewater_m3_day,
                "fibre": plot.fibre or None,
                "access_road_width_m": json_number(plot.access_road_width_m),
                "site_cleared": plot.site_cleared,
                "site_levelled": plot.site_levelled,
                "utilities_connected": plot.utilities_connected,
                "handover_date": iso(handover),
                "environmental_category": plot.environmental_category or None,
                "site_verified_on": iso(plot.site_verified_on),
                "neighbours": [other.code for other in neighbours.of(plot)],
                "url": absolute_url(request, plot.get_absolute_url()),
            },
        )


def _feature_collection(request, name, features):
    phases = Phase.objects.order_by("order", "pk")
    return JsonResponse(
        {
            "type": "FeatureCollection",
            "name": name,
            "coordinates": PLAN_COORDINATES,
            "phases": [phase_info(request, phase) for phase in phases],
            "features": features,
        },
        content_type=GEOJSON,
        json_dumps_params={"ensure_ascii": False},
    )


@open_data
def plots_geojson(request, language):
    features = [
        {"type": "Feature", "id": plot.code, "geometry": _geometry(plot.shape, plot.zone.phase), "properties": row}
        for plot, row in plot_rows(request)
    ]
    return _feature_collection(request, "plots", features)


def zone_rows():
    for zone in Zone.objects.select_related("phase").order_by("phase__order", "phase__pk", "code"):
        yield (
            zone,
            {
                "code": zone.code,
                "phase_id": zone.phase_id,
                "phase": zone.phase.name,
                "name": zone.name,
                "land_use": zone.land_use,
                "land_use_label": zone.get_land_use_display(),
                "area_ha": json_number(zone.area_ha),
            },
        )


@open_data
def zones_geojson(request, language):
    features = [
        {
            "type": "Feature",
            "id": f"{zone.phase_id}:{zone.code}",
            "geometry": _geometry(zone.shape, zone.phase),
            "properties": row,
        }
        for zone, row in zone_rows()
    ]
    return _feature_collection(request, "zones", features)


def csv_cell(value):
    """A CSV cell: empty for none, lists joined by "; ", true/false for yes and no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(value)
    return value


def csv_response(header, rows, filename):
    buffer = io.StringIO()
    writer = spreadsheets.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(row[column]) for column in header])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


# The CSV columns: the properties, then the shape as typed in the admin.
CSV_COLUMNS = [
    "code",
    "phase_id",
    "phase",
    "zone",
    "area_m2",
    "status",
    "status_label",
    "lease_price",
    "price_basis",
    "price_basis_label",
    "currency",
    "lease_term_end",
    "allowed_sectors",
    "is_illustrative",
    "verified_on",
    "power_kva",
    "power_voltage_kv",
    "water_m3_day",
    "wastewater_connection",
    "wastewater_m3_day",
    "fibre",
    "access_road_width_m",
    "site_cleared",
    "site_levelled",
    "utilities_connected",
    "handover_date",
    "environmental_category",
    "site_verified_on",
    "neighbours",
    "url",
    "shape",
]
ZONE_CSV_COLUMNS = ["code", "phase_id", "phase", "name", "land_use", "land_use_label", "area_ha", "shape"]


@open_data
def plots_csv(request, language):
    rows = ({**row, "shape": plot.shape.strip()} for plot, row in plot_rows(request))
    return csv_response(CSV_COLUMNS, rows, f"thanh-binh-plots-{language}.csv")


@open_data
def zones_csv(request, language):
    rows = ({**row, "shape": zone.shape.strip()} for zone, row in zone_rows())
    return csv_response(ZONE_CSV_COLUMNS, rows, f"thanh-binh-zones-{language}.csv")
