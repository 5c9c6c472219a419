"""The lease cost estimate on the plot page: a pure function, and the page that states its assumptions."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from parks.lease import LeaseEstimate, estimate_lease_cost, remaining_years
from parks.models import Plot

PER_YEAR, WHOLE_TERM = Plot.PriceBasis.PER_YEAR, Plot.PriceBasis.WHOLE_TERM


@pytest.mark.parametrize(
    ("today", "term_end", "years"),
    [
        (date(2026, 1, 1), date(2027, 1, 1), 1),  # exactly one year
        (date(2026, 1, 1), date(2026, 1, 2), 1),  # a day: a started year
        (date(2026, 1, 1), date(2027, 1, 2), 2),  # a year and a day
        (date(2026, 6, 15), date(2072, 12, 31), 47),
        (date(2026, 12, 31), date(2072, 12, 31), 46),
        (date(2024, 2, 29), date(2025, 2, 28), 1),  # leap day
        (date(2024, 2, 29), date(2028, 2, 29), 4),
        (date(2026, 1, 1), date(2026, 1, 1), 0),  # ends today
        (date(2026, 1, 1), date(2020, 1, 1), 0),  # ended
    ],
)
def test_remaining_years_count_a_started_year_as_whole(today, term_end, years):
    assert remaining_years(today, term_end) == years


def test_per_year_price_times_area_times_years():
    estimate = estimate_lease_cost(
        price=Decimal("50000"),
        basis=PER_YEAR,
        currency="VND",
        area_m2=30000,
        term_end=date(2072, 12, 31),
        today=date(2026, 12, 31),
    )
    assert estimate == LeaseEstimate(
        total=Decimal("50000") * 30000 * 46,
        currency="VND",
        years=46,
        basis=PER_YEAR,
        yearly=Decimal("1500000000"),
        term_end=date(2072, 12, 31),
    )
    assert estimate.total == Decimal("69000000000")


def test_whole_term_price_is_paid_once_whatever_the_years():
    estimate = estimate_lease_cost(
        price=Decimal("1850000"),
        basis=WHOLE_TERM,
        currency="VND",
        area_m2=20000,
        term_end=date(2072, 12, 31),
        today=date(2026, 1, 1),
    )
    assert estimate.total == Decimal("37000000000")
    assert estimate.yearly is None
    assert estimate.years == 47


def test_usd_and_decimal_prices_keep_their_cents():
    estimate = estimate_lease_cost(
        price=Decimal("2.35"),
        basis=PER_YEAR,
        currency="USD",
        area_m2=1000,
        term_end=date(2030, 1, 1),
        today=date(2026, 1, 1),
    )
    assert estimate.total == Decimal("9400.00")
    assert estimate.currency == "USD"


@pytest.mark.parametrize(
    "terms",
    [
        {"price": None, "term_end": date(2072, 1, 1), "area_m2": 100},
        {"price": Decimal("1"), "term_end": None, "area_m2": 100},
        {"price": Decimal("1"), "term_end": date(2020, 1, 1), "area_m2": 100},
        {"price": Decimal("1"), "term_end": date(2072, 1, 1), "area_m2": 0},
    ],
)
def test_no_estimate_without_a_price_a_term_or_an_area(terms):
    assert estimate_lease_cost(basis=PER_YEAR, currency="VND", today=date(2026, 1, 1), **terms) is None


@pytest.mark.django_db
def test_plot_page_shows_the_estimate_and_its_assumptions(client, park):
    plot = Plot.objects.get(code="P1-0-0")
    plot.lease_price = Decimal("50000")
    plot.lease_term_end = date(timezone.localdate().year + 10, 12, 31)
    plot.save()
    years = remaining_years(timezone.localdate(), plot.lease_term_end)
    with translation.override("en"):
        html = client.get(plot.get_absolute_url()).content.decode()
    total = 50000 * 10000 * years
    assert "Estimated cost of the lease" in html
    assert f"(VND {total:,})" in html
    assert f"VND 500,000,000 a year for the {years} years left of the term." in html
    assert "<dd>50,000 VND/m²/year</dd>" in html  # the price in the lease terms, as the house rules write it
    for assumption in [
        "The published price (50,000 VND/m²/year) × the area (10,000 m²) × the years left.",
        "a year that has begun counts as a whole year",
        "no indexation or revision of the land rent",
        "VAT, infrastructure maintenance fees and other charges are not included.",
        "not an offer",
    ]:
        assert assumption in html


@pytest.mark.django_db
def test_plot_page_shows_a_whole_term_estimate_in_vietnamese(client, park):
    plot = Plot.objects.get(code="P1-0-0")
    plot.lease_price = Decimal("1850000")
    plot.price_basis = WHOLE_TERM
    plot.lease_term_end = date(timezone.localdate().year + 30, 1, 1)
    plot.save()
    with translation.override("vi"):
        html = client.get(plot.get_absolute_url()).content.decode()
    assert "(18.500.000.000 đồng)" in html
    assert "<dd>1.850.000 đồng/m² cho cả thời hạn thuê</dd>" in html
    assert "Giá thuê công bố (1.850.000 đồng/m² cho cả thời hạn thuê) × diện tích (10.000 m²), trả một lần." in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"lease_price": None}, "gives the price of this plot on request"),
        ({"lease_term_end": None}, "lease term of this plot is not published or has ended"),
        ({"lease_term_end": date(2001, 1, 1)}, "lease term of this plot is not published or has ended"),
    ],
)
def test_plot_page_explains_why_there_is_no_estimate(client, park, changes, message):
    plot = Plot.objects.get(code="P1-0-0")
    Plot.objects.filter(pk=plot.pk).update(**changes)
    with translation.override("en"):
        html = client.get(plot.get_absolute_url()).content.decode()
    assert message in html
    assert "How this is estimated" not in html


@pytest.mark.django_db
def test_plot_page_links_to_an_inquiry_about_it(client, park):
    plot = Plot.objects.get(code="P1-0-0")
    with translation.override("en"):
        html = client.get(plot.get_absolute_url()).content.decode()
    assert 'href="/en/contact/inquiry/?plot=P1-0-0"' in html
    assert "Ask the Board about this plot" in html
