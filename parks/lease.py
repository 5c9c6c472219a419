"""The cost of leasing a plot for the rest of its term, estimated from its published terms.

A plain function of the terms and a date, so that the page and the tests
compute the same thing. The assumptions are the ones the plot page states:
the published price stays as it is (no indexation, no revision of the land
rent), VAT, infrastructure fees and other charges are left out, and a started
year of the remaining term counts as a whole year.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from parks.models import Plot


@dataclass(frozen=True)
class LeaseEstimate:
    total: Decimal
    currency: str
    years: int
    basis: str
    yearly: Decimal | None  # per-year basis only: what one year costs
    term_end: date


def remaining_years(today, term_end):
    """Years from `today` to `term_end`, a started year counting as a whole one; 0 once the term has ended."""
    if term_end <= today:
        return 0
    years = term_end.year - today.year
    if (term_end.month, term_end.day) < (today.month, today.day):
        years -= 1
    # `years` whole years from today end on or before term_end; any days left start one more year.
    anniversary = _add_years(today, years)
    return years + (1 if anniversary < term_end else 0)


def _add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def estimate_lease_cost(*, price, basis, currency, area_m2, term_end, today):
    """A LeaseEstimate, or None where the terms do not allow one (no price, no term end, term over)."""
    if price is None or term_end is None or not area_m2:
        return None
    years = remaining_years(today, term_end)
    if years == 0:
        return None
    price = Decimal(price)
    if basis == Plot.PriceBasis.WHOLE_TERM:
        return LeaseEstimate(
            total=price * area_m2, currency=currency, years=years, basis=basis, yearly=None, term_end=term_end
        )
    yearly = price * area_m2
    return LeaseEstimate(
        total=yearly * years, currency=currency, years=years, basis=basis, yearly=yearly, term_end=term_end
    )


def estimate_for_plot(plot, *, today):
    return estimate_lease_cost(
        price=plot.lease_price,
        basis=plot.price_basis,
        currency=plot.currency,
        area_m2=plot.area_m2,
        term_end=plot.lease_term_end,
        today=today,
    )
