"""What every app's demo loader shares: rows written in Vietnamese and English, looked up by a stable key, and
saved only when a value differs, so that a second run changes nothing; and the copies that `load_demo --scale`
makes of them for measurement.

The demo is written in DEMO_LANGUAGES. It fills the columns of those of the site's languages
(settings.LANGUAGES): a further language (say Korean) gets no demo text, and its pages show the Vietnamese,
marked as such, until a translator writes it; a site without English leaves the English out.
"""

import re

from modeltranslation.translator import NotRegistered, translator

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
        self.removed = 0

    def counts(self):
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged, "removed": self.removed}


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


# Copies made for measuring at a larger size (`load_demo --scale N`) carry "-x<k>" (k = 2…N) after the key
# of the row they copy: a copy is found again by that key, and those beyond N are removed.
COPY_SUFFIX = re.compile(r"-x(\d+)$")


def copy_key(key, number):
    return f"{key}-x{number}"


def is_copy(key):
    return bool(COPY_SUFFIX.search(key or ""))


def copy_number(key):
    match = COPY_SUFFIX.search(key or "")
    return int(match.group(1)) if match else 1


def remove_copies_beyond(tally, queryset, field, factor, before_delete=None):
    """Delete the copies in `queryset` numbered above `factor` (their key is `field`): a smaller --scale after a
    larger one leaves the smaller size. `before_delete(copy)` (a queryset of the one row) runs first."""
    for pk, key in queryset.values_list("pk", field):
        if copy_number(key) > factor:
            copy = queryset.filter(pk=pk)
            if before_delete is not None:
                before_delete(copy)
            copy.delete()
            tally.removed += 1


def copied_values(obj, exclude=()):
    """The values of `obj`'s own columns, for a copy: every language's column of a translated field (not the field
    itself, which stands for the active language's), no key, no slug (made anew)."""
    try:
        translated = set(translator.get_options_for_model(type(obj)).fields)
    except NotRegistered:
        translated = set()
    return {
        field.attname: getattr(obj, field.attname)
        for field in obj._meta.concrete_fields
        if not field.primary_key
        and not field.name.startswith("slug")
        and field.name not in translated
        and field.attname not in exclude
    }
