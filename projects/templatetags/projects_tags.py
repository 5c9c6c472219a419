from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext

register = template.Library()


@register.filter
def usd(value):
    """A USD amount with the active locale's separators: "USD 12,500,000"."""
    if value in (None, ""):
        return ""
    return gettext("USD %(amount)s") % {"amount": number_format(int(value), force_grouping=True)}


@register.filter
def hectares(area_m2):
    """m² as hectares with at most one decimal, in the active locale."""
    if area_m2 in (None, ""):
        return ""
    hectares = round(int(area_m2) / 10000, 1)
    if hectares == int(hectares):
        return number_format(int(hectares), force_grouping=True)
    return number_format(hectares, decimal_pos=1, force_grouping=True)
