"""A plot's utilities and readiness as lines a reader can scan, for the plot page, the compare page and the PDF.

Each line has a label and a text, or no text where the Board has given no
figure: the page then says "ask the Board", never a guess. The texts are made
in the active language, with its number format.
"""

from dataclasses import dataclass

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext, pgettext

from parks.models import Infrastructure


@dataclass(frozen=True)
class Line:
    key: str
    label: str
    text: str | None  # None: the Board has no figure; ask the Board
    note: str = ""


@dataclass(frozen=True)
class Check:
    key: str
    label: str
    done: bool | None  # None: not recorded; ask the Board

    @property
    def state(self):
        return {True: "yes", False: "no", None: "unknown"}[self.done]

    @property
    def text(self):
        if self.done is None:
            return ask_the_board()
        return pgettext("checklist", "Yes") if self.done else pgettext("checklist", "Not yet")


def ask_the_board():
    return gettext("ask the Board")


def number(value, decimals=None):
    if decimals is not None and value == int(value):
        value, decimals = int(value), None
    return number_format(value, decimal_pos=decimals, force_grouping=True)


def wastewater_plant(infrastructure):
    """The park's central wastewater treatment record among `infrastructure`, or None."""
    return next((item for item in infrastructure if item.kind == Infrastructure.Kind.WASTEWATER), None)


def utility_lines(plot, plant=None):
    """Power, water, wastewater, telecoms, access road and the environmental category of `plot`."""
    if plot.power_kva is not None:
        power = gettext("%(kva)s kVA") % {"kva": number(plot.power_kva)}
        if plot.power_voltage_kv is not None:
            power = gettext("%(kva)s kVA at %(kv)s kV") % {
                "kva": number(plot.power_kva),
                "kv": number(plot.power_voltage_kv, 1),
            }
    else:
        power = None
    water = (
        gettext("%(volume)s m³/day") % {"volume": number(plot.water_m3_day)} if plot.water_m3_day is not None else None
    )
    wastewater = None
    if plot.wastewater_connection:
        wastewater = plot.get_wastewater_connection_display()
        if plot.wastewater_m3_day is not None:
            wastewater = gettext("%(connection)s; up to %(volume)s m³/day to the central plant") % {
                "connection": wastewater,
                "volume": number(plot.wastewater_m3_day),
            }
    plant_note = ""
    if plant is not None and plant.capacity:
        plant_note = gettext("Central treatment plant: %(capacity)s · as recorded on %(date)s") % {
            "capacity": plant.capacity,
            "date": date_format(plant.verified_on, "DATE_FORMAT"),
        }
    road = (
        gettext("%(width)s m wide") % {"width": number(plot.access_road_width_m, 1)}
        if plot.access_road_width_m is not None
        else None
    )
    return [
        Line("power", gettext("Power"), power),
        Line("water", gettext("Water supply"), water),
        Line("wastewater", gettext("Wastewater"), wastewater, plant_note),
        Line("telecom", gettext("Fibre"), plot.get_fibre_display() if plot.fibre else None),
        Line("road", gettext("Access road"), road),
        Line(
            "environment",
            gettext("Environmental category"),
            plot.get_environmental_category_display() if plot.environmental_category else None,
        ),
    ]


def readiness_checks(plot):
    return [
        Check("cleared", gettext("Site cleared"), plot.site_cleared),
        Check("levelled", gettext("Site levelled"), plot.site_levelled),
        Check("connected", gettext("Utilities connected"), plot.utilities_connected),
    ]


def handover_line(plot):
    """When the land can be handed over: the plot's date, the phase's expected one, or ask the Board."""
    day, from_phase = plot.expected_handover
    if day is None:
        return Line("handover", gettext("Handover"), None)
    text = date_format(day, "DATE_FORMAT")
    note = gettext("the phase's expected handover") if from_phase else ""
    return Line("handover", gettext("Handover"), text, note)


def site_verified(plot):
    """The verified date of the utilities and readiness, formatted; None when the Board has none."""
    return date_format(plot.site_verified_on, "DATE_FORMAT") if plot.site_verified_on else None
