from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Plot alerts: investors subscribe with criteria and hear, at most daily, when a plot starts matching."""

    name = "alerts"
    verbose_name = _("Plot alerts")
