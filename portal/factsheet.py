"""The park's fact sheet as a PDF, made from the database in the active language.

It gathers from every app, as the park page does: the park and its phases,
the land still available, the priority sectors and the incentives with their
legal basis (parks), the figures derived from the projects (projects), the
board's contacts (pages), and each phase's master plan drawn as vectors.
"""

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language, gettext

from core.pdf import AMBER, LINE, TINT, Document, generated_line
from parks.datasheet import PLOT_FILL, ZONE_FILLS, m2
from parks.models import Plot
from parks.shapes import drawable_points


def filename(today):
    return f"thanh-binh-fact-sheet-{get_language()}-{today.isoformat()}.pdf"


def _plan(phase, zones, plots):
    drawn = []
    for zone in zones:
        points = drawable_points(zone.shape, phase.plan_width, phase.plan_height)
        if points is not None:
            drawn.append(([(p.x, p.y) for p in points], ZONE_FILLS.get(zone.land_use, TINT), ""))
    for plot in plots:
        points = drawable_points(plot.shape, phase.plan_width, phase.plan_height)
        if points is None:
            continue
        available = plot.status == Plot.Status.AVAILABLE
        drawn.append(
            (
                [(p.x, p.y) for p in points],
                AMBER if available else (LINE if plot.status == Plot.Status.LEASED else PLOT_FILL),
                plot.code,
            )
        )
    return drawn


def park_fact_sheet(*, park, phases, zones, plots, sectors, incentives, contacts, connections, stats, url):
    today = timezone.localdate()
    document = Document(
        title=gettext("%(park)s: fact sheet") % {"park": park.name},
        header=gettext("%(park)s · Fact sheet") % {"park": park.name},
        footer=f"{generated_line()} {url}",
        language=get_language(),
    )
    document.title_block(park.name, park.tagline)
    document.paragraph(
        gettext("Figures as verified by the Board on %(date)s. Figures marked illustrative are examples, not offers.")
        % {"date": date_format(park.verified_on, "DATE_FORMAT")},
        size=8.5,
        muted=True,
    )

    document.heading(gettext("Key figures"))
    rows = [
        (gettext("Total planned area"), f"{number_format(park.total_area_ha, decimal_pos=1, force_grouping=True)} ha")
    ]
    if park.year_opened:
        rows.append((gettext("In operation since"), str(park.year_opened)))
    rows.append((gettext("Projects"), number_format(stats.projects, force_grouping=True)))
    if stats.workers:
        workers = number_format(stats.workers, force_grouping=True)
        if stats.local_share is not None:
            workers = gettext("%(workers)s (%(share)s%% local)") % {"workers": workers, "share": stats.local_share}
        rows.append((gettext("Workers"), workers))
    if stats.capital_vnd:
        rows.append((gettext("Registered capital"), f"{number_format(stats.capital_vnd, force_grouping=True)} VND"))
    rows.append((gettext("Managed by"), park.operator))
    if park.infrastructure_partner:
        rows.append((gettext("Infrastructure investment partner"), park.infrastructure_partner))
    rows.append((gettext("Address"), park.address))
    document.rows(rows)

    document.heading(gettext("Phases"))
    for phase in phases:
        handover = date_format(phase.expected_handover, "YEAR_MONTH_FORMAT") if phase.expected_handover else "—"
        document.rows(
            [
                (
                    phase.name,
                    gettext("%(area)s ha · %(status)s · infrastructure %(progress)s%% · handover %(handover)s")
                    % {
                        "area": number_format(phase.area_ha, decimal_pos=1, force_grouping=True),
                        "status": phase.get_status_display(),
                        "progress": phase.infrastructure_progress,
                        "handover": handover,
                    },
                    gettext("%(available)s of %(total)s plots available, %(area)s")
                    % {
                        "available": phase.plots_available,
                        "total": phase.plots_total,
                        "area": m2(phase.available_m2 or 0),
                    },
                )
            ]
        )

    available = [plot for plot in plots if plot.status == Plot.Status.AVAILABLE]
    document.heading(gettext("Available land"))
    if available:
        document.rows(
            [
                (
                    gettext("Plot %(code)s") % {"code": plot.code},
                    f"{m2(plot.area_m2)} · {plot.zone.phase.name}",
                    (
                        f"{number_format(plot.lease_price, decimal_pos=0, force_grouping=True)} {plot.currency} "
                        f"{plot.get_price_basis_display()}"
                        if plot.lease_price is not None
                        else gettext("price on request")
                    )
                    + (" · " + gettext("illustrative") if plot.is_illustrative else ""),
                )
                for plot in available
            ],
            label_width=40,
        )
    else:
        document.paragraph(gettext("No plot is available at the moment; ask the Board about land being prepared."))

    document.heading(gettext("Priority sectors"))
    document.bullets([sector.name for sector in sectors])

    document.heading(gettext("Incentives"))
    for incentive in incentives:
        document.rows(
            [(incentive.title, incentive.summary, gettext("Legal basis: %(basis)s") % {"basis": incentive.legal_basis})]
        )

    if connections:
        document.heading(gettext("Distances"))
        document.rows(
            [
                (
                    connection.destination,
                    f"{number_format(connection.distance_km, decimal_pos=0, force_grouping=True)} km"
                    + (
                        " · " + gettext("about %(minutes)s min") % {"minutes": connection.travel_time_minutes}
                        if connection.travel_time_minutes
                        else ""
                    ),
                    connection.route,
                )
                for connection in connections
            ]
        )

    document.heading(gettext("Master plan"), keep=90)
    by_phase_zones, by_phase_plots = {}, {}
    for zone in zones:
        by_phase_zones.setdefault(zone.phase_id, []).append(zone)
    for plot in plots:
        by_phase_plots.setdefault(plot.zone.phase_id, []).append(plot)
    for phase in phases:
        if not by_phase_zones.get(phase.pk) and not by_phase_plots.get(phase.pk):
            continue
        document.heading(phase.name, keep=80)
        document.outline_plan(
            phase.plan_width,
            phase.plan_height,
            _plan(phase, by_phase_zones.get(phase.pk, []), by_phase_plots.get(phase.pk, [])),
            box_width=document.width * 0.7,
            box_height=62,
        )
    document.paragraph(
        gettext("Available plots in amber, leased plots in grey. Schematic, not to survey scale."), size=8, muted=True
    )

    document.heading(gettext("Contact the Board"))
    rows = [
        (contact.name, contact.position, " · ".join(filter(None, [contact.phone, contact.email])))
        for contact in contacts
    ]
    if park.phone:
        rows.append((gettext("Phone"), park.phone))
    if park.email:
        rows.append((gettext("Email"), park.email))
    rows.append((gettext("Web page"), url))
    document.rows(rows)
    return document, filename(today)
