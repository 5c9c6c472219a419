"""A plot's data sheet as a PDF of one or two pages, made from the database in the active language.

What the plot page shows, on paper: the lease terms and the estimate, the
utilities at the boundary and the readiness checklist (each figure with its
verified date, "ask the Board" where there is none), room to grow, allowed
sectors, the plot on its phase's master plan, and whom to call.
"""

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language, gettext, ngettext

from core.pdf import AMBER, LINE, TINT, Document, generated_line
from parks import shapes
from parks.lease import estimate_for_plot
from parks.models import Plot, Zone
from parks.site_data import handover_line, readiness_checks, site_verified, utility_lines

# Fills of the zones on the small plan: land for plots pale, the rest a little darker.
ZONE_FILLS = {
    Zone.LandUse.GREEN: (214, 232, 207),
    Zone.LandUse.ROADS: (205, 211, 214),
    Zone.LandUse.UTILITIES: (226, 221, 235),
    Zone.LandUse.SERVICES: (244, 232, 211),
}
PLOT_FILL = (250, 251, 250)


def m2(value):
    return f"{number_format(value, force_grouping=True)} m²"


def filename(plot, today):
    """`thanh-binh-plot-E1-03-2026-10-01.pdf`: the plot code and the date, safe in any file system."""
    code = "".join(character if character.isalnum() or character in "-_" else "-" for character in plot.code)
    return f"thanh-binh-plot-{code}-{today.isoformat()}.pdf"


def _money(total, currency):
    return f"{number_format(round(total), force_grouping=True)} {currency}"


def lease_rows(plot, estimate):
    price = None
    if plot.lease_price is not None:
        price = f"{number_format(plot.lease_price, decimal_pos=0, force_grouping=True)} {plot.currency} {plot.get_price_basis_display()}"
    rows = [
        (gettext("Lease price"), price or gettext("on request")),
        (
            gettext("Lease term ends"),
            date_format(plot.lease_term_end, "DATE_FORMAT") if plot.lease_term_end else None,
        ),
    ]
    if estimate is not None:
        years = ngettext("%(count)s year left of the term", "%(count)s years left of the term", estimate.years) % {
            "count": estimate.years
        }
        rows.append(
            (gettext("Estimated lease cost, rest of the term"), _money(estimate.total, estimate.currency), years)
        )
    else:
        rows.append((gettext("Estimated lease cost, rest of the term"), None))
    rows.append(
        (gettext("Lease terms verified on"), date_format(plot.verified_on, "DATE_FORMAT")),
    )
    return rows


def plot_data_sheet(*, plot, park, plant, plots, zones, neighbours, url):
    """The Document of `plot`: `plots` and `zones` of its phase for the plan, `neighbours` its room to grow."""
    phase = plot.zone.phase
    today = timezone.localdate()
    park_name = park.name if park else gettext("Thanh Binh Industrial Park")
    document = Document(
        title=gettext("Plot %(code)s: data sheet") % {"code": plot.code},
        header=gettext("%(park)s · Plot data sheet") % {"park": park_name},
        footer=f"{generated_line()} {url}",
        language=get_language(),
    )
    document.title_block(
        gettext("Plot %(code)s") % {"code": plot.code},
        gettext("%(phase)s · zone %(zone)s · %(status)s · %(area)s (%(hectares)s ha)")
        % {
            "phase": phase.name,
            "zone": plot.zone.code,
            "status": plot.get_status_display(),
            "area": m2(plot.area_m2),
            "hectares": number_format(round(plot.area_ha, 2), force_grouping=True),
        },
    )
    if plot.is_illustrative:
        document.notice(
            gettext(
                "The figures for this plot (lease terms, utilities and readiness) are illustrative examples, "
                "not a binding offer. Ask the Board for current terms."
            )
        )

    estimate = estimate_for_plot(plot, today=today)
    document.heading(gettext("Lease terms"))
    document.rows(lease_rows(plot, estimate))
    if estimate is not None:
        document.paragraph(
            gettext(
                "The estimate assumes the published price stays as it is for the whole term (no indexation), "
                "counts a year that has begun as a whole year, and leaves out VAT, infrastructure maintenance "
                "fees and other charges. The Board confirms the terms."
            ),
            size=8,
            muted=True,
        )

    document.heading(gettext("Utilities at the plot boundary"))
    document.rows([(line.label, line.text, line.note) for line in utility_lines(plot, plant)])
    document.heading(gettext("Readiness"))
    handover = handover_line(plot)
    document.rows(
        [(check.label, check.text) for check in readiness_checks(plot)]
        + [(handover.label, handover.text, handover.note)]
    )
    verified = site_verified(plot)
    document.paragraph(
        gettext("Utilities and readiness verified on %(date)s.") % {"date": verified}
        if verified
        else gettext("The Board has not published utility or readiness figures for this plot yet; ask the Board."),
        size=8.5,
        muted=True,
    )

    document.heading(gettext("Room to grow"))
    if neighbours.neighbours:
        codes = ", ".join(f"{other.code} ({m2(other.area_m2)})" for other in neighbours.neighbours)
        document.paragraph(
            gettext("Available plots sharing a boundary: %(codes)s. Together with this plot: %(total)s.")
            % {"codes": codes, "total": m2(neighbours.combined_m2)}
        )
    else:
        document.paragraph(gettext("No available plot shares a boundary with this one on the master plan."))

    document.heading(gettext("Allowed sectors"))
    sectors = [sector.name for sector in plot.allowed_sectors.all()]
    if sectors:
        document.bullets(sectors)
    else:
        document.paragraph(gettext("Any sector the park accepts; ask the Board."))
    projects = getattr(plot, "current_projects", [])
    if projects:
        document.heading(gettext("Project on this plot"))
        document.bullets([f"{project.name} · {project.investor.name}" for project in projects])

    document.heading(gettext("Where it lies"), keep=95)
    document.outline_plan(
        phase.plan_width,
        phase.plan_height,
        plan_shapes(plot, plots, zones),
        box_width=document.width,
        box_height=70,
    )
    document.paragraph(
        gettext("Master plan of %(phase)s; plot %(code)s is picked out. Schematic, not to survey scale.")
        % {"phase": phase.name, "code": plot.code},
        size=8,
        muted=True,
    )

    if park is not None:
        document.heading(gettext("Contact the Board"))
        contact = [(gettext("Managed by"), park.operator), (gettext("Address"), park.address)]
        if park.phone:
            contact.append((gettext("Phone"), park.phone))
        if park.email:
            contact.append((gettext("Email"), park.email))
        contact.append((gettext("Web page"), url))
        document.rows(contact)
    return document


def plan_shapes(plot, plots, zones):
    """The zones and plots of the plan as (points, fill, label), the plot itself picked out in the accent colour."""
    phase = plot.zone.phase
    drawn = []
    for zone in zones:
        points = shapes.drawable_points(zone.shape, phase.plan_width, phase.plan_height)
        if points is not None:
            drawn.append(([(p.x, p.y) for p in points], ZONE_FILLS.get(zone.land_use, TINT), ""))
    for other in plots:
        points = shapes.drawable_points(other.shape, phase.plan_width, phase.plan_height)
        if points is not None and other.pk != plot.pk:
            drawn.append(
                ([(p.x, p.y) for p in points], PLOT_FILL if other.status == Plot.Status.AVAILABLE else LINE, "")
            )
    points = shapes.drawable_points(plot.shape, phase.plan_width, phase.plan_height)
    if points is not None:
        drawn.append(([(p.x, p.y) for p in points], AMBER, plot.code))
    return drawn
