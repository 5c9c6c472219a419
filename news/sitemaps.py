from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from news.models import Category, Post
from portal.i18n import default_language, has_text


class _I18nSitemap(Sitemap):
    # As portal.sitemaps.I18nSitemap (not imported: portal.sitemaps imports this module).
    i18n = True
    alternates = True
    x_default = True

    def get_languages_for_item(self, item):
        """Only the languages the item has its own text in."""
        title_field = getattr(item, "translation_title_field", None)
        languages = super().get_languages_for_item(item)
        if title_field is None:
            return languages
        return [code for code in languages if code == default_language() or has_text(item, title_field, code)]


class NewsStaticSitemap(_I18nSitemap):
    priority = 0.6

    def items(self):
        return ["news:list", "news:documents"]

    def location(self, item):
        return reverse(item)


class NewsCategorySitemap(_I18nSitemap):
    priority = 0.5

    def items(self):
        return Category.objects.all()


class NewsPostSitemap(_I18nSitemap):
    priority = 0.6

    def items(self):
        return Post.objects.published().order_by("-publish_at", "-pk")

    def lastmod(self, post):
        return max(post.updated_at, post.publish_at)
