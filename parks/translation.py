"""The texts translated per language (django-modeltranslation); the Vietnamese ones (the default language) are
required."""

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
    required_languages = {default_language(): ("name", "address", "operator")}


@register(Phase)
class PhaseTranslation(TranslationOptions):
    fields = ("name", "slug", "summary", "description")
    required_languages = {default_language(): ("name",)}
    empty_values = {"slug": None}


@register(Zone)
class ZoneTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {default_language(): ("name",)}


@register(Sector)
class SectorTranslation(TranslationOptions):
    fields = ("name", "slug", "summary", "description")
    required_languages = {default_language(): ("name",)}
    empty_values = {"slug": None}


@register(Plot)
class PlotTranslation(TranslationOptions):
    fields = ("notes",)


@register(Infrastructure)
class InfrastructureTranslation(TranslationOptions):
    fields = ("title", "capacity", "description")
    required_languages = {default_language(): ("title",)}


@register(Connection)
class ConnectionTranslation(TranslationOptions):
    fields = ("destination", "route")
    required_languages = {default_language(): ("destination",)}


@register(Incentive)
class IncentiveTranslation(TranslationOptions):
    fields = ("title", "slug", "summary", "description", "legal_basis")
    required_languages = {default_language(): ("title", "summary", "legal_basis")}
    empty_values = {"slug": None}


@register(IncentiveRule)
class IncentiveRuleTranslation(TranslationOptions):
    fields = ("title", "benefit")
    required_languages = {default_language(): ("title",)}
