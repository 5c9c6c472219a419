"""Open data: the zones and plots (GeoJSON in plan coordinates, CSV) and the park's key figures (JSON).

Read-only (GET and HEAD), cacheable for five minutes by anyone, and outside
the language prefixes: `?lang=en` picks the language of the names and labels
(default: the site's default language). Documented in README.md, "Open data".
"""

import csv
import io
from functools import wraps

from django.db.models import Count, Sum
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from parks import shapes
from parks.models import Park, Phase, Plot, Zone
from portal.i18n import default_language, language_codes
from projects.stats import park_statistics

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
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        return response

    return wrapped


def _absolute(request, path):
    return request.build_absolute_uri(path)


def _number(value):
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
    ring = [[_number(point.x), _number(point.y)] for point in points]
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


def _phase_info(request, phase):
    return {
        "id": phase.pk,
        "name": phase.name,
        "plan_width": phase.plan_width,
        "plan_height": phase.plan_height,
        "url": _absolute(request, phase.get_absolute_url()),
        "plan_url": _absolute(request, phase.get_plan_url()),
    }


def plot_rows(request):
    """Each plot as a flat dict: the GeoJSON properties and the CSV row."""
    plots = Plot.objects.select_related("zone__phase").prefetch_related("allowed_sectors").order_by("code")
    for plot in plots:
        phase = plot.zone.phase
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
                "lease_price": _number(plot.lease_price),
                "price_basis": plot.price_basis,
                "price_basis_label": plot.get_price_basis_display(),
                "currency": plot.currency,
                "lease_term_end": plot.lease_term_end.isoformat() if plot.lease_term_end else None,
                "allowed_sectors": [sector.name for sector in plot.allowed_sectors.all()],
                "is_illustrative": plot.is_illustrative,
                "verified_on": plot.verified_on.isoformat(),
                "url": _absolute(request, plot.get_absolute_url()),
            },
        )


def _feature_collection(request, name, features):
    phases = Phase.objects.order_by("order", "pk")
    return JsonResponse(
        {
            "type": "FeatureCollection",
            "name": name,
            "coordinates": PLAN_COORDINATES,
            "phases": [_phase_info(request, phase) for phase in phases],
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


@open_data
def zones_geojson(request, language):
    features = [
        {
            "type": "Feature",
            "id": f"{zone.phase_id}:{zone.code}",
            "geometry": _geometry(zone.shape, zone.phase),
            "properties": {
                "code": zone.code,
                "phase_id": zone.phase_id,
                "phase": zone.phase.name,
                "name": zone.name,
                "land_use": zone.land_use,
                "land_use_label": zone.get_land_use_display(),
                "area_ha": _number(zone.area_ha),
            },
        }
        for zone in Zone.objects.select_related("phase").order_by("phase__order", "phase__pk", "code")
    ]
    return _feature_collection(request, "zones", features)


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
    "url",
    "shape",
]


@open_data
def plots_csv(request, language):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for plot, row in plot_rows(request):
        row = {
            **row,
            "allowed_sectors": "; ".join(row["allowed_sectors"]),
            "is_illustrative": "true" if row["is_illustrative"] else "false",
            "shape": plot.shape.strip(),
        }
        writer.writerow(["" if row[column] is None else row[column] for column in CSV_COLUMNS])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="thanh-binh-plots-{language}.csv"'
    return response


def _status_figures(rows):
    """{status: {"count", "area_m2"}} for every status, from (status, count, area) rows."""
    figures = {status: {"count": 0, "area_m2": 0} for status in Plot.Status.values}
    for status, count, area in rows:
        figures[status]["count"] += count
        figures[status]["area_m2"] += area or 0
    return figures


def _project_figures():
    """The figures derived from the projects (projects/stats.py): every project but the terminated ones."""
    stats = park_statistics()
    return {
        "projects": stats.projects,
        "projects_operating": stats.projects_operating,
        "capital_vnd": stats.capital_vnd,
        "capital_usd": stats.capital_usd,
        "workers": stats.workers,
        "local_workers": stats.local_workers,
        "local_share_percent": stats.local_share,
        "occupied_area_m2": stats.occupied_area_m2,
        "verified_on": stats.verified_on.isoformat() if stats.verified_on else None,
    }


@open_data
def key_figures(request, language):
    park = Park.objects.first()
    by_phase_status = list(
        Plot.objects.order_by().values_list("zone__phase", "status").annotate(count=Count("pk"), area=Sum("area_m2"))
    )
    phases = []
    for phase in Phase.objects.order_by("order", "pk"):
        plots = _status_figures((status, count, area) for pk, status, count, area in by_phase_status if pk == phase.pk)
        phases.append(
            {
                **_phase_info(request, phase),
                "area_ha": _number(phase.area_ha),
                "status": phase.status,
                "status_label": phase.get_status_display(),
                "infrastructure_progress": phase.infrastructure_progress,
                "expected_handover": phase.expected_handover.isoformat() if phase.expected_handover else None,
                "verified_on": phase.verified_on.isoformat(),
                "plots": plots,
            }
        )
    totals = _status_figures((status, count, area) for _pk, status, count, area in by_phase_status)
    data = {
        "park": None,
        "plots": {
            "count": sum(figure["count"] for figure in totals.values()),
            "area_m2": sum(figure["area_m2"] for figure in totals.values()),
            "by_status": totals,
        },
        "phases": phases,
        "projects": _project_figures(),
    }
    if park is not None:
        data["park"] = {
            "name": park.name,
            "total_area_ha": _number(park.total_area_ha),
            "year_opened": park.year_opened,
            "verified_on": park.verified_on.isoformat(),
            "url": _absolute(request, park.get_absolute_url()),
        }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
