from django import template

from portal.dashboard import panels_for

register = template.Library()


@register.simple_tag(takes_context=True)
def dashboard_panels(context):
    """The admin home's panels for the logged-in user (portal.dashboard)."""
    request = context.get("request")
    return panels_for(request.user) if request is not None else {}
