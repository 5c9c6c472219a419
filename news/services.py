"""Side effects of publishing: resizing photos once, when they are saved."""

from news.images import refresh_renditions
from news.models import Post, PostPhoto


def process_post_photos(*, post: Post) -> int:
    """Make the renditions of the post's cover and gallery photos that are missing or stale.

    Returns how many photos were resized. A photo whose renditions match its
    file is left alone, so calling this after every save costs nothing more.
    """
    resized = 0
    renditions = refresh_renditions(post.cover, post.cover_renditions)
    if renditions != post.cover_renditions:
        post.cover_renditions = renditions
        Post.objects.filter(pk=post.pk).update(cover_renditions=renditions)
        resized += 1 if renditions else 0
    for photo in PostPhoto.objects.filter(post=post):
        renditions = refresh_renditions(photo.image, photo.renditions)
        if renditions != photo.renditions:
            photo.renditions = renditions
            PostPhoto.objects.filter(pk=photo.pk).update(renditions=renditions)
            resized += 1
    return resized
