"""Template tags of the translation workflow: what a reader should know about a page's translation, and
whether an admin user has translation work to see."""

from django import template
from django.db.models import Model

from core.i18n import current_language
from translations.status import MISSING, OUTDATED, page_state, visible_models

register = template.Library()


@register.simple_tag
def translation_state(obj):
    """What the reader should know about the translation of `obj` in the active language."""
    if obj is None or not isinstance(obj, Model):
        return {}
    states = page_state(obj, current_language())
    return {"missing": MISSING in states, "outdated": OUTDATED in states}


@register.simple_tag(takes_context=True)
def translation_access(context):
    request = context.get("request")
    return bool(request and request.user.is_authenticated and visible_models(request.user))
