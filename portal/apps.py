from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


def _record_translations_on_save(sender, instance, raw=False, **kwargs):
    from portal.translation_status import record_translations

    if not raw:
        record_translations(instance)


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Site content")

    def ready(self):
        from modeltranslation.translator import translator

        from portal.page_cache import connect_invalidation
        from portal.roles import CONTENT_APPS, sync_roles

        # After every migrate, once permissions exist: the roles follow the models.
        post_migrate.connect(sync_roles, dispatch_uid="portal.sync_roles")
        # Any change to content makes every cached public page stale.
        connect_invalidation(set(CONTENT_APPS))
        # A signal rather than a call in each save path: the admin, the demo
        # loader, imports and scripts all save translated content, and every
        # save must record which source text its translations match.
        for model in translator.get_registered_models():
            post_save.connect(
                _record_translations_on_save,
                sender=model,
                dispatch_uid=f"portal.record_translations.{model._meta.label}",
            )
