"""Side effects of publishing: resizing photos once, after they are saved, off the request.

Saving a post with a new photo queues `make_post_renditions`; until it has
run, pages show the photo as uploaded (news.images.Picture), which is on the
storage already, and the admin shows it as processing. Renditions that a new
photo replaced are deleted only once the rows pointing at the new ones have
committed.
"""

from django.db import transaction
from django_tasks import task

from core.content import mark_content_changed
from core.images import delete_renditions_after_commit
from core.tasks import retry_later
from news.images import refresh_renditions
from news.models import Post, PostPhoto


def process_post_photos(*, post: Post) -> int:
    """Make the renditions of the post's cover and gallery photos that are missing or stale.

    Returns how many photos were resized. A photo whose renditions match its
    file is left alone, so calling this after every save costs nothing more.
    """
    resized = 0
    stale = []
    with transaction.atomic():
        renditions = refresh_renditions(post.cover, post.cover_renditions)
        if renditions != post.cover_renditions:
            stale.append((post.cover_renditions, post.cover.storage))
            post.cover_renditions = renditions
            Post.objects.filter(pk=post.pk).update(cover_renditions=renditions)
            resized += 1 if renditions else 0
        for photo in PostPhoto.objects.filter(post=post):
            renditions = refresh_renditions(photo.image, photo.renditions)
            if renditions != photo.renditions:
                stale.append((photo.renditions, photo.image.storage))
                photo.renditions = renditions
                PostPhoto.objects.filter(pk=photo.pk).update(renditions=renditions)
                resized += 1
        if stale:
            # update() sends no model signal: say that public content changed, for the page cache.
            mark_content_changed()
            for old, storage in stale:
                delete_renditions_after_commit(old, storage)
    return resized


def photos_waiting(post):
    """The post's photos (its cover, its gallery) whose renditions are not made yet."""
    waiting = []
    if post.cover and (post.cover_renditions or {}).get("source") != post.cover.name:
        waiting.append(post.cover.name)
    waiting += [
        photo.image.name
        for photo in post.photos.all()
        if photo.image and (photo.renditions or {}).get("source") != photo.image.name
    ]
    return waiting


@task()
def make_post_renditions(post_id, attempt=1):
    """The renditions of a post's photos, from the task queue; tried again later if the storage fails."""
    post = Post.objects.filter(pk=post_id).first()
    if post is None:
        return 0
    try:
        return process_post_photos(post=post)
    except OSError:
        retry_later(make_post_renditions, attempt, post_id)
        raise


def queue_missing_renditions():
    """Queue the posts whose photos still wait for renditions; returns how many were queued."""
    posts = [post for post in Post.objects.prefetch_related("photos") if photos_waiting(post)]
    for post in posts:
        make_post_renditions.enqueue(post.pk)
    return len(posts)
