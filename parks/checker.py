"""The incentive checker: which incentives a planned project meets the conditions of, rule by rule.

The rules are data the Board keeps in the admin (`IncentiveRule`); nothing
here knows a threshold. A condition the visitor gave no answer to is "not
known" rather than met or not: the result then says what to tell the Board.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.formats import number_format
from django.utils.translation import gettext

from parks.models import Incentive, IncentiveRule

MET = "met"
NOT_MET = "not_met"
UNKNOWN = "unknown"


@dataclass
class PlannedProject:
    """What the visitor told the checker; None where they left it blank."""

    sector: object = None
    capital_vnd: int | None = None
    workers: int | None = None
    high_tech: bool = False
    phase: object = None


@dataclass
class Condition:
    label: str
    status: str


@dataclass
class RuleResult:
    rule: IncentiveRule
    conditions: list = field(default_factory=list)

    @property
    def status(self):
        statuses = {condition.status for condition in self.conditions}
        if NOT_MET in statuses:
            return NOT_MET
        return UNKNOWN if UNKNOWN in statuses else MET


@dataclass
class IncentiveResult:
    incentive: Incentive
    rules: list = field(default_factory=list)

    @property
    def status(self):
        """Met when one rule is met in full; not met when every rule fails a condition; otherwise not known."""
        statuses = {rule.status for rule in self.rules}
        if MET in statuses:
            return MET
        if not statuses or UNKNOWN in statuses:
            return UNKNOWN
        return NOT_MET


def incentives_with_rules():
    """The incentives on offer with their rules and the rules' sectors and phases (four queries)."""
    return Incentive.objects.current().prefetch_related(
        Prefetch("rules", queryset=IncentiveRule.objects.prefetch_related("sectors", "phases"))
    )


def _names(objects):
    return ", ".join(str(obj) for obj in objects)


def _vnd(amount):
    return gettext("VND %(amount)s") % {"amount": number_format(amount, force_grouping=True)}


def _at_least(value, minimum):
    if value is None:
        return UNKNOWN
    return MET if value >= minimum else NOT_MET


def _one_of(chosen, allowed):
    if chosen is None:
        return UNKNOWN
    return MET if chosen.pk in {obj.pk for obj in allowed} else NOT_MET


def check_rule(rule, project):
    """Each condition of `rule`, labelled in the active language, with whether `project` meets it."""
    conditions = []
    sectors = list(rule.sectors.all())
    if sectors:
        label = gettext("Sector: %(sectors)s") % {"sectors": _names(sectors)}
        conditions.append(Condition(label, _one_of(project.sector, sectors)))
    if rule.min_capital_vnd is not None:
        label = gettext("Planned capital of at least %(amount)s") % {"amount": _vnd(rule.min_capital_vnd)}
        conditions.append(Condition(label, _at_least(project.capital_vnd, rule.min_capital_vnd)))
    if rule.min_workers is not None:
        count = number_format(rule.min_workers, force_grouping=True)
        label = gettext("At least %(count)s workers") % {"count": count}
        conditions.append(Condition(label, _at_least(project.workers, rule.min_workers)))
    if rule.high_tech_only:
        conditions.append(Condition(gettext("A high-technology project"), MET if project.high_tech else NOT_MET))
    phases = list(rule.phases.all())
    if phases:
        label = gettext("Location: %(phases)s") % {"phases": _names(phases)}
        conditions.append(Condition(label, _one_of(project.phase, phases)))
    if not conditions:
        conditions.append(Condition(gettext("Any project in the park"), MET))
    return RuleResult(rule=rule, conditions=conditions)


def check(incentives, project):
    """An IncentiveResult per incentive, in the incentives' order, each rule checked against `project`."""
    return [
        IncentiveResult(incentive=incentive, rules=[check_rule(rule, project) for rule in incentive.rules.all()])
        for incentive in incentives
    ]
