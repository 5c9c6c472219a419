"""Making the change log from the content's history, and hiding an entry.

Which figures count is said once, in TRACKED: plots' status and lease price,
the park's key figures, phases' status and infrastructure progress, and
incentives added or ended. Text fields are never tracked, so an edit that
only fixes a typo in a text makes no entry.

An entry is made per changed figure per version, when the revision is saved
(changelog.receivers), in the same transaction as the edit: the page reads
entries, never versions, so it costs the same at any amount of history.
`rebuild()` makes the entries of versions saved before (manage.py
rebuild_changelog); it keeps what the Board hid.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname
from reversion.models import Version

from changelog.models import ChangeEntry
from core.content import mark_content_changed
from core.i18n import language_codes

Kind = ChangeEntry.Kind


@dataclass(frozen=True)
class Figure:
    kind: str
    field: str
    # The version fields that make up the figure's value (a price is its amount, currency and basis).
    parts: tuple = ()

    @property
    def fields(self):
        return self.parts or (self.field,)


# "app_label.model": (the field naming the object, or None for a plot's code; the figures tracked).
TRACKED = {
    "parks.plot": (
        "code",
        [
            Figure(Kind.PLOT_STATUS, "status"),
            Figure(Kind.PLOT_PRICE, "lease_price", ("lease_price", "currency", "price_basis")),
        ],
    ),
    "parks.park": (
        "name",
        [
            Figure(Kind.PARK, "total_area_ha"),
            Figure(Kind.PARK, "year_opened"),
            Figure(Kind.PARK, "average_monthly_income_vnd"),
        ],
    ),
    "parks.phase": ("name", [Figure(Kind.PHASE, "status"), Figure(Kind.PHASE, "infrastructure_progress")]),
    "parks.incentive": ("title", [Figure(Kind.INCENTIVE, "ended_on")]),
}
ADDED = "added"


def _label(content_type):
    return f"{content_type.app_label}.{content_type.model}"


def _jsonable(value):
    if isinstance(value, Decimal):
        # One form per number: 45000, 45000.00 and the saved form's 45000 are the same price.
        return format(value.normalize(), "f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def figure_value(figure, data):
    """The figure's value in a version's field dict, as JSON (a dict for a figure of several fields)."""
    if not figure.parts:
        return _jsonable(data.get(figure.field))
    return {name: _jsonable(data.get(name)) for name in figure.parts}


def _names(name_field, data):
    """The object's name in each language, from a version's field dict (a plot's code is the same in all)."""
    names = {}
    for code in language_codes():
        localized = build_localized_fieldname(name_field, code)
        # A translated name has a column per language; a missing translation stays missing (the page falls back).
        value = data.get(localized) if localized in data else data.get(name_field)
        if value:
            names[code] = str(value)
    return names


def _added_in_admin(content_type, object_id):
    """Whether the object was added through the admin (not a first version recorded later of an older object)."""
    return LogEntry.objects.filter(content_type=content_type, object_id=object_id, action_flag=ADDITION).exists()


def entries_for(version, previous):
    """The unsaved entries for what `version` changed since `previous` (None: the object's first version)."""
    content_type = ContentType.objects.get_for_id(version.content_type_id)
    tracked = TRACKED.get(_label(content_type))
    if tracked is None:
        return []
    name_field, figures = tracked
    try:
        data = version.field_dict
    except Exception:  # a version of a model whose fields have changed since: nothing to compare
        return []
    common = {
        "content_type": content_type,
        "object_id": version.object_id,
        "names": _names(name_field, data),
        "changed_at": version.revision.date_created,
        "version": version,
    }
    if previous is None:
        if _label(content_type) == "parks.incentive" and _added_in_admin(content_type, version.object_id):
            return [ChangeEntry(kind=Kind.INCENTIVE, field=ADDED, **common)]
        return []
    try:
        before = previous.field_dict
    except Exception:
        return []
    entries = []
    for figure in figures:
        old, new = figure_value(figure, before), figure_value(figure, data)
        if old != new:
            entries.append(ChangeEntry(kind=figure.kind, field=figure.field, old=old, new=new, **common))
    return entries


def _previous(version):
    return (
        Version.objects.filter(content_type_id=version.content_type_id, object_id=version.object_id, pk__lt=version.pk)
        .select_related("revision")
        .order_by("-pk")
        .first()
    )


def _tracked_type_ids():
    return {ContentType.objects.get_by_natural_key(*label.split(".")).pk for label in TRACKED}


def record_versions(versions):
    """Add the entries of newly saved `versions` (one revision's); an entry already made is not made again."""
    type_ids = _tracked_type_ids()
    entries = []
    for version in versions:
        if version.content_type_id in type_ids and version.pk is not None:
            entries.extend(entries_for(version, _previous(version)))
    if entries:
        ChangeEntry.objects.bulk_create(entries, ignore_conflicts=True)
    return len(entries)


def rebuild():
    """Make the entries of every version of the tracked models saved so far; returns how many were added."""
    before = ChangeEntry.objects.count()
    with transaction.atomic():
        versions = (
            Version.objects.filter(content_type_id__in=_tracked_type_ids())
            .select_related("revision")
            .order_by("content_type_id", "object_id", "pk")
        )
        previous = None
        batch = []
        for version in versions.iterator(chunk_size=500):
            same_object = previous is not None and (previous.content_type_id, previous.object_id) == (
                version.content_type_id,
                version.object_id,
            )
            batch.extend(entries_for(version, previous if same_object else None))
            previous = version
            if len(batch) >= 500:
                ChangeEntry.objects.bulk_create(batch, ignore_conflicts=True)
                batch = []
        ChangeEntry.objects.bulk_create(batch, ignore_conflicts=True)
        mark_content_changed()
    return ChangeEntry.objects.count() - before


def set_hidden(*, entries, hidden):
    """Hide entries from the public log (or show them again); the history keeps them either way. Returns how many."""
    count = entries.exclude(hidden=hidden).update(hidden=hidden)
    if count:
        mark_content_changed()
    return count
