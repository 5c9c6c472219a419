from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from news.models import Post
        from portal.page_cache import register_next_change

        # A scheduled post goes public at its time with no job running: no cached page outlives that moment.
        register_next_change(lambda: Post.objects.next_publication())
