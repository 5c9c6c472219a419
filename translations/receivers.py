"""Signal wiring of the translation workflow, connected in TranslationsConfig.ready()."""

from django.db.models.signals import post_save
from modeltranslation.translator import translator

from translations.status import record_on_save


def record_translations_on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        record_on_save(instance)


def connect_translation_records():
    # A signal rather than a call in each save path: the admin, the demo
    # loader, imports and scripts all save translated content, and every
    # save must record which source text its translations match.
    for model in translator.get_registered_models():
        post_save.connect(
            record_translations_on_save,
            sender=model,
            dispatch_uid=f"translations.record.{model._meta.label}",
        )
