from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site search over the public content of every app, forgiving of Vietnamese diacritics."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from search.receivers import connect_search_index

        connect_search_index()
