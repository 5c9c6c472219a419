"""The demo news multiplied, for measuring at a larger size (`manage.py load_demo --scale N`): N - 1 copies of
every demo post, a day apart each, sharing the demo's photos and their resized versions (no file is copied)."""

from datetime import timedelta

from django.db import transaction

from core.demo import Tally, copied_values, copy_key, is_copy, remove_copies_beyond, upsert
from news.models import Post, PostPhoto


def let_go_of_files(copy):
    """A copy shares the demo's files: it lets go of them (an update sends no signal) before it is deleted, so
    that deleting it (django-cleanup, the renditions' receivers) leaves the demo's own files in place."""
    PostPhoto.objects.filter(post__in=copy).update(image="", renditions={})
    copy.update(cover="", cover_renditions={})


def remove_news_copies(factor):
    """The copies of posts numbered above `factor`, deleted with their photos' rows (the files are the demo's)."""
    tally = Tally()
    with transaction.atomic():
        remove_copies_beyond(tally, Post.objects.all(), "slug_vi", factor, before_delete=let_go_of_files)
    return tally.counts()


def scale_demo_news(factor):
    tally = Tally()
    with transaction.atomic():
        posts = [post for post in Post.objects.order_by("pk") if not is_copy(post.slug_vi)]
        for number in range(2, factor + 1):
            for post in posts:
                values = copied_values(post, exclude=("publish_at", "created_by_id", "created_at", "updated_at"))
                values["publish_at"] = post.publish_at - timedelta(days=number - 1)
                values["slug_vi"] = copy_key(post.slug_vi, number)
                copy = upsert(tally, Post, {"slug_vi": copy_key(post.slug_vi, number)}, values)
                for photo in post.photos.all():
                    photo_values = copied_values(photo, exclude=("post_id",))
                    upsert(tally, PostPhoto, {"post": copy, "order": photo.order}, photo_values)
    return tally.counts()
