from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The site as a whole: settings, root URLs, middleware, the pages that gather from every app."""

    name = "portal"

    def ready(self):
        from django.contrib import admin

        from core.content import register_next_change
        from news.models import Post
        from portal import checks  # noqa: F401  (registers the production checks)

        # A scheduled post goes public at its time with no job running: nothing cached outlives that moment.
        register_next_change(Post.objects.next_publication)
        # The admin in the park's name (its colours: templates/admin/base_site.html); the stock admin underneath.
        admin.site.site_header = _("Thanh Binh Industrial Park")
        admin.site.site_title = _("Thanh Binh IP")
        admin.site.index_title = _("The Board's dashboard")
