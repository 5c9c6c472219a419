"""The texts translated per language (django-modeltranslation); the Vietnamese ones (the default language) are
required."""

from modeltranslation.translator import TranslationOptions, register

from core.i18n import default_language
from pages.models import BoardContact, Page, PageSection


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "slug", "menu_title", "summary", "body")
    required_languages = {default_language(): ("title",)}
    empty_values = {"slug": None}


@register(PageSection)
class PageSectionTranslation(TranslationOptions):
    fields = ("heading", "body")
    required_languages = {default_language(): ("heading", "body")}


@register(BoardContact)
class BoardContactTranslation(TranslationOptions):
    fields = ("position", "responsibilities")
    required_languages = {default_language(): ("position",)}
