"""The status of every translated text: missing, out of date or current.

A text in a target language (every language but the default) is
- missing when the source (default-language) text exists and it does not;
- out of date when the source changed after the translation was last saved;
- current otherwise.
Saving a translation records the source text it was made from
(`TranslationRecord`), so "out of date" is a comparison, not a guess, and the
change page can show what changed in the source since.

Which fields count comes from modeltranslation's registry: every registered
model's translated text fields except slugs, which are made from titles.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from core.batch import by_model, defer
from core.i18n import default_language, target_languages
from translations.models import TranslationRecord

MISSING = "missing"
OUTDATED = "outdated"
CURRENT = "current"
STATUS_LABELS = {
    MISSING: _("Missing"),
    OUTDATED: _("Out of date"),
    CURRENT: _("Current"),
}
NEEDS_WORK = (MISSING, OUTDATED)


def translated_models():
    """Registered models in a stable order: app label, then model name."""
    return sorted(translator.get_registered_models(), key=lambda model: (model._meta.app_label, model._meta.model_name))


def translated_fields(model):
    """The model's translated text fields, in the order the model declares them."""
    registered = set(translator.get_options_for_model(model).fields)
    return [
        field.name
        for field in model._meta.get_fields()
        if field.name in registered
        and isinstance(field, (models.CharField, models.TextField))
        and not isinstance(field, models.SlugField)
    ]


def text_of(obj, field, code):
    value = getattr(obj, build_localized_fieldname(field, code), None)
    return (value or "").strip() if isinstance(value, str) else ""


def model_key(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def model_from_key(key):
    try:
        model = apps.get_model(key)
    except (LookupError, ValueError):
        return None
    return model if model in translator.get_registered_models() else None


@dataclass(frozen=True)
class TextStatus:
    model: type
    pk: int
    field: str
    language: str
    status: str
    source: str
    translation: str
    source_at_translation: str | None
    label: str

    @property
    def admin_url(self):
        try:
            return reverse(f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_change", args=[self.pk])
        except NoReverseMatch:
            return None

    @property
    def field_label(self):
        return self.model._meta.get_field(self.field).verbose_name

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def source_language(self):
        return default_language()


def status_of(source, translation, recorded_source):
    if not translation:
        return MISSING
    if recorded_source is not None and recorded_source != source:
        return OUTDATED
    return CURRENT


def _records_for(model, pks=None):
    # Joined on the content type's natural key, so the query count does not depend on a warm cache.
    records = TranslationRecord.objects.filter(
        content_type__app_label=model._meta.app_label, content_type__model=model._meta.model_name
    )
    if pks is not None:
        records = records.filter(object_id__in=list(pks))
    return {
        (r.object_id, r.field, r.language): r.source_text
        for r in records.only("object_id", "field", "language", "source_text")
    }


def statuses_for_objects(model, objects, languages=None):
    """Every TextStatus of `objects` (instances of `model`) that has a source text. Two queries at most."""
    objects = list(objects)
    languages = languages or target_languages()
    fields = translated_fields(model)
    records = _records_for(model, [obj.pk for obj in objects])
    source_code = default_language()
    result = []
    for obj in objects:
        for field in fields:
            source = text_of(obj, field, source_code)
            if not source:
                continue
            for code in languages:
                translation = text_of(obj, field, code)
                recorded = records.get((obj.pk, field, code))
                result.append(
                    TextStatus(
                        model=model,
                        pk=obj.pk,
                        field=field,
                        language=code,
                        status=status_of(source, translation, recorded),
                        source=source,
                        translation=translation,
                        source_at_translation=recorded,
                        label=str(obj),
                    )
                )
    return result


def statuses_for_model(model, languages=None):
    return statuses_for_objects(model, model._default_manager.all(), languages)


def all_statuses(languages=None):
    result = []
    for model in translated_models():
        if translated_fields(model):
            result.extend(statuses_for_model(model, languages))
    return result


def page_state(obj, code):
    """The statuses of `obj`'s texts in language `code`, for a public page: a set such as {"outdated"}."""
    if code == default_language() or type(obj) not in translator.get_registered_models():
        return set()
    return {status.status for status in statuses_for_objects(type(obj), [obj], [code])}


def pks_needing_work(model, languages=None):
    return {status.pk for status in statuses_for_model(model, languages) if status.status in NEEDS_WORK}


def record_translations(obj, *, user=None, fields=None, languages=None, force=False):
    """Mark the translations of `obj` current against its source text as it is now.

    By default a translation is recorded when it is new or its text changed
    since the last record; `force` also re-confirms unchanged ones (a
    translator checked them against the new source).
    """
    _record(type(obj), [obj], user=user, fields=fields, languages=languages, force=force)


def _record(model, objects, *, user=None, fields=None, languages=None, force=False):
    """record_translations for several objects of `model`: one query for their records, one to add the new."""
    texts = []
    for obj in objects:
        for field in fields or translated_fields(model):
            source = text_of(obj, field, default_language())
            if not source:
                continue
            for code in languages or target_languages():
                translation = text_of(obj, field, code)
                if translation:
                    texts.append((obj.pk, field, code, source, translation))
    if not texts:
        return  # nothing translated: no record to read or write
    content_type = ContentType.objects.get_for_model(model)
    existing = {
        (r.object_id, r.field, r.language): r
        for r in TranslationRecord.objects.filter(content_type=content_type, object_id__in={pk for pk, *_rest in texts})
    }
    now = timezone.now()
    new = []
    for pk, field, code, source, translation in texts:
        record = existing.get((pk, field, code))
        if record is None:
            new.append(
                TranslationRecord(
                    content_type=content_type,
                    object_id=pk,
                    field=field,
                    language=code,
                    source_text=source,
                    translated_text=translation,
                    translated_at=now,
                    translated_by=user,
                )
            )
        elif force or record.translated_text != translation:
            record.source_text = source
            record.translated_text = translation
            record.translated_at = now
            record.translated_by = user
            record.save(update_fields=["source_text", "translated_text", "translated_at", "translated_by"])
    TranslationRecord.objects.bulk_create(new, batch_size=500)


def record_on_save(obj):
    """What a save records (the signal in translations/receivers.py): at once, or at the end of a
    `core.batch.batched()` block."""
    if not defer(_record_batch, (type(obj), obj.pk)):
        record_translations(obj)


def _record_batch(items):
    for model, pks in by_model(items):
        _record(model, list(model._base_manager.filter(pk__in=pks)))


def visible_models(user):
    """The translated models `user` may change, in a stable order."""
    return [
        model
        for model in translated_models()
        if translated_fields(model) and user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
    ]
