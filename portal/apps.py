from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The site as a whole: settings, root URLs, middleware, the pages that gather from every app."""

    name = "portal"

    def ready(self):
        from core.content import content_changed
        from news.models import Post
        from portal import checks  # noqa: F401  (registers the production checks)
        from portal.page_cache import bump_content_version, register_next_change

        # Any committed change to public content makes every cached page stale.
        content_changed.connect(bump_content_version, dispatch_uid="portal.page_cache")
        # A scheduled post goes public at its time with no job running: no cached page outlives that moment.
        register_next_change(Post.objects.next_publication)
