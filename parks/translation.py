from modeltranslation.translator import TranslationOptions, register

from core.i18n import default_language
from parks.models import Connection, Incentive, IncentiveRule, Infrastructure, Park, Phase, Plot, Sector, Zone


@register(Park)
class ParkTranslation(TranslationOptions):
    fields = (
        "name",
        "short_name",
        "tagline",
        "description",
        "address",
        "operator",
        "infrastructure_partner",
        "office_hours",
    )
    required_languages = {"vi": ("name", "address", "operator")}


@register(Phase)
class PhaseTranslation(TranslationOptions):
    fields = ("name", "slug", "summary", "description")
    required_languages = {"vi": ("name",)}
    empty_values = {"slug": None}


@register(Zone)
class ZoneTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"vi": ("name",)}


@register(Sector)
class SectorTranslation(TranslationOptions):
    fields = ("name", "slug", "summary", "description")
    required_languages = {"vi": ("name",)}
    empty_values = {"slug": None}


@register(Plot)
class PlotTranslation(TranslationOptions):
    fields = ("notes",)


@register(Infrastructure)
class InfrastructureTranslation(TranslationOptions):
    fields = ("title", "capacity", "description")
    required_languages = {"vi": ("title",)}


@register(Connection)
class ConnectionTranslation(TranslationOptions):
    fields = ("destination", "route")
    required_languages = {"vi": ("destination",)}


@register(Incentive)
class IncentiveTranslation(TranslationOptions):
    fields = ("title", "slug", "summary", "description", "legal_basis")
    required_languages = {"vi": ("title", "summary", "legal_basis")}
    empty_values = {"slug": None}


@register(IncentiveRule)
class IncentiveRuleTranslation(TranslationOptions):
    fields = ("title", "benefit")
    required_languages = {default_language(): ("title",)}
