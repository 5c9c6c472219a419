"""The base of every sitemap: one entry per language, with alternates, only where there is text."""

from django.contrib.sitemaps import Sitemap

from core.i18n import default_language, has_text


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def get_languages_for_item(self, item):
        """Only the languages the item has its own text in: no English entry for an untranslated object."""
        title_field = getattr(item, "translation_title_field", None)
        languages = super().get_languages_for_item(item)
        if title_field is None:
            return languages
        return [code for code in languages if code == default_language() or has_text(item, title_field, code)]
