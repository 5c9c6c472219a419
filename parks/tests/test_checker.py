"""The incentive checker: its answers follow the rules the Board entered, bad answers are form errors, never a 500."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from conftest import VERIFIED, build_park
from core.batch import batched
from core.builders import add_all, create_all
from core.testing import parse, query_count
from parks.checker import MET, NOT_MET, UNKNOWN, PlannedProject, check, incentives_with_rules
from parks.models import Incentive, IncentiveRule, Phase, Sector

pytestmark = pytest.mark.django_db


def add_rules():
    """Rules of every kind on the test park's first two incentives; the third has ended."""
    electronics, wood = Sector.objects.order_by("order")[:2]
    phase_two = Phase.objects.get(name_en="Phase II")
    tax, land, ended = Incentive.objects.order_by("order")[:3]
    large = IncentiveRule.objects.create(
        incentive=tax,
        title_vi="Dự án lớn",
        title_en="Large projects",
        benefit_vi="Thuế suất ưu đãi",
        benefit_en="A preferential rate",
        min_capital_vnd=100_000_000_000,
        min_workers=200,
        high_tech_only=True,
        is_illustrative=True,
    )
    large.sectors.set([electronics])
    large.phases.set([phase_two])
    IncentiveRule.objects.create(incentive=land, title_vi="Mọi dự án", title_en="Every project")
    ended.ended_on = timezone.localdate() - timedelta(days=1)
    ended.save()
    return {"electronics": electronics, "wood": wood, "phase_two": phase_two, "tax": tax, "land": land, "ended": ended}


@pytest.fixture(scope="module")
def _rules(module_data, _module_park):
    return module_data.build(lambda: {key: value.pk for key, value in add_rules().items()})


@pytest.fixture
def rules(park, _rules):
    if _rules is None:
        return add_rules()
    return {
        "electronics": Sector.objects.get(pk=_rules["electronics"]),
        "wood": Sector.objects.get(pk=_rules["wood"]),
        "phase_two": Phase.objects.get(pk=_rules["phase_two"]),
        "tax": Incentive.objects.get(pk=_rules["tax"]),
        "land": Incentive.objects.get(pk=_rules["land"]),
        "ended": Incentive.objects.get(pk=_rules["ended"]),
    }


def statuses(results):
    return {
        result.incentive.title_en: (result.status, [c.status for r in result.rules for c in r.conditions])
        for result in results
    }


def test_a_project_that_meets_every_condition_gets_the_incentive(rules):
    project = PlannedProject(
        sector=rules["electronics"], capital_vnd=150_000_000_000, workers=300, high_tech=True, phase=rules["phase_two"]
    )
    with translation.override("en"):
        results = statuses(check(incentives_with_rules(), project))
    assert results["Tax incentive 0"] == (MET, [MET, MET, MET, MET, MET])
    assert results["Tax incentive 1"] == (MET, [MET])  # "any project in the park"
    assert "Tax incentive 2" not in results  # ended yesterday
    assert results["Tax incentive 3"] == (UNKNOWN, [])  # no rule recorded: ask the Board


def test_each_condition_is_checked_against_the_figure_entered(rules):
    short = PlannedProject(sector=rules["wood"], capital_vnd=99_999_999_999, workers=None, high_tech=False)
    results = statuses(check(incentives_with_rules(), short))
    # Sector, capital, workers (not given), high-tech, location (not given).
    assert results["Tax incentive 0"] == (NOT_MET, [NOT_MET, NOT_MET, UNKNOWN, NOT_MET, UNKNOWN])
    unknown = PlannedProject(sector=rules["electronics"], capital_vnd=100_000_000_000, workers=200, high_tech=True)
    assert statuses(check(incentives_with_rules(), unknown))["Tax incentive 0"] == (
        UNKNOWN,
        [MET, MET, MET, MET, UNKNOWN],
    )


