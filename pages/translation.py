from modeltranslation.translator import TranslationOptions, register

from pages.models import BoardContact, Page, PageSection


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "slug", "menu_title", "summary", "body")
    required_languages = {"vi": ("title",)}
    empty_values = {"slug": None}


@register(PageSection)
class PageSectionTranslation(TranslationOptions):
    fields = ("heading", "body")
    required_languages = {"vi": ("heading", "body")}


@register(BoardContact)
class BoardContactTranslation(TranslationOptions):
    fields = ("position", "responsibilities")
    required_languages = {"vi": ("position",)}
