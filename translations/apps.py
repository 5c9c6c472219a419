from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translators' workflow: what each translated text was made from, its status, the dashboard and XLIFF."""

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from translations.receivers import connect_translation_records

        connect_translation_records()
