from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The site as a whole: settings, root URLs, middleware, the pages that gather from every app."""

    name = "portal"

    def ready(self):
        from core.roles import CONTENT_APPS
        from news.models import Post
        from portal.page_cache import connect_invalidation, register_next_change

        # Any change to content makes every cached public page stale.
        connect_invalidation(set(CONTENT_APPS))
        # A scheduled post goes public at its time with no job running: no cached page outlives that moment.
        register_next_change(Post.objects.next_publication)
