from modeltranslation.translator import TranslationOptions, register

from projects.models import InvestmentTarget, Investor, Project


@register(Investor)
class InvestorTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = {"vi": ("name",)}


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("name", "slug", "products", "description")
    required_languages = {"vi": ("name",)}
    empty_values = {"slug": None}


@register(InvestmentTarget)
class InvestmentTargetTranslation(TranslationOptions):
    fields = ("title", "decision", "notes")
    required_languages = {"vi": ("title", "decision")}