def test_the_page_shows_each_incentive_with_its_legal_basis_and_conditions(client, rules):
    query = {
        "sector": rules["electronics"].pk,
        "capital": "150.000.000.000",
        "workers": "300",
        "high_tech": "on",
        "phase": rules["phase_two"].pk,
    }
    with translation.override("en"):
        response = client.get(reverse("parks:checker"), query)
    assert response.status_code == 200
    html = parse(response.content)
    cards = html.find_all("li", class_="checker-result")
    assert [card.find("h3").text() for card in cards] == [
        "Tax incentive 0",
        "Tax incentive 1",
        "Tax incentive 3",
        "Tax incentive 4",
    ]
    first = cards[0]
    assert "checker-met" in first.classes and "May apply" in first.text()
    assert "Decree No. 103/2024/ND-CP of 30 July 2024 of the Government" in first.find("p", class_="legal").text()
    conditions = [" ".join(item.text().split()) for item in first.find_all("li")]
    assert conditions == [
        "Met: Sector: Agricultural processing 0",
        "Met: Planned capital of at least VND 100,000,000,000",
        "Met: At least 200 workers",
        "Met: A high-technology project",
        "Met: Location: Phase II",
    ]
    assert "illustrative" in first.find("h4").text()
    assert "The Board confirms eligibility" in response.content.decode()


def test_the_page_speaks_vietnamese(client, rules):
    response = client.get(reverse("parks:checker"), {"capital": "50000000000", "high_tech": "on"})
    assert response.status_code == 200
    text = " ".join(parse(response.content).find("main").text().split())
    assert "Chưa đạt: Vốn đầu tư dự kiến từ 100.000.000.000 đồng" in text
    assert "Ban Quản lý xác nhận" in text


@pytest.mark.parametrize(
    "query, field, message",
    [
        ({"capital": "-5"}, "capital", "Enter the planned capital as a whole number of đồng"),
        ({"capital": "0"}, "capital", "The planned capital must be more than zero."),
        ({"capital": "1e9"}, "capital", "Enter the planned capital as a whole number of đồng"),
        ({"capital": "9" * 40}, "capital", "The planned capital is too large"),
        ({"workers": "-1"}, "workers", "Enter the number of workers as a whole number"),
        ({"sector": "999999"}, "sector", "There is no such sector"),
        ({"sector": "electronics'--"}, "sector", "There is no such sector"),
        ({"phase": "x"}, "phase", "There is no such phase."),
    ],
)
def test_bad_answers_are_form_errors(client, rules, query, field, message):
    with translation.override("en"):
        response = client.get(reverse("parks:checker"), query)
    assert response.status_code == 400
    html = parse(response.content)
    assert message in html.find("div", class_="notice-error").text()
    assert html.find("ul", class_="checker-results") is None  # no answer from half a question


def test_without_a_question_the_page_shows_the_form_only(client, rules):
    response = client.get(reverse("parks:checker"))
    assert response.status_code == 200
    html = parse(response.content)
    assert html.find("form", class_="checker-form") is not None and html.find("ul", class_="checker-results") is None


def test_an_ended_incentive_leaves_the_list_but_keeps_its_page(client, rules):
    with translation.override("en"):
        listing = client.get(reverse("parks:incentives")).content.decode()
        page = client.get(rules["ended"].get_absolute_url())
    assert "Tax incentive 2" not in listing and "Tax incentive 1" in listing
    assert page.status_code == 200 and "This incentive is no longer offered" in page.content.decode()


@batched()
def add_rules_to_every_incentive(scale):
    """`scale` rules on each incentive, each for three sectors and every phase (each list saved together:
    core.builders); returns the three sectors."""
    sectors = list(Sector.objects.all()[:3])
    phases = list(Phase.objects.all())
    rules = create_all(
        IncentiveRule(incentive=incentive, title_vi=f"Điều kiện {index}", min_workers=10)
        for incentive in Incentive.objects.all()
        for index in range(scale)
    )
    add_all(IncentiveRule.sectors, dict.fromkeys(rules, sectors))
    add_all(IncentiveRule.phases, dict.fromkeys(rules, phases))
    return sectors


@pytest.mark.parametrize("scale", [1, 10])
def test_query_count_does_not_grow_with_incentives(client, empty_site, scale):
    build_park(scale=scale)
    sectors = add_rules_to_every_incentive(scale)
    with translation.override("en"):
        count = query_count(client, reverse("parks:checker") + f"?workers=20&sector={sectors[0].pk}")
    # The sector and phase choices, the chosen sector, the incentives, their rules, sectors and phases, + layout.
    assert count == 9
    assert VERIFIED  # the park's figures are current: no other query for overdue marks
