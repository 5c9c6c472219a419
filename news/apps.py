from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from core.images import delete_renditions_with_row
        from news.models import Post, PostPhoto

        post_delete.connect(
            delete_renditions_with_row("cover", "cover_renditions"), sender=Post, weak=False, dispatch_uid="news.cover"
        )
        post_delete.connect(
            delete_renditions_with_row("image", "renditions"), sender=PostPhoto, weak=False, dispatch_uid="news.photo"
        )
