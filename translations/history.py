"""The history of public content: every saved version (django-reversion), read back field by field.

Each version holds every concrete field of the object as it was saved, the
translation columns (name_vi, name_en, ...) included. `changes()` turns an
object's versions into "who, when, which field, old -> new"; `field_history()`
answers the same per model and field ("every change of a plot's status"), for
change logs built on it.
"""

from dataclasses import dataclass, field

import reversion
from django.db import models
from reversion.models import Version

# Kept in step with other fields, or bookkeeping: shown in no change list.
DERIVED_FIELDS = {"sort_keys", "search_index", "cover_renditions", "renditions", "updated_at", "created_at"}
MAX_SHOWN = 600


@dataclass
class FieldChange:
    name: str
    label: str
    old: object
    new: object


@dataclass
class Change:
    version: Version
    fields: list = field(default_factory=list)

    @property
    def revision(self):
        return self.version.revision

    @property
    def first(self):
        """The first recorded version: there is nothing older to compare it with."""
        return self.fields is None


def field_label(model, name):
    try:
        return str(model._meta.get_field(name).verbose_name)
    except Exception:
        return name


def shown(value):
    text = "" if value is None else str(value)
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def diff(model, old, new):
    """The fields whose values differ between two versions' field dicts, in the model's field order."""
    names = [f.name for f in model._meta.get_fields() if getattr(f, "concrete", False) or f.many_to_many]
    result = []
    for name in names:
        if name in DERIVED_FIELDS or (name not in old and name not in new):
            continue
        before, after = old.get(name), new.get(name)
        if isinstance(before, list) or isinstance(after, list):  # many-to-many: ids, order does not matter
            before, after = sorted(before or []), sorted(after or [])
        if before != after:
            result.append(FieldChange(name=name, label=field_label(model, name), old=shown(before), new=shown(after)))
    return result


def versions_of(obj):
    return Version.objects.get_for_object(obj).select_related("revision__user").order_by("pk")


def changes(versions, model):
    """Each version with the fields it changed from the version before (None for the first), newest first."""
    result, previous = [], None
    for version in versions:
        data = version.field_dict
        result.append(Change(version=version, fields=None if previous is None else diff(model, previous, data)))
        previous = data
    return list(reversed(result))


def field_history(model, name, object_id=None):
    """Every change of one field of `model` (optionally of one object): (object id, revision, old, new), oldest first.

    E.g. field_history(Plot, "status") for a change log of plot statuses.
    """
    versions = Version.objects.get_for_model(model).select_related("revision__user")
    if object_id is not None:
        versions = versions.filter(object_id=str(object_id))
    last = {}
    for version in versions.order_by("revision__date_created", "pk"):
        value = version.field_dict.get(name)
        if version.object_id in last and last[version.object_id] != value:
            yield version.object_id, version.revision, last[version.object_id], value
        last[version.object_id] = value


def ensure_versioned(objects, *, user=None, comment=""):
    """Record the current state of objects that have no version yet (made before history was kept), so that the
    next change or a deletion has an "old" side to show and to revert to."""
    missing = [
        obj
        for obj in objects
        if isinstance(obj, models.Model)
        and reversion.is_registered(type(obj))
        and not Version.objects.get_for_object(obj).exists()
    ]
    if not missing:
        return
    with reversion.create_revision(manage_manually=True):
        if user is not None and user.is_authenticated:
            reversion.set_user(user)
        reversion.set_comment(comment)
        for obj in missing:
            reversion.add_to_revision(obj)
