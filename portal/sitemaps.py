from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from parks.models import Incentive, Phase, Plot, Sector
from portal.models import Page


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticViewSitemap(I18nSitemap):
    priority = 0.8

    def items(self):
        return [
            "portal:home",
            "parks:overview",
            "parks:infrastructure",
            "parks:sectors",
            "parks:incentives",
            "portal:contact",
        ]

    def location(self, item):
        return reverse(item)


class ObjectSitemap(I18nSitemap):
    model = None

    def items(self):
        return self.model.objects.all()


class PhaseSitemap(ObjectSitemap):
    model = Phase


class PlotSitemap(ObjectSitemap):
    model = Plot
    priority = 0.4


class SectorSitemap(ObjectSitemap):
    model = Sector


class IncentiveSitemap(ObjectSitemap):
    model = Incentive


class PageSitemap(ObjectSitemap):
    model = Page

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "static": StaticViewSitemap,
    "phases": PhaseSitemap,
    "plots": PlotSitemap,
    "sectors": SectorSitemap,
    "incentives": IncentiveSitemap,
    "pages": PageSitemap,
}
