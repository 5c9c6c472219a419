from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """The open data page, its data dictionary and the machine-readable catalogue of every dataset."""

    name = "opendata"
    verbose_name = _("Open data")

    def ready(self):
        from opendata import signals

        # A save or delete of what a dataset is made of records when that dataset last changed.
        signals.connect()
