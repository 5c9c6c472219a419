from core.sitemaps import I18nSitemap
from pages.models import Page


class PageSitemap(I18nSitemap):
    def items(self):
        return Page.objects.all()

    def lastmod(self, item):
        return item.updated_at
