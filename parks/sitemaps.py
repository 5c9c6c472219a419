from core.sitemaps import I18nSitemap
from parks.models import Incentive, Phase, Plot, Sector


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
