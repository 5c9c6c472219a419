from django.urls import reverse

from core.sitemaps import I18nSitemap
from news.models import Category, Post


class NewsStaticSitemap(I18nSitemap):
    priority = 0.6

    def items(self):
        return ["news:list", "news:documents"]

    def location(self, item):
        return reverse(item)


class NewsCategorySitemap(I18nSitemap):
    priority = 0.5

    def items(self):
        return Category.objects.all()


class NewsPostSitemap(I18nSitemap):
    priority = 0.6

    def items(self):
        return Post.objects.published().order_by("-publish_at", "-pk")

    def lastmod(self, post):
        return max(post.updated_at, post.publish_at)
