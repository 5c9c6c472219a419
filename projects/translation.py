"""The texts translated per language (django-modeltranslation); the Vietnamese ones (the default language) are
required."""

from modeltranslation.translator import TranslationOptions, register

from core.i18n import default_language
from projects.models import InvestmentTarget, Investor, Project


@register(Investor)
class InvestorTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = {default_language(): ("name",)}


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("name", "slug", "products", "description")
    required_languages = {default_language(): ("name",)}
    empty_values = {"slug": None}


@register(InvestmentTarget)
class InvestmentTargetTranslation(TranslationOptions):
    fields = ("title", "decision", "notes")
    required_languages = {default_language(): ("title", "decision")}
