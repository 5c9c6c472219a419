"""Open data: the park's key figures (JSON), from the park's land and the projects on it; the projects
(CSV and JSON) with machine names for their fields.

Served like the plots and zones of parks/api.py (read-only, ?lang=, public cache headers).
"""

from datetime import date

from django.db.models import Count, Sum
from django.http import JsonResponse

from parks.api import absolute_url, csv_response, json_number, open_data, phase_info
from parks.models import Park, Phase, Plot
from projects.exports import COLUMNS
from projects.models import Project
from projects.stats import park_statistics


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
                **phase_info(request, phase),
                "area_ha": json_number(phase.area_ha),
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
            "total_area_ha": json_number(park.total_area_ha),
            "year_opened": park.year_opened,
            "verified_on": park.verified_on.isoformat(),
            "url": absolute_url(request, park.get_absolute_url()),
        }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def _project_rows(request):
    for project in Project.objects.for_listing().by_name():
        row = {}
        for key, _label, value in COLUMNS:
            value = value(project, request)
            row[key] = value.isoformat() if isinstance(value, date) else value
        yield row


@open_data
def projects_json(request, language):
    projects = list(_project_rows(request))
    return JsonResponse(
        {"language": language, "count": len(projects), "projects": projects},
        json_dumps_params={"ensure_ascii": False},
    )


@open_data
def projects_csv(request, language):
    header = [key for key, _label, _value in COLUMNS]
    return csv_response(header, _project_rows(request), f"thanh-binh-projects-{language}.csv")
