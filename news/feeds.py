"""Atom feeds of the news, per language (the URL's prefix) and per category."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from core.i18n import by_slug
from news.models import Category, Post

FEED_LENGTH = 20


class LatestPostsFeed(Feed):
    feed_type = Atom1Feed
    # `language` is left unset: Django uses the active language, the one of the URL's prefix.

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # Readers poll; a short shared cache never hides a scheduled post for long.
        response["Cache-Control"] = "public, max-age=300"
        return response

    def get_object(self, request, slug=None):
        if slug is None:
            return None
        category = by_slug(Category.objects.all(), slug)
        if category is None:
            raise Http404("No category with this address.")
        return category

    def title(self, category=None):
        site = gettext("Thanh Binh Industrial Park")
        if category is None:
            return gettext("News from %(site)s") % {"site": site}
        return f"{category.name} · {site}"

    def subtitle(self, category=None):
        return gettext("News and announcements of the Management Board of Thanh Binh Industrial Park.")

    def link(self, category=None):
        return category.get_absolute_url() if category else reverse("news:list")

    def feed_url(self, category=None):
        if category is None:
            return reverse("news:feed")
        return reverse("news:category_feed", kwargs={"slug": category.url_slug})

    def items(self, category=None):
        posts = Post.objects.published().for_lists()
        if category is not None:
            posts = posts.filter(category=category)
        return posts[:FEED_LENGTH]

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.lead

    def item_link(self, post):
        return post.get_absolute_url()

    def item_guid(self, post):
        # Stable across a change of title, slug or year.
        return f"tag:thanh-binh-ip,2022:news/{post.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, post):
        return post.publish_at

    def item_updateddate(self, post):
        return max(post.updated_at, post.publish_at)

    def item_author_name(self, post):
        return post.author or None

    def item_categories(self, post):
        return [post.category.name]
