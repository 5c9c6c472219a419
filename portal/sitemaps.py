"""The site's sitemap, gathered from every app's sitemaps, in the order the site presents them."""

from django.urls import reverse

from core.sitemaps import I18nSitemap
from news.sitemaps import NewsCategorySitemap, NewsPostSitemap, NewsStaticSitemap
from pages.sitemaps import PageSitemap
from parks.sitemaps import IncentiveSitemap, PhasePlanSitemap, PhaseSitemap, PlotSitemap, SectorSitemap
from projects.sitemaps import ProjectSitemap


class StaticViewSitemap(I18nSitemap):
    priority = 0.8

    def items(self):
        return [
            "portal:home",
            "portal:park",
            "parks:infrastructure",
            "parks:sectors",
            "parks:incentives",
            "parks:checker",
            "parks:finder",
            "projects:list",
            "projects:targets",
            "changelog:list",
            "pages:contact",
        ]

    def location(self, item):
        return reverse(item)


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
