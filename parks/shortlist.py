"""A shortlist of plots, read from the address: `?plot=E1-01&plot=E1-03`, up to four.

No account, no cookie: the address is the shortlist, so it can be shared and
the page that shows it stays cacheable. What cannot be used (an unknown code,
a fifth plot) is left out, and the page says so; never an error page.
"""

from dataclasses import dataclass, field

from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext

MAX_PLOTS = 4
# Only this many distinct codes are looked up; any further ones are left out unread.
MAX_CODES = 20
SHOWN_CODE_LENGTH = 40


def _shown(code):
    return code if len(code) <= SHOWN_CODE_LENGTH else code[: SHOWN_CODE_LENGTH - 1] + "…"


@dataclass
class Shortlist:
    plots: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def codes(self):
        return [plot.code for plot in self.plots]

    @property
    def is_full(self):
        return len(self.plots) >= MAX_PLOTS

    @property
    def total_m2(self):
        return sum(plot.area_m2 for plot in self.plots)

    def query(self, name="plot", without=None):
        """The query string of this shortlist (less `without`), e.g. "plot=E1-01&plot=E1-03"."""
        return urlencode([(name, code) for code in self.codes if code != without])


def read_shortlist(values, queryset):
    """The Shortlist named by the codes in `values` (query-string values), looked up in one query."""
    wanted = []
    for value in values:
        code = value.strip()
        if code and code not in wanted:
            wanted.append(code)
    found = {plot.code: plot for plot in queryset.filter(code__in=wanted[:MAX_CODES])}
    shortlist = Shortlist()
    unknown, left_out = [], []
    for index, code in enumerate(wanted):
        plot = found.get(code)
        if index < MAX_CODES and plot is None:
            unknown.append(code)
        elif plot is None or len(shortlist.plots) >= MAX_PLOTS:
            left_out.append(code)
        else:
            shortlist.plots.append(plot)
    for code in unknown:
        shortlist.notes.append(
            gettext("There is no plot with the code “%(code)s”; it was left out.") % {"code": _shown(code)}
        )
    if left_out:
        shown = ", ".join(_shown(code) for code in left_out[:5]) + (" …" if len(left_out) > 5 else "")
        shortlist.notes.append(
            ngettext(
                "A shortlist holds up to %(max)s plots, so this one was left out: %(codes)s.",
                "A shortlist holds up to %(max)s plots, so these were left out: %(codes)s.",
                len(left_out),
            )
            % {"max": MAX_PLOTS, "codes": shown}
        )
    return shortlist
