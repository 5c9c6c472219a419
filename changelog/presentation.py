"""Change log entries as a visitor reads them, in the active language: what changed, old -> new."""

from dataclasses import dataclass
from datetime import date

from django.apps import apps
from django.template.defaultfilters import capfirst, floatformat
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext

from changelog.models import ChangeEntry
from changelog.services import ADDED
from core.i18n import current_language, default_language
from core.templatetags.core_tags import currency_unit, vnd

NOTHING = "—"


@dataclass
class Row:
    entry: ChangeEntry
    subject: str
    subject_language: str
    url: str | None
    what: str
    old: str
    new: str

    @property
    def pk(self):
        return self.entry.pk

    @property
    def changed_at(self):
        return self.entry.changed_at

    @property
    def kind(self):
        return self.entry.kind

    @property
    def kind_label(self):
        return self.entry.get_kind_display()

    @property
    def title(self):
        """One line: the subject, the figure and old -> new (the feed's entry title)."""
        if self.entry.field == ADDED:
            return f"{self.subject}: {self.what}"
        return f"{self.subject} · {self.what}: {self.old} → {self.new}"


def _model(entry):
    return apps.get_model(entry.content_type.app_label, entry.content_type.model)


def _number(text):
    """A stored decimal ("153.00") as the active language writes it ("153", "73,5")."""
    return floatformat(text, "-2g")


def _price(value):
    if not value or value.get("lease_price") in (None, ""):
        return gettext("on request")
    context = {"price": _number(value["lease_price"]), "unit": currency_unit(value.get("currency") or "VND")}
    if value.get("price_basis") == "whole_term":
        return gettext("%(price)s %(unit)s/m² for the whole term") % context
    return gettext("%(price)s %(unit)s/m²/year") % context


def _choice(model, field, value):
    choices = dict(model._meta.get_field(field).choices or ())
    return str(choices.get(value, value)) if value not in (None, "") else NOTHING


def format_value(entry, value):
    """A stored value of the entry's figure, written for the active language."""
    model, field = _model(entry), entry.field
    if field == "lease_price":
        return _price(value)
    if value in (None, ""):
        return NOTHING
    if field == "status":
        return _choice(model, field, value)
    if field == "total_area_ha":
        return f"{_number(value)} ha"
    if field == "average_monthly_income_vnd":
        return vnd(value)
    if field == "infrastructure_progress":
        return f"{value}%"
    if field == "ended_on":
        return date_format(date.fromisoformat(value), "DATE_FORMAT")
    if isinstance(value, int) and field != "year_opened":
        return number_format(value, force_grouping=True)
    return str(value)


def _what(entry):
    if entry.field == ADDED:
        return gettext("Added")
    if entry.field == "status":
        return gettext("Status")
    if entry.field == "lease_price":
        return gettext("Lease price")
    return capfirst(str(_model(entry)._meta.get_field(entry.field).verbose_name))


def describe(entry):
    """The entry as a Row; its object must be prefetched (`subject`) for the link."""
    # The name the object had when it changed, in this language where it had one (a plot's code in every language).
    name = entry.name
    language = current_language() if entry.names.get(current_language()) else default_language()
    subject = gettext("Plot %(code)s") % {"code": name} if entry.content_type.model == "plot" else name
    obj = entry.subject
    url = obj.get_absolute_url() if obj is not None and hasattr(obj, "get_absolute_url") else None
    return Row(
        entry=entry,
        subject=subject,
        subject_language=language,
        url=url,
        what=_what(entry),
        old=format_value(entry, entry.old) if entry.field != ADDED else "",
        new=format_value(entry, entry.new) if entry.field != ADDED else "",
    )
