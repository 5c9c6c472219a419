from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_access(context):
    from portal.translation_views import visible_models

    request = context.get("request")
    return bool(request and request.user.is_authenticated and visible_models(request.user))
