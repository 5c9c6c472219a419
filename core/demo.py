"""What every app's demo loader shares: rows written in both languages, looked up by a stable key, and saved
only when a value differs, so that a second run changes nothing."""


def both_languages(**fields):
    """{"name": ("vi", "en")} -> {"name_vi": "vi", "name_en": "en"}."""
    values = {}
    for name, (vi, en) in fields.items():
        values[f"{name}_vi"] = vi
        values[f"{name}_en"] = en
    return values


class Tally:
    def __init__(self):
        self.created = 0
        self.updated = 0
        self.unchanged = 0

    def counts(self):
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged}


def upsert(tally, model, lookup, values):
    """update_or_create that validates (full_clean) and saves only when a value differs."""
    try:
        obj = model._default_manager.get(**lookup)
        created = False
    except model.DoesNotExist:
        obj = model(**lookup)
        created = True
    changed = created
    for field, value in values.items():
        if created or getattr(obj, field) != value:
            setattr(obj, field, value)
            changed = True
    if changed:
        obj.full_clean()
        obj.save()
        if created:
            tally.created += 1
        else:
            tally.updated += 1
    else:
        tally.unchanged += 1
    return obj


def set_m2m(tally, manager, objects):
    wanted = {obj.pk for obj in objects}
    if set(manager.values_list("pk", flat=True)) != wanted:
        manager.set(objects)
        tally.updated += 1
