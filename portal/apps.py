from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The site as a whole: settings, root URLs, middleware, the pages that gather from every app."""

    name = "portal"

    def ready(self):
        from core.content import register_next_change
        from news.models import Post
        from portal import checks  # noqa: F401  (registers the production checks)

        # A scheduled post goes public at its time with no job running: nothing cached outlives that moment.
        register_next_change(Post.objects.next_publication)
