"""What every app's demo loader shares: rows written in Vietnamese and English, looked up by a stable key, and
saved only when a value differs, so that a second run changes nothing.

The demo is written in DEMO_LANGUAGES. It fills the columns of those of the site's languages
(settings.LANGUAGES): a further language (say Korean) gets no demo text, and its pages show the Vietnamese,
marked as such, until a translator writes it; a site without English leaves the English out.
"""

from core.i18n import language_codes, localized_values

DEMO_LANGUAGES = ("vi", "en")


def demo_languages():
    """The languages the demo writes on this site: Vietnamese, and English where the site has it."""
    return [code for code in DEMO_LANGUAGES if code in language_codes()]


def both_languages(**fields):
    """{"name": ("Đất", "Land")} -> {"name_vi": "Đất", "name_en": "Land"}, for the site's languages only."""
    values = {}
    for name, texts in fields.items():
        values.update(localized_values(name, dict(zip(DEMO_LANGUAGES, texts, strict=True))))
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
