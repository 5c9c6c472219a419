from django.urls import reverse

from news.sitemaps import NewsCategorySitemap, NewsPostSitemap, NewsStaticSitemap
from parks.models import Incentive, Phase, Plot, Sector
from portal.models import Page
from portal.sitemap_base import I18nSitemap
from projects.models import Project


class StaticViewSitemap(I18nSitemap):
    priority = 0.8

    def items(self):
        return [
            "portal:home",
            "parks:overview",
            "parks:infrastructure",
            "parks:sectors",
            "parks:incentives",
            "parks:finder",
            "projects:list",
            "projects:targets",
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


class PhasePlanSitemap(PhaseSitemap):
    def location(self, item):
        return item.get_plan_url()


class PlotSitemap(ObjectSitemap):
    model = Plot
    priority = 0.4


class SectorSitemap(ObjectSitemap):
    model = Sector


class IncentiveSitemap(ObjectSitemap):
    model = Incentive


class ProjectSitemap(ObjectSitemap):
    model = Project
    priority = 0.6

    def lastmod(self, item):
        return item.verified_on


class PageSitemap(ObjectSitemap):
    model = Page

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "static": StaticViewSitemap,
    "phases": PhaseSitemap,
    "plans": PhasePlanSitemap,
    "plots": PlotSitemap,
    "sectors": SectorSitemap,
    "incentives": IncentiveSitemap,
    "pages": PageSitemap,
    "projects": ProjectSitemap,
    "news": NewsStaticSitemap,
    "news-categories": NewsCategorySitemap,
    "news-posts": NewsPostSitemap,
}
