from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """Content pages the board writes (procedures, questions and answers) and the board's named contacts."""

    name = "pages"
    verbose_name = _("Site content")
